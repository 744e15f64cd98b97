import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes slippery gridworlds for the scaling benchmark (issue 9): an N x N grid whose circuit
 * sees the cell as binary coordinates (column bits x0.., then row bits y0..), four moves, each
 * succeeding with probability p and otherwise slipping to one of the two perpendicular
 * directions with (1 - p) / 2 each (FrozenLake-style); a move into the wall stays put. The
 * episode starts in the top-left cell; the goal (bottom-right) pays 1 and ends the episode, a
 * hazard pays -1 and ends it. Discounted infinite horizon. Two files per grid, one solve query
 * each: at the optimal return (-opt) and at optimal - 1/10 (-near). Fixed layouts, so every run measures the same files.
 *
 * <p>The model itself is bench/gridworld.prism (issue 10): each file is a few lines reading it
 * with {@code const N}, {@code const p} and the discount, and the PRISM file is copied next to
 * the files. {@code --state-list} writes the same mdps the old way instead, every state spelled
 * out (GridworldPrismTest proves both forms the same mdp), so the two can be timed side by side.
 * Usage: java bench/Gridworlds.java [--state-list] OUTDIR   (run from the repository root)
 */
public class Gridworlds {
    public static void main(String[] args) throws IOException {
        boolean stateList = args.length > 1 && args[0].equals("--state-list");
        Path out = Path.of(args[stateList ? 1 : 0]);
        Files.createDirectories(out);
        if (!stateList) {
            Path prism = Path.of("bench", "gridworld.prism");
            if (!Files.isRegularFile(prism)) {
                System.err.println("error: " + prism + " not found; run from the repository root");
                System.exit(2);
            }
            Files.copy(prism, out.resolve("gridworld.prism"), StandardCopyOption.REPLACE_EXISTING);
        }
        for (int n : new int[] {5, 8, 12}) {
            for (String p : new String[] {"4/5", "9/10"}) {
                for (String g : new String[] {"9/10", "99/100"}) {
                    String name = "grid-" + n + "x" + n + "-p" + p.replace('/', '_') + "-g" + g.replace('/', '_');
                    String both = stateList ? grid(n, p, g, hazards(n)) : prismGrid(n, p, g);
                    // one query per file, so that each gets the whole time limit
                    Files.writeString(out.resolve(name + "-opt.mdp"), withoutQuery(both, "near_optimal"));
                    Files.writeString(out.resolve(name + "-near.mdp"), withoutQuery(both, "optimal"));
                }
            }
        }
    }

    /** The grid as a reference to bench/gridworld.prism: the same mdp as {@link #grid}. */
    static String prismGrid(int n, String p, String gamma) {
        int b = bits(n);
        StringBuilder sb = new StringBuilder();
        sb.append("// A slippery ").append(n).append('x').append(n).append(" gridworld (bench/Gridworlds.java, model in gridworld.prism): moves succeed with ")
                .append(p).append(", else slip sideways; goal pays 1, hazards -1; discount ").append(gamma).append(".\n");
        sb.append(header(b));
        sb.append("mdp G from \"gridworld.prism\" { const N = ").append(n).append("; const p = ").append(p)
                .append("; observe x, y; discount ").append(gamma).append("; }\n");
        return sb.append(queries()).toString();
    }

    private static String header(int b) {
        StringBuilder sb = new StringBuilder("interface {\n  inputs");
        for (int i = 0; i < b; i++) {
            sb.append(" x").append(i);
        }
        for (int i = 0; i < b; i++) {
            sb.append(" y").append(i);
        }
        return sb.append(";\n  actions up = 0, right = 1, down = 2, left = 3;\n}\n").toString();
    }

    private static String queries() {
        return "solve optimal {\n  target G;\n  require return >= optimal;\n}\n"
                + "solve near_optimal {\n  target G;\n  require return >= optimal - 1/10;\n}\n";
    }

    private static String withoutQuery(String text, String query) {
        int at = text.indexOf("solve " + query + " {");
        int end = text.indexOf("}\n", at) + 2;
        return text.substring(0, at) + text.substring(end);
    }

