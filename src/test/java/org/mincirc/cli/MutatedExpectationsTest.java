package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mincirc.model.Rationals;

/**
 * The regression suite must catch a changed result: in every bundled instance file, each
 * query's first {@code expect} line is changed to a different value, and {@code check} must
 * then exit 1 and name that line as failed. A suite that passes whatever its files say would
 * pass here too, and this test would fail.
 */
class MutatedExpectationsTest {
    private static final Pattern EXPECT = Pattern.compile("^(\\s*expect\\s+)([A-Za-z_][A-Za-z0-9_]*)(\\s*=\\s*)([^;]+);");
    private static final Pattern SHORT = Pattern.compile("^(\\s*expect\\s+)(holds|fails|invalid);");
    private static final Pattern QUERY = Pattern.compile("^\\s*(solve|lemma|eval)\\s+\\w+");

    @TestFactory
    Stream<DynamicTest> everyQuerysFirstExpectationIsCheckedForReal() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("instances"))) {
            files = walk.filter(p -> p.toString().endsWith(".mdp") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            boolean awaiting = false;
            for (int i = 0; i < lines.size(); i++) {
                if (QUERY.matcher(lines.get(i)).find()) {
                    awaiting = true;
                }
                Optional<String> changed = awaiting ? mutate(lines.get(i)) : Optional.empty();
                if (changed.isPresent()) {
                    awaiting = false;
                    int line = i;
                    String mutated = changed.get();
                    tests.add(DynamicTest.dynamicTest(file + ":" + (line + 1), () -> checkFails(file, lines, line, mutated)));
                }
            }
        }
        assertTrue(tests.size() >= 40, "only " + tests.size() + " queries with expectations");
        return tests.stream();
    }

    private static void checkFails(Path file, List<String> lines, int line, String mutated) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(line, mutated);
        // Beside the original, so that files it names by relative path (circuit ... from) resolve.
        Path out = file.resolveSibling(".mutated-" + file.getFileName());
        CliRun r;
        try {
            Files.write(out, copy);
            r = CliRun.of("check", "--no-progress", out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                // left behind in instances/: harmless, and .gitignore'd
            }
        }
        assertEquals(1, r.exit(), () -> "changed line " + (line + 1) + " to '" + mutated.trim() + "' yet check said\n"
                + r.out() + r.err());
        assertTrue(r.out().contains("1 failed") || r.out().matches("(?s).*\\b[1-9] failed.*"), r.out());
    }

    /** A different value of the same kind, so the line still parses but can no longer hold. */
    static Optional<String> mutate(String line) {
        Matcher s = SHORT.matcher(line);
        if (s.find()) {
            String other = switch (s.group(2)) {
                case "holds" -> "fails";
                case "fails" -> "holds";
                default -> null;  // "expect invalid" has no same-kind opposite here
            };
            return Optional.ofNullable(other).map(o -> s.group(1) + o + ";");
        }
        Matcher m = EXPECT.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.group(4).trim();
        String changed = switch (value) {
            case "all" -> "none";
            case "none", "some" -> "all";
            case "true" -> "false";
            case "false" -> "true";
            case "holds" -> "fails";
            case "fails" -> "holds";
            case "optimal" -> "infeasible";
            case "infeasible", "unknown" -> "optimal";
            default -> numeric(value);
        };
        return Optional.ofNullable(changed).map(c -> m.group(1) + m.group(2) + m.group(3) + c + ";");
    }

    private static String numeric(String value) {
        try {
            return Rationals.format(Rationals.parse(value).add(BigFraction.ONE));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
