package org.mincirc.solver.z3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.Backend;
import org.mincirc.solver.BackendFactory;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.Pigeonhole;
import org.mincirc.solver.RationalArithmetic;
import org.mincirc.solver.RealSum;
import org.mincirc.solver.SolverException;

/** What only the z3 backend offers or does its own way: exact rationals, big PB, its time limit. */
class Z3BackendTest {
    @BeforeEach
    void needsZ3() {
        Assumptions.assumeTrue(Z3Library.problem().isEmpty(), () -> "z3 does not load here: " + Z3Library.problem());
    }

    private static BigFraction q(long num, long den) {
        return BigFraction.of(num, den);
    }

    @Test
    void factoryGivesZ3WithRationalArithmetic() {
        try (Backend b = BackendFactory.create("z3")) {
            assertEquals("z3", b.name());
            assertInstanceOf(RationalArithmetic.class, b);
        }
        try (Backend b = BackendFactory.create("sat4j")) {
            assertFalse(b instanceof RationalArithmetic, "sat4j must not claim rational arithmetic");
        }
    }

    @Test
    void discountedFixpointIsExact() {
        try (Z3Backend b = new Z3Backend()) {
            // V = 1/3 + 2/3 * V has the unique solution 1; W = 1/7 + 1/3 * W gives 3/14.
            int v = b.newReal();
            int w = b.newReal();
            b.addLinear(RealSum.variable(v).plusTerm(v, q(-2, 3)), Comparison.EXACTLY, q(1, 3));
            b.addLinear(RealSum.variable(w).times(q(2, 3)), Comparison.EXACTLY, q(1, 7));
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            assertEquals(BigFraction.ONE, b.realValue(v));
            assertEquals(q(3, 14), b.realValue(w));
            assertTrue(sat.model() != null);
        }
    }

    @Test
    void conditionalEquationsFollowTheLiteral() {
        try (Z3Backend b = new Z3Backend()) {
            int x = b.newVar();
            int r = b.newReal();
            b.addLinearIf(x, RealSum.variable(r), Comparison.EXACTLY, q(1, 3));
            b.addLinearIf(-x, RealSum.variable(r), Comparison.EXACTLY, q(2, 3));
            b.addLinear(RealSum.variable(r), Comparison.AT_LEAST, q(1, 2));
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            assertFalse(sat.model().value(x));
            assertEquals(q(2, 3), b.realValue(r));
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {x}, null));
        }
    }

    @Test
    void reifiedComparisonsAreExactAtTheBoundary() {
        try (Z3Backend b = new Z3Backend()) {
            int r = b.newReal();
            b.addLinear(RealSum.variable(r).plusConstant(q(1, 1)), Comparison.EXACTLY, q(4, 3));  // r = 1/3
            int atLeast = b.reifyAtLeast(RealSum.variable(r), q(1, 3), false);
            int above = b.reifyAtLeast(RealSum.variable(r), q(1, 3), true);
            // 1/3 and 0.3333333333333333 differ; a floating-point solver could not tell them apart.
            int aboveDouble = b.reifyAtLeast(RealSum.variable(r), BigFraction.from(1.0 / 3), true);
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
            assertTrue(sat.model().value(atLeast));
            assertFalse(sat.model().value(above));
            assertTrue(sat.model().value(aboveDouble));
        }
    }

    @Test
    void pseudoBooleanBeyondLongIsExact() {
        try (Backend b = new Z3Backend()) {
            int x = b.newVar();
            int y = b.newVar();
            BigInteger big = BigInteger.TWO.pow(70);
            // (2^70 + 1) x + 2^70 y >= 2^70 + 1: with x false, 2^70 y cannot reach it (a double would round).
            b.addPseudoBoolean(new int[] {x, y}, List.of(big.add(BigInteger.ONE), big), Comparison.AT_LEAST,
                    big.add(BigInteger.ONE));
            assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {-x}, null));
            assertInstanceOf(Outcome.Sat.class, b.solve(new int[] {x, -y}, null));
        }
    }

    @Test
    void negativeCoefficientsAndBothRoutes() {
        for (BigInteger c : List.of(BigInteger.valueOf(3), BigInteger.valueOf(1L << 40))) {
            try (Backend b = new Z3Backend()) {
                int x = b.newVar();
                int y = b.newVar();
                int z = b.newVar();
                // c x - c y + z >= c  iff  x and not y (z alone is too small).
                b.addPseudoBoolean(new int[] {x, y, z}, List.of(c, c.negate(), BigInteger.ONE), Comparison.AT_LEAST, c);
                Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, b.solve(null));
                assertTrue(sat.model().value(x) && !sat.model().value(y), "coefficient " + c);
                assertInstanceOf(Outcome.Unsat.class, b.solve(new int[] {y}, null));
                // Exactly: c x + c y == c means one of them.
                b.addPseudoBoolean(new int[] {x, y}, List.of(c, c), Comparison.EXACTLY, c);
                b.addPseudoBoolean(new int[] {x, z}, List.of(c, c), Comparison.AT_MOST, c);
                Outcome.Sat again = assertInstanceOf(Outcome.Sat.class, b.solve(null));
                assertFalse(again.model().value(z));
            }
        }
    }

    @Test
    void incrementalMixOfClausesAndReals() {
        try (Z3Backend b = new Z3Backend()) {
            int x = b.newVar();
            int r = b.newReal();
            b.addLinearIf(x, RealSum.variable(r), Comparison.AT_LEAST, q(5, 2));
            assertInstanceOf(Outcome.Sat.class, b.solve(null));
            b.addClause(x);
            assertInstanceOf(Outcome.Sat.class, b.solve(null));
            assertTrue(b.realValue(r).compareTo(q(5, 2)) >= 0);
            b.addLinear(RealSum.variable(r), Comparison.AT_MOST, q(249, 100));
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
            assertThrows(IllegalStateException.class, () -> b.realValue(r));
        }
    }

    @Test
    void unknownRealsAreRejected() {
        try (Z3Backend b = new Z3Backend()) {
            assertThrows(IllegalArgumentException.class,
                    () -> b.addLinear(RealSum.variable(1), Comparison.AT_LEAST, BigFraction.ZERO));
        }
    }

    @Test
    void hardFormulaWithTinyLimitIsUnknownNotUnsat() {
        try (Backend b = new Z3Backend()) {
            Pigeonhole.add(b, 11);
            Outcome o = b.solve(Duration.ofMillis(50));
            assertInstanceOf(Outcome.Unknown.class, o);
        }
    }

    @Test
    void aLoadFailureIsOneSolverExceptionWithTheReason() {
        System.setProperty(Z3Library.SIMULATE_FAILURE, "no libz3 for this platform");
        try {
            assertEquals(java.util.Optional.of("no libz3 for this platform"), BackendFactory.unavailability("z3"));
            SolverException e = assertThrows(SolverException.class, () -> BackendFactory.create("z3"));
            assertEquals("the z3 backend is not available here: no libz3 for this platform", e.getMessage());
            assertTrue(BackendFactory.unavailability("sat4j").isEmpty());
        } finally {
            System.clearProperty(Z3Library.SIMULATE_FAILURE);
        }
        assertTrue(BackendFactory.unavailability("z3").isEmpty());
    }
}
