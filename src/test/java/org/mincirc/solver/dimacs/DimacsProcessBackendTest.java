package org.mincirc.solver.dimacs;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.solver.Outcome;

/**
 * The external solver's time limit is ours, not the solver's: this backend once read the
 * solver's output to the end before waiting with a limit, so a solver that ignored its own
 * {@code -t} (or hung) ran past {@code --timeout} for as long as it liked.
 */
class DimacsProcessBackendTest {
    /** A backend over a shell script standing in for a solver. */
    private static DimacsProcessBackend stubborn(Path dir, String script) throws Exception {
        Path solver = dir.resolve("stubborn-solver");
        Files.writeString(solver, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(solver, PosixFilePermissions.fromString("rwx------"));
        return new DimacsProcessBackend("stubborn", solver);
    }

    @Test
    void aSolverThatIgnoresItsTimeLimitIsKilledAtOurs(@TempDir Path dir) throws Exception {
        // Prints a comment, then never answers and never looks at -t.
        try (DimacsProcessBackend b = stubborn(dir, "echo 'c thinking'\nexec sleep 600")) {
            int x = b.newVar();
            b.addClause(x);
            long t0 = System.nanoTime();
            Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> b.solve(Duration.ofSeconds(1)));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertInstanceOf(Outcome.Unknown.class, o);
            assertTrue(seconds < 10, "ran " + seconds + " s past a 1 s limit");
        }
    }

    @Test
    void interruptEndsTheSolverProcess(@TempDir Path dir) throws Exception {
        try (DimacsProcessBackend b = stubborn(dir, "exec sleep 600")) {
            b.addClause(b.newVar());
            Thread stopper = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    b.interrupt();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            stopper.start();
            Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> b.solve(null));
            stopper.interrupt();
            assertInstanceOf(Outcome.Unknown.class, o);
        }
    }
}
