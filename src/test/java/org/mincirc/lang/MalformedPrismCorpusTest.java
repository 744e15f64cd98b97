package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every .mdp file under malformed-prism/ reads a broken PRISM model and states its diagnostics
 * as {@code // expect FILE:LINE:COL MESSAGE}, FILE being the PRISM file (errors in the model)
 * or the .mdp file (errors in its braces); loading must report exactly those, in that order.
 */
class MalformedPrismCorpusTest {
    private static final Pattern EXPECT = Pattern.compile("^// expect (\\S+):(\\d+):(\\d+) (.+)$");

    static Stream<Path> corpus() throws IOException {
        return Fixtures.files("malformed-prism").stream();
    }

    private static List<String> expected(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) {
                result.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3) + " " + m.group(4));
            }
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsExactlyTheExpectedDiagnostics(Path file) throws IOException {
        List<String> expected = expected(file);
        assertFalse(expected.isEmpty(), "a malformed file must state its expected diagnostics: " + file);
        LoadException e = assertThrows(LoadException.class, () -> Loader.load(file));
        List<String> actual = e.diagnostics().stream()
                .map(d -> Path.of(d.pos().file()).getFileName() + ":" + d.pos().line() + ":" + d.pos().column() + " "
                        + d.message()).toList();
        assertEquals(expected, actual, "diagnostics of " + file.getFileName());
        for (Diagnostic d : e.diagnostics()) {
            Path where = Path.of(d.pos().file());
            // Each diagnostic names a file that exists beside the .mdp file, so an editor can jump there.
            assertEquals(file.getParent(), where.getParent(), d.format());
            assertTrue(d.format().startsWith(d.pos().file() + ":" + d.pos().line() + ":" + d.pos().column() + ": error: "));
        }
    }

    @Test
    void errorsInsideTheModelPointIntoThePrismFile() throws IOException {
        long inPrism = 0;
        for (Path file : Fixtures.files("malformed-prism")) {
            try {
                Loader.load(file);
            } catch (LoadException e) {
                inPrism += e.diagnostics().stream().filter(d -> d.pos().file().endsWith(".prism")).count();
            }
        }
        assertTrue(inPrism >= 20, "only " + inPrism + " diagnostics point into a .prism file");
    }
}
