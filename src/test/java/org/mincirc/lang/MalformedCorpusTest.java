package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under malformed/ states its diagnostics in header lines
 * {@code // expect LINE:COL MESSAGE}; loading it must report exactly those, in that order.
 */
class MalformedCorpusTest {
    private static final Pattern EXPECT = Pattern.compile("^// expect (\\d+):(\\d+) (.+)$");

    static Stream<Path> corpus() throws IOException {
        return Fixtures.files("malformed").stream();
    }

    private static List<String> expected(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) {
                result.add(m.group(1) + ":" + m.group(2) + " " + m.group(3));
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
                .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message()).toList();
        assertEquals(expected, actual, "diagnostics of " + file.getFileName());
        for (Diagnostic d : e.diagnostics()) {
            assertEquals(file.toString(), d.pos().file());
            assertTrue(d.format().startsWith(file + ":" + d.pos().line() + ":" + d.pos().column() + ": error: "));
        }
    }

    @Test
    void corpusIsLargeAndIncludesAFileWithThreeErrors() throws IOException {
        List<Path> files = Fixtures.files("malformed");
        assertTrue(files.size() >= 35, "only " + files.size() + " malformed files");
        assertEquals(3, expected(Fixtures.dir("malformed").resolve("three_errors.mdp")).size());
    }

    /**
     * Each rule has a file that triggers it, here or in the PRISM corpus (malformed-prism/);
     * codes that no small text file can show are exempt.
     */
    @Test
    void everyRuleIsCovered() throws IOException {
        Set<DiagnosticCode> seen = EnumSet.noneOf(DiagnosticCode.class);
        List<Path> files = new ArrayList<>(Fixtures.files("malformed"));
        files.addAll(Fixtures.files("malformed-prism"));
        for (Path file : files) {
            try {
                Loader.load(file);
            } catch (LoadException e) {
                e.diagnostics().forEach(d -> seen.add(d.code()));
            }
        }
        Set<DiagnosticCode> missing = EnumSet.allOf(DiagnosticCode.class);
        missing.removeAll(seen);
        missing.removeAll(Set.of(DiagnosticCode.CANNOT_READ, DiagnosticCode.TOO_DEEP, DiagnosticCode.INTERNAL));
        assertEquals(Set.of(), missing, "rules without a malformed file");
    }
}
