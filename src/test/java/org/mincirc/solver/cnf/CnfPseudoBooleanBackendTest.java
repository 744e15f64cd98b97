package org.mincirc.solver.cnf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.Model;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.dimacs.DimacsProcessBackend;
import org.mincirc.solver.sat4j.Sat4jBackend;

/**
 * Pseudo-Boolean constraints through a CNF-only backend (CaDiCaL as an external process) answer
 * as sat4j's native ones do, and CaDiCaL's models satisfy them.
 */
class CnfPseudoBooleanBackendTest {
    private static final Path CADICAL = Path.of("/usr/bin/cadical");

    private record Constraint(int[] lits, List<BigInteger> coefs, Comparison cmp, BigInteger bound) {
        boolean holds(Model m) {
            BigInteger s = BigInteger.ZERO;
            for (int i = 0; i < lits.length; i++) {
                if (m.holds(lits[i])) {
                    s = s.add(coefs.get(i));
                }
            }
            int c = s.compareTo(bound);
            return cmp == Comparison.AT_LEAST ? c >= 0 : cmp == Comparison.AT_MOST ? c <= 0 : c == 0;
        }
    }

    @Test
    void cadicalAnswersPseudoBooleanQuestionsAsSat4jDoes() {
        assumeTrue(Files.isExecutable(CADICAL), "no " + CADICAL);
        Random r = new Random(42L);
        BigInteger scale = BigInteger.TEN.pow(35);
        int sat = 0;
        int unsat = 0;
        for (int t = 0; t < 30; t++) {
            int vars = 12;
            List<Constraint> cs = new ArrayList<>();
            int count = 2 + r.nextInt(4);
            for (int c = 0; c < count; c++) {
                int terms = 4 + r.nextInt(10);
                int[] lits = new int[terms];
                List<BigInteger> coefs = new ArrayList<>();
                BigInteger total = BigInteger.ZERO;
                for (int i = 0; i < terms; i++) {
                    int v = 1 + r.nextInt(vars);
                    lits[i] = r.nextBoolean() ? v : -v;
                    // MDP-like: a few long values, either sign, some repeated.
                    BigInteger coef = scale.multiply(BigInteger.valueOf(1 + r.nextInt(4)))
                            .add(BigInteger.valueOf(r.nextInt(3)));
                    coef = r.nextInt(4) == 0 ? coef.negate() : coef;
                    coefs.add(coef);
                    total = total.add(coef.abs());
                }
                BigInteger bound = new BigInteger(total.bitLength(), r).mod(total.add(BigInteger.ONE))
                        .subtract(total.shiftRight(2));
                cs.add(new Constraint(lits, coefs, Comparison.values()[r.nextInt(3)], bound));
            }
            int[] assume = {r.nextBoolean() ? 1 : -1, r.nextBoolean() ? 2 : -2};
            Outcome expected;
            try (Backend s = new Sat4jBackend()) {
                expected = solve(s, vars, cs, assume);
            }
            try (Backend c = new DimacsProcessBackend("cadical", CADICAL)) {
                Outcome got = solve(c, vars, cs, assume);
                assertEquals(expected.getClass(), got.getClass(), "instance " + t);
                if (got instanceof Outcome.Sat s) {
                    sat++;
                    for (int lit : assume) {
                        assertTrue(s.model().holds(lit));
                    }
                    for (Constraint k : cs) {
                        assertTrue(k.holds(s.model()), "instance " + t + ": model violates a constraint");
                    }
                } else {
                    unsat++;
                }
            }
        }
        assertTrue(sat >= 5 && unsat >= 5, sat + " sat, " + unsat + " unsat");
    }

    /** 60 terms of 40 digits: a BDD would be far larger than the adder network, which answers. */
    @Test
    void longCoefficientsThroughTheAddersAgreeWithSat4j() {
        assumeTrue(Files.isExecutable(CADICAL), "no " + CADICAL);
        Random r = new Random(8L);
        int vars = 60;
        int[] lits = new int[vars];
        List<BigInteger> coefs = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < vars; i++) {
            lits[i] = i + 1;
            BigInteger c = new BigInteger(133, r).add(BigInteger.TEN.pow(39));
            coefs.add(c);
            sum = sum.add(c);
        }
        BigInteger half = sum.shiftRight(1);
        List<Constraint> cs = List.of(new Constraint(lits, coefs, Comparison.AT_LEAST, half),
                new Constraint(lits, coefs, Comparison.AT_MOST, half.add(sum.shiftRight(6))));
        for (Constraint c : cs) {
            assertEquals(java.util.Set.of(PseudoBoolean.Route.ADDERS), PseudoBoolean.encode(new ClauseList(vars),
                    c.lits(), c.coefs(), c.cmp(), c.bound(), PseudoBoolean.DEFAULT_BDD_BUDGET));
        }
        java.util.Set<Class<?>> answers = new java.util.HashSet<>();
        try (Backend s = new Sat4jBackend(); Backend c = new DimacsProcessBackend("cadical", CADICAL)) {
            for (Backend b : List.of(s, c)) {
                b.newVars(vars);
                for (Constraint k : cs) {
                    b.addPseudoBoolean(k.lits(), k.coefs(), k.cmp(), k.bound());
                }
            }
            int[] tenthsTrue = {2, 5, 9, 5, 6, 4};
            for (int t = 0; t < tenthsTrue.length; t++) {
                // Fix 45 variables at random: too few true or too many put the window out of reach.
                int[] assume = new int[45];
                for (int i = 0; i < assume.length; i++) {
                    assume[i] = r.nextInt(10) < tenthsTrue[t] ? i + 1 : -(i + 1);
                }
                Outcome expected = s.solve(assume, null);
                Outcome got = c.solve(assume, null);
                assertEquals(expected.getClass(), got.getClass(), "assumption set " + t);
                answers.add(got.getClass());
                if (got instanceof Outcome.Sat sat) {
                    for (Constraint k : cs) {
                        assertTrue(k.holds(sat.model()));
                    }
                }
            }
        }
        assertEquals(java.util.Set.of(Outcome.Sat.class, Outcome.Unsat.class), answers);
    }

    private static Outcome solve(Backend b, int vars, List<Constraint> cs, int[] assume) {
        b.newVars(vars);
        for (Constraint c : cs) {
            b.addPseudoBoolean(c.lits(), c.coefs(), c.cmp(), c.bound());
        }
        return b.solve(assume, null);
    }

    @Test
    void cnfBackendsTakePseudoBooleanConstraintsAndCheckThem() {
        try (Backend b = new DimacsProcessBackend("cadical", CADICAL)) {
            assertTrue(b.supportsPseudoBoolean());
            int x = b.newVar();
            assertThrows(IllegalArgumentException.class,
                    () -> b.addPseudoBoolean(new int[] {x, x + 1}, List.of(BigInteger.ONE, BigInteger.ONE),
                            Comparison.AT_LEAST, BigInteger.ONE));
            assertThrows(IllegalArgumentException.class,
                    () -> b.addPseudoBoolean(new int[] {x}, List.of(), Comparison.AT_LEAST, BigInteger.ONE));
            int before = b.constraints();
            // 3x >= 4 cannot hold: the empty clause, no solver call needed.
            b.addPseudoBoolean(new int[] {x}, List.of(BigInteger.valueOf(3)), Comparison.AT_LEAST, BigInteger.valueOf(4));
            assertEquals(before + 1, b.constraints());
            assertInstanceOf(Outcome.Unsat.class, b.solve(null));
        }
    }
}