    /** Hazards on the diagonal's neighbourhood, so that the shortest paths must go around them. */
    static List<int[]> hazards(int n) {
        List<int[]> h = new ArrayList<>();
        h.add(new int[] {n / 2, n / 2 - 1});
        if (n >= 8) {
            h.add(new int[] {n / 2 - 2, n / 2 + 1});
        }
        return h;
    }

    static int bits(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    static String code(int col, int row, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b; i++) {
            sb.append(col >>> i & 1);
        }
        for (int i = 0; i < b; i++) {
            sb.append(row >>> i & 1);
        }
        return sb.toString();
    }

    private static final String[] MOVES = {"up", "right", "down", "left"};
    private static final int[] DC = {0, 1, 0, -1};
    private static final int[] DR = {-1, 0, 1, 0};

    /** The grid with every state written out (the form before issue 10). */
    static String grid(int n, String p, String gamma, List<int[]> hazards) {
        int b = bits(n);
        String[] pq = p.split("/");
        long num = Long.parseLong(pq[0]);
        long den = Long.parseLong(pq[1]);
        // slip probability per perpendicular direction: (den - num) / (2 den)
        long slipNum = den - num;
        long slipDen = 2 * den;
        StringBuilder sb = new StringBuilder();
        sb.append("// A slippery ").append(n).append('x').append(n).append(" gridworld (bench/Gridworlds.java): moves succeed with ")
                .append(p).append(", else slip sideways; goal pays 1, hazards -1; discount ").append(gamma).append(".\n");
        sb.append(header(b));
        sb.append("mdp G {\n  discount ").append(gamma).append(";\n");
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                sb.append("  state c").append(c).append('_').append(r).append(" code ").append(code(c, r, b));
                if (r == 0 && c == 0) {
                    sb.append(" init 1");
                }
                sb.append(" {");
                boolean goal = r == n - 1 && c == n - 1;
                final int col = c;
                final int row = r;
                boolean hazard = hazards.stream().anyMatch(h -> h[0] == col && h[1] == row);
                for (int a = 0; a < 4; a++) {
                    sb.append(' ').append(MOVES[a]).append(" -> ");
                    if (goal || hazard) {
                        sb.append("stop reward ").append(goal ? "1" : "-1").append(';');
                        continue;
                    }
                    Map<String, long[]> succ = new LinkedHashMap<>();  // name -> {num, den}
                    add(succ, target(n, c, r, a), num, den);
                    add(succ, target(n, c, r, (a + 1) % 4), slipNum, slipDen);
                    add(succ, target(n, c, r, (a + 3) % 4), slipNum, slipDen);
                    sb.append("{ ");
                    int k = 0;
                    for (Map.Entry<String, long[]> e : succ.entrySet()) {
                        if (k++ > 0) {
                            sb.append(", ");
                        }
                        sb.append(e.getValue()[0]).append('/').append(e.getValue()[1]).append(": ").append(e.getKey());
                    }
                    sb.append(" };");
                }
                sb.append(" }\n");
            }
        }
        sb.append("}\n");
        return sb.append(queries()).toString();
    }

    private static String target(int n, int c, int r, int a) {
        int c2 = c + DC[a];
        int r2 = r + DR[a];
        if (c2 < 0 || c2 >= n || r2 < 0 || r2 >= n) {
            c2 = c;
            r2 = r;
        }
        return "c" + c2 + "_" + r2;
    }

    private static void add(Map<String, long[]> succ, String s, long num, long den) {
        long[] old = succ.get(s);
        if (old == null) {
            succ.put(s, new long[] {num, den});
            return;
        }
        long n2 = old[0] * den + num * old[1];
        long d2 = old[1] * den;
        long g = java.math.BigInteger.valueOf(n2).gcd(java.math.BigInteger.valueOf(d2)).longValue();
        succ.put(s, new long[] {n2 / g, d2 / g});
    }
}
