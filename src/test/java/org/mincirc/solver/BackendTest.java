package org.mincirc.solver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One suite, every backend of the registry (JavaSMT's SolverBasedTest0 idea); one that cannot run here is skipped with its reason. */
class BackendTest {
    static Stream<String> backends() {
        return Backends.all();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void satisfiableFormulaGivesAModelThatSatisfiesIt(String name) {
        try (Backend b = Backends.open(name)) {
            int x = b.newVar();
            int y = b.newVar();
            b.addClause(x, y);
            b.addClause(-x);
            Outcome o = b.solve(null);
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, o);
            assertFalse(sat.model().value(x));
            assertTrue(sat.model().value(y));
            assertTrue(sat.model().holds(-x));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void assumptionsHoldForOneCallAndClausesCanBeAddedAfterASolve(String name) {
        try (Backend b = Backends.open(name)) {
            int x = b.newVar();
            int y = b.newVar();
            b.addClause(x, y);
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {-x, -y}, null));
            assertInstanceOf(Outcome.Sat.class, b.solve(null));
            b.addClause(-x);
            b.addClause(-y);
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
            b.addClause(x); // contradiction at the root is not an error
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void cardinalityConstraintsCountExactly(String name) {
        try (Backend b = Backends.open(name)) {
            int first = b.newVars(5);
            int[] xs = {first, first + 1, first + 2, first + 3, first + 4};
            b.addExactly(xs, 2);
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            int ones = 0;
            for (int x : xs) {
                ones += sat.model().value(x) ? 1 : 0;
            }
            assertTrue(ones == 2, "exactly two true, got " + ones);
            b.addAtLeast(new int[] {xs[0], xs[1], xs[2]}, 3);
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void pigeonholeIsUnsatAndEmptyClauseIsFalse(String name) {
        try (Backend b = Backends.open(name)) {
            // 4 pigeons, 3 holes
            int[][] p = new int[4][3];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 3; j++) {
                    p[i][j] = b.newVar();
                }
                b.addClause(p[i]);
            }
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < 4; i++) {
                    for (int k = i + 1; k < 4; k++) {
                        b.addClause(-p[i][j], -p[k][j]);
                    }
                }
            }
            assertInstanceOf(Outcome.Unsat.class, b.solve(Duration.ofSeconds(30)));
        }
        try (Backend b = Backends.open(name)) {
            b.newVar();
            b.addClause();
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void pseudoBooleanConstraintsUseExactBigCoefficients(String name) {
        try (Backend b = Backends.open(name)) {
            int x = b.newVar();
            int y = b.newVar();
            int z = b.newVar();
            BigInteger huge = BigInteger.TEN.pow(30);
            // huge*x + huge*y + 1*z >= huge + 1  and  x + y <= 1: forces z
            b.addPseudoBoolean(new int[] {x, y, z}, List.of(huge, huge, BigInteger.ONE), Comparison.AT_LEAST,
                    huge.add(BigInteger.ONE));
            b.addAtMost(new int[] {x, y}, 1);
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            assertTrue(sat.model().value(z));
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {-z}, null));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void literalsMustNameVariables(String name) {
        try (Backend b = Backends.open(name)) {
            b.newVar();
            assertThrows(IllegalArgumentException.class, () -> b.addClause(2));
            assertThrows(IllegalArgumentException.class, () -> b.addClause(0));
        }
    }

    /** Every backend answers pseudo-Boolean questions, natively or through the shared lowering. */
    @ParameterizedTest
    @MethodSource("backends")
    void everyBackendTakesPseudoBooleanConstraints(String name) {
        try (Backend b = Backends.open(name)) {
            assertTrue(b.supportsPseudoBoolean(), name);
        }
    }

    @org.junit.jupiter.api.Test
    void unknownBackendNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BackendFactory.create("minisat"));
    }

    /** A question no backend finishes in a second: the limit must end the call, with no answer. */
    @ParameterizedTest
    @MethodSource("backends")
    void hardFormulaWithALimitIsUnknownNotUnsatAndTheLimitHolds(String name) {
        try (Backend b = Backends.open(name)) {
            Pigeonhole.add(b, 12);
            long t0 = System.nanoTime();
            Outcome o = b.solve(Duration.ofSeconds(1));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertInstanceOf(Outcome.Unknown.class, o);
            // generous: the point is that it stops, not how promptly on a loaded machine
            assertTrue(seconds < 15, () -> name + " ran " + seconds + " s past a 1 s limit");
        }
    }
}
