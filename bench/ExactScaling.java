import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.exact.OptimalReturn;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;

/**
 * Times (best of three) the exact evaluation of one fixed policy (always "right") and the exact optimum of a
 * gridworld file: prints states, seconds of each, and the digits of the return's denominator.
 * Usage: java -cp target/mincirc.jar bench/ExactScaling.java FILE...
 */
public class ExactScaling {
    public static void main(String[] args) throws Exception {
        for (String file : args) {
            Document doc = Loader.parse(file, Files.readString(Path.of(file)));
            Mdp mdp = doc.mdps().get(0);
            Map<Integer, Integer> right = new HashMap<>();
            mdp.states().forEach(s -> right.put(s.code(), 1));
            // the best of three, so that the first call's compilation is not counted
            long best = Long.MAX_VALUE;
            BigFraction r = null;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                r = Returns.of(mdp, Policy.ofOutputs(right));
                best = Math.min(best, System.nanoTime() - t);
            }
            long t0 = 0;
            long t1 = System.nanoTime();
            String optimum;
            try {
                OptimalReturn.of(mdp, doc.iface());
                optimum = String.format("%.1f", (System.nanoTime() - t1) / 1e9);
            } catch (RuntimeException e) {
                optimum = "failed: " + e.getMessage();
            }
            System.out.printf("%s states=%d evaluate_s=%.2f optimum_s=%s denominator_digits=%d%n", Path.of(file).getFileName(),
                    mdp.states().size(), best / 1e9, optimum, r.getDenominator().toString().length());
        }
    }
}
