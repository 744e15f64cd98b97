package org.mincirc.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.sat4j.Sat4jBackend;

/**
 * What every in-process clause solver must do, asserted on real answers; a subclass names the
 * backend and skips itself where its native library is missing.
 */
public abstract class NativeBackendContract {
    /** A fresh backend of the kind under test. */
    protected abstract Backend create();

    /** Every clause holds in the model. */
    protected static void assertSatisfies(Model model, List<int[]> clauses) {
        for (int[] clause : clauses) {
            boolean holds = false;
            for (int lit : clause) {
                holds |= model.holds(lit);
            }
            assertTrue(holds, () -> "clause " + java.util.Arrays.toString(clause) + " is false in the model");
        }
    }

    private static void add(Backend b, List<int[]> clauses, int... clause) {
        b.addClause(clause);
        clauses.add(clause);
    }

    @Test
    void satisfiableFormulaGivesAModelSatisfyingEveryClause() {
        try (Backend b = create()) {
            int first = b.newVars(6);
            List<int[]> clauses = new ArrayList<>();
            add(b, clauses, first, first + 1, -(first + 2));
            add(b, clauses, -first, first + 3);
            add(b, clauses, -(first + 3), -(first + 1));
            add(b, clauses, first + 2, first + 4);
            add(b, clauses, -(first + 4), -first, first + 5);
            add(b, clauses, first);
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            assertSatisfies(sat.model(), clauses);
            assertTrue(sat.model().value(first));
            assertTrue(sat.model().value(first + 3));
            assertFalse(sat.model().value(first + 1));
        }
    }

    @Test
    void contradictoryClausesAreUnsat() {
        try (Backend b = create()) {
            int x = b.newVar();
            int y = b.newVar();
            b.addClause(x, y);
            b.addClause(x, -y);
            b.addClause(-x, y);
            b.addClause(-x, -y);
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
            assertInstanceOf(Outcome.Unsat.class, b.solve(Duration.ofSeconds(10)));
        }
    }

