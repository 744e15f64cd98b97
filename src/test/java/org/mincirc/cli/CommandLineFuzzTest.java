package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random command lines, valid and not, built from every subcommand's options and from values a
 * user might mistype: each must end in a result (exit 0 or 1) or in a usage error of one line
 * on stderr with exit 2. Never an internal error (exit 3), never a stack trace. Seeded, so a
 * failure names the seed and the arguments that reproduce it.
 */
class CommandLineFuzzTest {
    private static final int CASES = Integer.getInteger("cli.fuzz.cases", 150);
    private static final String SMALL = "instances/circuits/parity-bandit.mdp";

    @TempDir
    static Path tmp;

    private static final String[] COMMANDS = {"run", "check", "synth", "catalog", "backends", "show", "export", "help", "solve", "",
            "--version", "--help"};

    private static List<String> options(Random rnd, Path dir) throws IOException {
        Path batch = dir.resolve("batch.txt");
        if (!Files.exists(batch)) {
            Files.writeString(batch, "e8\n# comment\n96\n");
            Files.writeString(dir.resolve("bad-batch.txt"), "e8\nxyz\n");
            Files.writeString(dir.resolve("README.md"), "<!-- catalog:begin -->\n<!-- catalog:end -->\n");
            Files.writeString(dir.resolve("broken.mdp"), "interface { inputs x0; actions a = 0; \nmdp {");
        }
        String[][] pool = {
                {"--json"}, {"--no-progress"}, {"--states"}, {"--mdp", pick(rnd, "Brp", "Grid", "Nope", "")},
                {"--format", pick(rnd, "drn", "jani", "", "prism-explicit", "storm-scheduler", "prism-strategy")},
                {pick(rnd, "--circuit", "--eval", "--solve"), pick(rnd, "Turncoat", "nope", "")}, {"--junit", dir.resolve("j.xml").toString()},
                {"--timeout", pick(rnd, "1", "5", "0", "-3", "abc", "1.5", "99999999999")},
                {"--backend", pick(rnd, "default", "sat4j", "z3", "cadical-process", "minisat", "", "SAT4J")},
                {"--max-policies", pick(rnd, "1", "3", "0", "x")},
                {"--jobs", pick(rnd, "1", "2", "0", "-1", "many")},
                {"--out", pick(rnd, dir.resolve("out").toString(), dir.resolve("c.blif").toString(),
                        dir.resolve("c.foo").toString(), "/nonexistent/dir/c.blif")},
                {"--tt", pick(rnd, "e8", "96", "zz", "1ffff", "", "6996")},
                {"--inputs", pick(rnd, "3", "4", "0", "40", "x")},
                {"--basis", pick(rnd, "b2", "aig", "xag", "foo")},
                {"--minimize", pick(rnd, "size", "depth", "size-then-depth", "depth-then-size", "foo")},
                {"--depth-bound", pick(rnd, "2", "3", "-1")},
                {"--batch", pick(rnd, batch.toString(), dir.resolve("bad-batch.txt").toString(),
                        dir.resolve("missing.txt").toString())},
                {"--into", pick(rnd, dir.resolve("README.md").toString(), dir.resolve("none.md").toString())},
                {pick(rnd, SMALL, "instances/circuits", "missing.mdp", dir.resolve("broken.mdp").toString(),
                        "instances/prism/retransmission.mdp", "src/test/resources/malformed-prism/syntax.mdp")},
                {pick(rnd, "--", "-x", "=", "--unknown-option", "--timeout=", "--json=maybe")},
        };
        List<String> args = new ArrayList<>();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            for (String a : pool[rnd.nextInt(pool.length)]) {
                args.add(a);
            }
        }
        return args;
    }

    private static String pick(Random rnd, String... values) {
        return values[rnd.nextInt(values.length)];
    }

    @TestFactory
    Stream<DynamicTest> randomCommandLinesEndInAResultOrAOneLineUsageError() {
        return IntStream.range(0, CASES).mapToObj(i -> {
            long seed = 9_000L + i;
            return DynamicTest.dynamicTest("seed " + seed, () -> {
                Random rnd = new Random(seed);
                Path dir = Files.createDirectories(tmp.resolve("case" + i));
                List<String> args = new ArrayList<>();
                String command = pick(rnd, COMMANDS);
                if (!command.isEmpty()) {
                    args.add(command);
                }
                args.addAll(options(rnd, dir));
                // Keep the bundled instances out of the way of --out and of long runs.
                if (args.contains("instances/circuits") && !args.contains("--timeout")) {
                    args.add("--timeout");
                    args.add("20");
                }
                CliRun r = CliRun.of(args.toArray(new String[0]));
                String what = "mincirc " + String.join(" ", args) + "\nexit " + r.exit() + "\nstderr:\n" + r.err();
                assertTrue(r.exit() >= 0 && r.exit() <= 2, "exit " + r.exit() + " is an internal error or a time limit: "
                        + what);
                assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "a stack trace: " + what);
                assertFalse(r.err().contains("internal error"), what);
                if (r.exit() == 2) {
                    List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
                    assertFalse(lines.isEmpty(), "exit 2 without saying why: " + what);
                    // A usage error is one line; a malformed file may give one line per problem, each located.
                    boolean located = lines.stream().allMatch(l -> l.matches("^[^:]+:\\d+:\\d+: .*")
                            || l.startsWith("mincirc"));
                    assertTrue(lines.size() == 1 || located, "not one line: " + what);
                }
            });
        });
    }
}
