import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the scaling benchmark's .mdp files (one solve query each, threshold "optimal"):
 * bandits on 3..7 input bits, deterministic chains of 16 states and horizon 2..8,
 * stochastic mdps of 16 states and horizon 2..6, and the same mdp discounted with an infinite
 * horizon (discount 1/2, 3/4, 9/10). Fixed seeds, so every run measures the same files.
 * Usage: java bench/ScaleCases.java OUTDIR
 */
public class ScaleCases {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int n = 3; n <= 7; n++) {
            Files.writeString(out.resolve("bandit-parity-" + n + ".mdp"), bandit(n, true));
            Files.writeString(out.resolve("bandit-mixed-" + n + ".mdp"), bandit(n, false));
        }
        for (int h = 2; h <= 8; h++) {
            Files.writeString(out.resolve("chain-" + h + ".mdp"), chain(h));
        }
        for (int h = 2; h <= 6; h++) {
            Files.writeString(out.resolve("stochastic-" + h + ".mdp"), stochastic(h));
        }
        for (String g : new String[] {"1/2", "3/4", "9/10"}) {
            Files.writeString(out.resolve("discounted-" + g.replace('/', '_') + ".mdp"),
                    stochastic(-1).replace("horizon -1;", "discount " + g + ";"));
        }
    }

    private static String code(int value, int bits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bits; i++) {
            sb.append(value >>> i & 1);
        }
        return sb.toString();
    }

    private static String header(int bits, String actions) {
        StringBuilder sb = new StringBuilder("interface {\n  inputs");
        for (int i = 0; i < bits; i++) {
            sb.append(" x").append(i);
        }
        return sb.append(";\n  actions ").append(actions).append(";\n}\n").toString();
    }

    /**
     * Every code is a state; the rewarded action is parity (n - 1 gates) or, for "mixed",
     * majority of x0..x2 xor the other bits, with uneven rewards so the weights matter.
     */
    private static String bandit(int n, boolean parity) {
        Random rnd = new Random(1000 + n);
        StringBuilder sb = new StringBuilder(header(n, "a = 0, b = 1")).append("mdp B {\n  horizon 1;\n");
        int rows = 1 << n;
        for (int r = 0; r < rows; r++) {
            int ones = Integer.bitCount(r);
            boolean b = parity ? ones % 2 == 1
                    : (Integer.bitCount(r & 7) >= 2) ^ (Integer.bitCount(r >>> 3) % 2 == 1);
            int gain = 1 + rnd.nextInt(3);
            sb.append("  state s").append(r).append(" code ").append(code(r, n)).append(" init 1/").append(rows)
                    .append(" { a -> reward ").append(b ? 0 : gain).append("; b -> reward ").append(b ? gain : 0)
                    .append("; }\n");
        }
        return sb.append("}\nsolve q {\n  target B;\n  require return >= optimal;\n}\n").toString();
    }

    /**
     * A ring of 16 states on 4 bits, an episode starting anywhere: go on to the next state (a
     * small reward) or cash in (stop, a random reward). The best policy is a function of all
     * four bits, so the circuit is not trivial.
     */
    private static String chain(int h) {
        Random rnd = new Random(2000);
        StringBuilder sb = new StringBuilder(header(4, "go = 0, cash = 1")).append("mdp C {\n  horizon ").append(h)
                .append(";\n");
        for (int i = 0; i < 16; i++) {
            sb.append("  state s").append(i).append(" code ").append(code(i, 4)).append(" init 1/16")
                    .append(" { go -> s").append((i + 1) % 16).append(" reward ").append(rnd.nextInt(2))
                    .append("; cash -> stop reward ").append(rnd.nextInt(5)).append("; }\n");
        }
        return sb.append("}\nsolve q {\n  target C;\n  require return >= optimal;\n}\n").toString();
    }

    /** Sixteen states on 4 bits, any of them initial, each action splitting between two successors. */
    private static String stochastic(int h) {
        Random rnd = new Random(3000);  // one mdp for every horizon, so only the horizon varies
        StringBuilder sb = new StringBuilder(header(4, "a = 0, b = 1")).append("mdp S {\n  horizon ").append(h)
                .append(";\n");
        for (int i = 0; i < 16; i++) {
            sb.append("  state s").append(i).append(" code ").append(code(i, 4)).append(" init 1/16")
                    .append(" {");
            for (String a : new String[] {"a", "b"}) {
                int t1 = rnd.nextInt(16);
                int t2 = (t1 + 1 + rnd.nextInt(15)) % 16;
                int p = 1 + rnd.nextInt(3);
                sb.append(' ').append(a).append(" -> { ").append(p).append("/4: s").append(t1).append(", ")
                        .append(4 - p).append("/4: s").append(t2).append(" } reward ").append(rnd.nextInt(4))
                        .append(';');
            }
            sb.append(" }\n");
        }
        return sb.append("}\nsolve q {\n  target S;\n  require return >= optimal;\n}\n").toString();
    }
}
