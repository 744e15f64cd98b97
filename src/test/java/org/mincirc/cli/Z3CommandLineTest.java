package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.BackendFactory;
import org.mincirc.solver.z3.Z3Library;

/**
 * {@code --backend z3} on run, check and synth: it answers where Z3 loads, and where it does not
 * the user gets one line naming the reason and the way out, exit 2, never a stack trace.
 */
class Z3CommandLineTest {
    private static final String PARITY = "instances/circuits/parity-bandit.mdp";

    private static void assumeZ3() {
        Assumptions.assumeTrue(BackendFactory.unavailability("z3").isEmpty(), "z3 does not load here");
    }

    private static void assertOneCleanLine(String err, String prefix, String reason) {
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertEquals(prefix + "the z3 backend is not available here: " + reason + "; use --backend sat4j",
                lines.get(0));
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void z3AnswersOnRunCheckAndSynth() {
        assumeZ3();
        CliRun check = CliRun.of("check", "--backend", "z3", "--no-progress", PARITY);
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("2 passed, 0 failed"), check.out());
        CliRun run = CliRun.of("run", "--json", "--backend", "Z3", "--no-progress", PARITY);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"optimal\""), run.out());
        CliRun synth = CliRun.of("synth", "--backend", "z3", "--inputs", "2", "--tt", "6", "--no-progress");
        assertEquals(0, synth.exit(), synth.err());
        assertTrue(synth.out().contains("xor(x0, x1)"), synth.out());
    }

    @Test
    void simulatedLoadFailureIsOneLineAndExitTwo() {
        System.setProperty(Z3Library.SIMULATE_FAILURE, "no native build for this platform");
        try {
            for (String command : List.of("run", "check")) {
                CliRun r = CliRun.of(command, "--backend", "z3", PARITY);
                assertEquals(ExitCodes.BAD_INPUT, r.exit(), command + ": " + r.err());
                assertEquals("", r.out(), command);
                assertOneCleanLine(r.err(), "mincirc: ", "no native build for this platform");
            }
            CliRun synth = CliRun.of("synth", "--backend", "z3", "--inputs", "2", "--tt", "6");
            assertEquals(ExitCodes.BAD_INPUT, synth.exit(), synth.err());
            assertOneCleanLine(synth.err(), "mincirc synth: ", "no native build for this platform");
            // sat4j is unaffected.
            assertEquals(0, CliRun.of("check", "--no-progress", PARITY).exit());
        } finally {
            System.clearProperty(Z3Library.SIMULATE_FAILURE);
        }
    }

    @Test
    void realLoadFailureInAJvmOnAnUnsupportedArchitecture() throws IOException, InterruptedException {
        // z3-turnkey picks its native build by os.arch; a JVM told it runs on riscv64 finds none,
        // so this goes through the real loader and its real error.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Dos.arch=riscv64", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", "--backend", "z3", PARITY)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
        assertEquals(ExitCodes.BAD_INPUT, p.exitValue(), err);
        assertOneCleanLine(err, "mincirc: ", "Unsupported CPU architecture: riscv64");
    }

    @Test
    void unknownBackendIsOneLineAndExitTwo() {
        CliRun r = CliRun.of("run", "--backend", "minisat", PARITY);
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(List.of("mincirc: unknown backend 'minisat' (default, "
                + String.join(", ", org.mincirc.solver.BackendRegistry.names()) + ")"), r.err().lines().toList());
    }
}
