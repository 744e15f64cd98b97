package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated PRISM models (tokens of the PRISM language dropped, repeated, swapped or inserted into
 * the bundled models) must load or be reported with positions inside the files: never another
 * exception and never an internal error, which is how a bug of lang.prism would surface.
 */
class PrismRobustnessTest {
    private static final long SEED = 20261203L;

    private static final String[] WORDS = {
        "mdp", "dtmc", "const", "int", "double", "bool", "formula", "label", "global", "module", "endmodule", "init",
        "endinit", "rewards", "endrewards", "system", "endsystem", "true", "false", "min", "max", "floor", "ceil",
        "pow", "mod", "log", "x", "y", "r", "done", "N", "[", "]", "(", ")", ";", ":", "'", "=", "!=", "<", "<=",
        ">", ">=", "->", "+", "-", "*", "/", "&", "|", "!", "=>", "<=>", "?", "..", "0", "1", "7", "1/0", "0.5",
        "\"goal\"", "[up]", "[]", "(x'=x+1)", "0 : true", "1/2 : true", "100000",
    };

    @TempDir
    Path dir;

    @Test
    void mutatedModelsLoadOrAreReported() throws IOException {
        Random random = new Random(SEED);
        String[][] models = {
            {"slippery-grid", "inputs c0 c1 c2 r0 r1 r2; actions up, down, right, left;", "observe x, y; reward \"steps\"; horizon 3;"},
            {"retransmission", "inputs r0 r1 arrived; actions send, abort;", "observe r, arrived; horizon 3;"},
            {"absent-supervisor", "inputs x0 x1 y0 watched; actions up, down, right, left;",
                "const supervisor = true; observe x, y, watched; horizon 3;"},
        };
        int reported = 0;
        for (int i = 0; i < 300; i++) {
            String[] model = models[i % models.length];
            List<String> tokens = new ArrayList<>(List.of(
                    Files.readString(Path.of("instances/prism/" + model[0] + ".prism")).split("(?<=\\s)|(?=\\s)")));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(tokens.size());
                switch (random.nextInt(4)) {
                    case 0 -> tokens.remove(at);
                    case 1 -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
                    case 2 -> tokens.set(at, WORDS[random.nextInt(WORDS.length)]);
                    default -> tokens.add(at, " " + WORDS[random.nextInt(WORDS.length)] + " ");
                }
            }
            Path prism = dir.resolve("m" + i + ".prism");
            Files.writeString(prism, String.join("", tokens));
            Path mdp = dir.resolve("m" + i + ".mdp");
            Files.writeString(mdp, "interface { " + model[1] + " }\nmdp M from \"m" + i + ".prism\" { " + model[2] + " }\n");
            String text = Files.readString(prism);
            try {
                Loader.load(mdp);
            } catch (LoadException e) {
                reported++;
                assertFalse(e.diagnostics().isEmpty(), "a LoadException must say why");
                for (Diagnostic d : e.diagnostics()) {
                    assertNotEquals(DiagnosticCode.INTERNAL, d.code(), () -> "bug on model:\n" + text + "\n" + d.format());
                    assertTrue(d.pos().line() >= 1 && d.pos().column() >= 1, d.format());
                    assertTrue(Files.exists(Path.of(d.pos().file())), () -> "no such file in " + d.format());
                }
            } catch (Throwable t) {
                fail("Loader threw " + t + " on model:\n" + text, t);
            }
        }
        assertTrue(reported > 100, "only " + reported + " of 300 mutations were rejected; the mutations are too gentle");
    }
}
