package org.mincirc.solver.cryptominisat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Model;
import org.mincirc.solver.NativeBackendContract;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.SolverException;

/** The shared contract on CryptoMiniSat through its C API, and its native XOR clauses. */
class CryptoMiniSatBackendTest extends NativeBackendContract {
    @BeforeEach
    void needsCryptoMiniSat() {
        Assumptions.assumeTrue(CryptoMiniSatLibrary.problem().isEmpty(),
                () -> "CryptoMiniSat does not load here: " + CryptoMiniSatLibrary.problem().orElse(""));
    }

    @Override
    protected Backend create() {
        return new CryptoMiniSatBackend();
    }

    @Test
    void itIsCryptoMiniSatAndCanBeInterrupted() {
        try (Backend b = create()) {
            assertEquals("cryptominisat", b.name());
        }
        assertTrue(CryptoMiniSatLibrary.loadedFrom().isPresent());
        // Debian's build exports SATSolver::interrupt_asap; elsewhere only the CPU-time bound holds
        assertTrue(CryptoMiniSatLibrary.canInterrupt());
    }

    @Test
    void xorClausesConstrainParity() {
        try (CryptoMiniSatBackend b = new CryptoMiniSatBackend()) {
            int x = b.newVar();
            int y = b.newVar();
            int z = b.newVar();
            b.addXorClause(new int[] {x, y, z}, true);
            assertEquals(1, b.constraints());
            for (int mask = 0; mask < 8; mask++) {
                int[] assume = {(mask & 1) != 0 ? x : -x, (mask & 2) != 0 ? y : -y, (mask & 4) != 0 ? z : -z};
                Outcome o = b.solve(assume, null);
                if (Integer.bitCount(mask) % 2 == 1) {
                    assertInstanceOf(Outcome.Sat.class, o, "mask " + mask);
                } else {
                    assertInstanceOf(Outcome.Unsat.class, o, "mask " + mask);
                }
            }
            b.addXorClause(new int[] {x, y}, false); // x = y, so z must be true
            Model m = assertInstanceOf(Outcome.Sat.class, b.solve(null)).model();
            assertEquals(m.value(x), m.value(y));
            assertTrue(m.value(z));
            b.addXorClause(new int[] {z}, false);
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
        }
    }

    @Test
    void oddCycleOfXorsIsUnsatAndRepeatedVariablesCancel() {
        try (CryptoMiniSatBackend b = new CryptoMiniSatBackend()) {
            int x = b.newVar();
            int y = b.newVar();
            int z = b.newVar();
            b.addXorClause(new int[] {x, y}, true);
            b.addXorClause(new int[] {y, z}, true);
            assertInstanceOf(Outcome.Sat.class, b.solve(null));
            b.addXorClause(new int[] {x, z}, true);
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
        }
        try (CryptoMiniSatBackend b = new CryptoMiniSatBackend()) {
            int x = b.newVar();
            int y = b.newVar();
            b.addXorClause(new int[] {x, y, x}, true); // is y = 1
            Model m = assertInstanceOf(Outcome.Sat.class, b.solve(null)).model();
            assertTrue(m.value(y));
            assertInstanceOf(Outcome.Sat.class, b.solve(new int[] {x}, null));
            assertInstanceOf(Outcome.Sat.class, b.solve(new int[] {-x}, null));
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {-y}, null));
        }
        try (CryptoMiniSatBackend b = new CryptoMiniSatBackend()) {
            b.newVar();
            b.addXorClause(new int[0], false); // 0 = 0
            assertInstanceOf(Outcome.Sat.class, b.solve(null));
            b.addXorClause(new int[0], true); // 0 = 1
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
        }
    }

    @Test
    void randomXorSystemsAgreeWithGaussianEliminationByHand() {
        Random random = new Random(99);
        for (int round = 0; round < 100; round++) {
            int vars = 4 + random.nextInt(8);
            int equations = 1 + random.nextInt(vars + 3);
            int[] rows = new int[equations];
            boolean[] rhs = new boolean[equations];
            try (CryptoMiniSatBackend b = new CryptoMiniSatBackend()) {
                b.newVars(vars);
                for (int e = 0; e < equations; e++) {
                    int row = random.nextInt(1 << vars);
                    rows[e] = row;
                    rhs[e] = random.nextBoolean();
                    b.addXorClause(varsOf(row), rhs[e]);
                }
                Outcome o = b.solve(Duration.ofSeconds(10));
                boolean solvable = false;
                for (int a = 0; a < (1 << vars) && !solvable; a++) {
                    solvable = satisfies(a, rows, rhs);
                }
                if (solvable) {
                    Model m = assertInstanceOf(Outcome.Sat.class, o, "round " + round).model();
                    int a = 0;
                    for (int v = 0; v < vars; v++) {
                        a |= m.value(v + 1) ? 1 << v : 0;
                    }
                    assertTrue(satisfies(a, rows, rhs), "model violates an XOR in round " + round);
                } else {
                    assertInstanceOf(Outcome.Unsat.class, o, "round " + round);
                }
            }
        }
    }

    private static int[] varsOf(int row) {
        return java.util.stream.IntStream.range(0, 32).filter(i -> (row & (1 << i)) != 0).map(i -> i + 1).toArray();
    }

    private static boolean satisfies(int assignment, int[] rows, boolean[] rhs) {
        for (int e = 0; e < rows.length; e++) {
            if ((Integer.bitCount(assignment & rows[e]) % 2 == 1) != rhs[e]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void xorClausesTakeExistingVariablesOnly() {
        try (CryptoMiniSatBackend b = new CryptoMiniSatBackend()) {
            int x = b.newVar();
            assertThrows(IllegalArgumentException.class, () -> b.addXorClause(new int[] {-x}, true));
            assertThrows(IllegalArgumentException.class, () -> b.addXorClause(new int[] {x + 1}, true));
            assertEquals(0, b.constraints());
        }
    }

    @Test
    void aLoadFailureIsOneSolverExceptionWithTheReason() {
        System.setProperty(CryptoMiniSatLibrary.SIMULATE_FAILURE, "no libcryptominisat5 here");
        try {
            assertEquals(Optional.of("no libcryptominisat5 here"), CryptoMiniSatLibrary.problem());
            SolverException e = assertThrows(SolverException.class, CryptoMiniSatBackend::new);
            assertEquals("CryptoMiniSat is not available here: no libcryptominisat5 here", e.getMessage());
        } finally {
            System.clearProperty(CryptoMiniSatLibrary.SIMULATE_FAILURE);
        }
        assertTrue(CryptoMiniSatLibrary.problem().isEmpty());
    }
}