    @Test
    void assumptionsHoldForOneCallOnly() {
        try (Backend b = create()) {
            int x = b.newVar();
            int y = b.newVar();
            b.addClause(x, y);
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {-x, -y}, null));
            Outcome.Sat withX = assertInstanceOf(Outcome.Sat.class, b.solve(new int[] {-x}, null));
            assertFalse(withX.model().value(x));
            assertTrue(withX.model().value(y));
            Outcome.Sat free = assertInstanceOf(Outcome.Sat.class, b.solve(new int[] {-y}, null));
            assertTrue(free.model().value(x), "the earlier assumption -x must be gone");
            assertInstanceOf(Outcome.Sat.class, b.solve(null));
        }
    }

    @Test
    void clausesAddedAfterASolveCountAndEarlierModelsStayAsTheyWere() {
        try (Backend b = create()) {
            int x = b.newVar();
            int y = b.newVar();
            b.addClause(x, y);
            b.addClause(x);
            Outcome.Sat first = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            assertTrue(first.model().value(x));
            int z = b.newVar(); // a variable created after a solve
            b.addClause(-x, z);
            b.addClause(-z, -y);
            Outcome.Sat second = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            assertTrue(second.model().value(z));
            assertFalse(second.model().value(y));
            b.addClause(-z);
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
            // the first model is a copy, not a view of the solver's current state
            assertTrue(first.model().value(x));
            assertEquals(3, b.variables());
            assertEquals(5, b.constraints());
        }
    }

    @Test
    void emptyClauseMakesEverySolveUnsat() {
        try (Backend b = create()) {
            int x = b.newVar();
            b.addClause(x);
            assertInstanceOf(Outcome.Sat.class, b.solve(null));
            b.addClause();
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
            b.addClause(-x);
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {x}, null));
        }
        try (Backend b = create()) {
            b.addClause();
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
        }
    }

    @Test
    void variablesInNoClauseStillHaveAValue() {
        try (Backend b = create()) {
            int first = b.newVars(5);
            b.addClause(first);
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            for (int v = first; v < first + 5; v++) {
                sat.model().value(v); // must not throw
            }
            assertTrue(sat.model().value(first));
            assertThrows(IllegalArgumentException.class, () -> sat.model().value(first + 5));
        }
        try (Backend b = create()) {
            int x = b.newVar();
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            sat.model().value(x);
        }
    }

    @Test
    void enumeratingByBlockingClausesFindsEveryModelExactlyOnce() {
        try (Backend b = create()) {
            int first = b.newVars(7);
            int[] xs = new int[7];
            for (int i = 0; i < 7; i++) {
                xs[i] = first + i;
            }
            b.addExactly(xs, 3); // auxiliary variables of the encoding are not blocked on
            Set<Integer> seen = new HashSet<>();
            while (true) {
                Outcome o = b.solve(Duration.ofSeconds(30));
                if (o instanceof Outcome.Unsat) {
                    break;
                }
                Model m = assertInstanceOf(Outcome.Sat.class, o).model();
                int mask = 0;
                int[] block = new int[7];
                for (int i = 0; i < 7; i++) {
                    boolean v = m.value(xs[i]);
                    mask |= v ? 1 << i : 0;
                    block[i] = v ? -xs[i] : xs[i];
                }
                assertEquals(3, Integer.bitCount(mask));
                assertTrue(seen.add(mask), "model " + mask + " found twice");
                b.addClause(block);
            }
            assertEquals(35, seen.size());
        }
    }

    @Test
    void oneSolverAnswersManyQuestionsUnderAssumptions() {
        try (Backend b = create()) {
            // x_i -> x_{i+1} along a chain of 40; assuming x_i and -x_j is UNSAT iff i <= j
            int n = 40;
            int first = b.newVars(n);
            for (int i = 0; i + 1 < n; i++) {
                b.addClause(-(first + i), first + i + 1);
            }
            Random random = new Random(7);
            for (int round = 0; round < 300; round++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                Outcome o = b.solve(new int[] {first + i, -(first + j)}, Duration.ofSeconds(10));
                if (i <= j) {
                    assertInstanceOf(Outcome.Unsat.class, o, "x" + i + " and not x" + j);
                } else {
                    Model m = assertInstanceOf(Outcome.Sat.class, o).model();
                    assertTrue(m.value(first + i));
                    assertFalse(m.value(first + j));
                }
            }
        }
    }

    @Test
    void randomThreeSatAgreesWithSat4j() {
        Random random = new Random(20240611);
        int sat = 0;
        for (int f = 0; f < 200; f++) {
            int vars = 10 + random.nextInt(21);
            int clauseCount = (int) Math.round(vars * (3.8 + random.nextDouble() * 1.0));
            List<int[]> clauses = new ArrayList<>();
            for (int c = 0; c < clauseCount; c++) {
                int[] clause = new int[3];
                for (int k = 0; k < 3; k++) {
                    int v = 1 + random.nextInt(vars);
                    clause[k] = random.nextBoolean() ? v : -v;
                }
                clauses.add(clause);
            }
            Outcome expected;
            try (Backend reference = new Sat4jBackend()) {
                expected = solveWith(reference, vars, clauses);
            }
            try (Backend b = create()) {
                Outcome actual = solveWith(b, vars, clauses);
                assertEquals(expected.getClass(), actual.getClass(), "formula " + f);
                if (actual instanceof Outcome.Sat s) {
                    assertSatisfies(s.model(), clauses);
                    sat++;
                }
            }
        }
        assertTrue(sat > 20 && sat < 180, "the formulas should be a mix of SAT and UNSAT, got " + sat + " SAT");
    }

    private static Outcome solveWith(Backend b, int vars, List<int[]> clauses) {
        b.newVars(vars);
        for (int[] clause : clauses) {
            b.addClause(clause);
        }
        return b.solve(Duration.ofSeconds(30));
    }

    @Test
    void timeLimitStopsAHardSolveAndTheSolverStaysUsable() {
        try (Backend b = create()) {
            int n = 11;
            Pigeonhole.add(b, n);
            long t0 = System.nanoTime();
            Outcome o = b.solve(Duration.ofSeconds(1));
            double seconds = (System.nanoTime() - t0) / 1e9;
            Outcome.Unknown unknown = assertInstanceOf(Outcome.Unknown.class, o);
            assertTrue(unknown.reason().contains("time limit"), unknown.reason());
            assertTrue(seconds < 3.0, "took " + seconds + " s for a 1 s limit");
            // Pigeonhole.add numbers p[i][j] = i * (n - 1) + j + 1: pigeons 0 and 1 both in hole 0
            // is refuted at once, so an interrupt must not linger into the next solve.
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {1, n}, Duration.ofSeconds(10)));
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {1, n}, null));
        }
    }

    @Test
    void zeroTimeLimitIsUnknownWithoutSolving() {
        try (Backend b = create()) {
            b.addClause(b.newVar());
            assertInstanceOf(Outcome.Unknown.class, b.solve(Duration.ZERO));
            assertInstanceOf(Outcome.Sat.class, b.solve(Duration.ofDays(365 * 1000)));
        }
    }

    @Test
    void closeIsIdempotentAndAClosedBackendRefusesWork() {
        Backend b = create();
        int x = b.newVar();
        b.addClause(x);
        assertInstanceOf(Outcome.Sat.class, b.solve(null));
        b.close();
        b.close();
        assertThrows(IllegalStateException.class, () -> b.addClause(x));
        assertThrows(IllegalStateException.class, () -> b.solve(null));
    }

    @Test
    void literalsMustNameVariables() {
        try (Backend b = create()) {
            b.newVar();
            assertThrows(IllegalArgumentException.class, () -> b.addClause(2));
            assertThrows(IllegalArgumentException.class, () -> b.addClause(0));
            assertThrows(IllegalArgumentException.class, () -> b.solve(new int[] {-3}, null));
        }
    }

    @Test
    void pseudoBooleanThroughTheLoweringAndCardinalityAreExact() {
        try (Backend b = create()) {
            assertTrue(b.supportsPseudoBoolean());
            int first = b.newVars(5);
            int[] xs = {first, first + 1, first + 2, first + 3, first + 4};
            b.addAtMost(xs, 2);
            b.addAtLeast(new int[] {xs[0], xs[1], xs[2]}, 2);
            Model m = assertInstanceOf(Outcome.Sat.class, b.solve(null)).model();
            int ones = 0;
            for (int x : xs) {
                ones += m.value(x) ? 1 : 0;
            }
            assertEquals(2, ones);
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {xs[3]}, null));
        }
    }
}
