package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the loader answers with a Document or a LoadException: never another
 * exception, and never an internal error (which is how a bug of the loader would surface).
 */
class LoaderRobustnessTest {
    private static final long SEED = 20261123L;

    private static final String[] WORDS = {
        "interface", "inputs", "actions", "mdp", "horizon", "discount", "state", "code", "init", "reward", "set",
        "stop", "family", "union", "predicate", "true", "false", "not", "and", "or", "implies", "exists", "forall",
        "in", "act", "return", "circuit", "solve", "lemma", "eval", "target", "require", "optimal", "minimize",
        "basis", "report", "expect", "holds", "fails", "bad", "policy", "size", "depth", "then", "b2", "aig",
        "x0", "x1", "y0", "a", "b", "s0", "s1", "T", "F", "M", "p", "{", "}", "(", ")", ";", ",", ":", ".", "=",
        "==", "!=", "<", "<=", ">", ">=", "->", "-", "0", "1", "01", "1/2", "0.25", "3", "1/0",
    };

    private static void loadsOrReports(String text) {
        try {
            Loader.parse("fuzz.mdp", text);
        } catch (LoadException e) {
            assertFalse(e.diagnostics().isEmpty(), "a LoadException must say why");
            for (Diagnostic d : e.diagnostics()) {
                assertNotEquals(DiagnosticCode.INTERNAL, d.code(), () -> "loader bug on input:\n" + text + "\n" + d.format());
            }
        } catch (Throwable t) {
            fail("Loader threw " + t + " on input:\n" + text, t);
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            loadsOrReports(new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void randomTokenSoup() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 600; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? "\n" : " ");
            }
            loadsOrReports(sb.toString());
        }
    }

    /** Every prefix of the valid files, and each with one random token removed or swapped. */
    @Test
    void truncatedAndMutatedValidFiles() throws IOException {
        Random random = new Random(SEED + 2);
        List<String> texts = new ArrayList<>();
        for (Path p : Fixtures.files("valid")) {
            texts.add(Files.readString(p));
        }
        for (String text : texts) {
            for (int cut = 0; cut < text.length(); cut += 1 + random.nextInt(24)) {
                loadsOrReports(text.substring(0, cut));
            }
            String[] tokens = text.split("(?<=\\s)");
            for (int i = 0; i < 80; i++) {
                String[] copy = tokens.clone();
                int k = random.nextInt(copy.length);
                copy[k] = random.nextBoolean() ? "" : WORDS[random.nextInt(WORDS.length)] + " ";
                loadsOrReports(String.join("", copy));
            }
        }
    }

    @Test
    void deepNestingIsReportedNotCrashed() {
        int depth = 200_000;
        String text = "predicate p = " + "(".repeat(depth) + "true" + ")".repeat(depth) + ";";
        LoadException e = assertThrows(LoadException.class, () -> Loader.parse("deep.mdp", text));
        assertEquals(DiagnosticCode.TOO_DEEP, e.diagnostics().get(0).code());
    }
}
