package org.mincirc.solver.cnf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mincirc.solver.cnf.BruteForce.assertArcConsistent;
import static org.mincirc.solver.cnf.BruteForce.assertExact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.cnf.BruteForce.Pb;
import org.mincirc.solver.cnf.PseudoBoolean.Route;

/**
 * The lowering against brute force ({@link BruteForce}) on random constraints built to hit every
 * normalization case: repeats, x with -x, zero, negative and 31-digit coefficients, bounds inside,
 * at and beyond the feasible range, all three comparisons; and every route, the adders forced by
 * a budget.
 */
class PseudoBooleanTest {
    private static final BigInteger HUGE = BigInteger.TEN.pow(30);

    static Pb random(Random r, int maxVars) {
        int vars = 1 + r.nextInt(maxVars);
        int terms = 1 + r.nextInt(vars + 3);
        int style = r.nextInt(7);
        BigInteger same = r.nextBoolean() ? BigInteger.valueOf(1 + r.nextInt(4)) : HUGE.add(BigInteger.valueOf(7));
        BigInteger[] pool = {HUGE.multiply(BigInteger.valueOf(3)), HUGE.multiply(BigInteger.valueOf(5)),
            HUGE.multiply(BigInteger.valueOf(3)).add(BigInteger.ONE)};
        int[] lits = new int[terms];
        List<BigInteger> coefs = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            int v = 1 + r.nextInt(vars);
            lits[i] = r.nextBoolean() ? v : -v;
            BigInteger c = switch (style) {
                case 0 -> BigInteger.valueOf(r.nextInt(11) - 5);
                case 1 -> r.nextInt(8) == 0 ? BigInteger.ZERO : same;
                case 2 -> HUGE.multiply(BigInteger.valueOf(r.nextInt(7) - 3)).add(BigInteger.valueOf(r.nextInt(7) - 3));
                case 3 -> r.nextInt(8) == 0 ? BigInteger.ZERO : new BigInteger(1 + r.nextInt(100), r);
                case 4 -> pool[r.nextInt(r.nextBoolean() ? 2 : 3)];
                case 5 -> BigInteger.ONE.shiftLeft(r.nextInt(6));
                default -> BigInteger.valueOf(1 + r.nextInt(9));
            };
            coefs.add(style != 1 && r.nextInt(3) == 0 ? c.negate() : c);
        }
        Pb shape = new Pb(vars, lits, coefs, Comparison.AT_LEAST, BigInteger.ZERO);
        BigInteger min = null;
        BigInteger max = null;
        for (int m = 0; m < 1 << vars; m++) {
            BigInteger s = shape.lhs(m);
            min = min == null ? s : min.min(s);
            max = max == null ? s : max.max(s);
        }
        BigInteger some = shape.lhs(r.nextInt(1 << vars));
        BigInteger bound = switch (r.nextInt(9)) {
            case 0, 1 -> some;
            case 2 -> some.add(BigInteger.ONE);
            case 3 -> some.subtract(BigInteger.ONE);
            case 4 -> min.subtract(BigInteger.ONE);
            case 5 -> max.add(BigInteger.ONE);
            case 6 -> r.nextBoolean() ? min : max;
            case 7 -> min.add(max).shiftRight(1);
            default -> BigInteger.TEN.pow(40).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
        };
        Comparison cmp = Comparison.values()[r.nextInt(3)];
        return new Pb(vars, lits, coefs, cmp, bound);
    }

    static ClauseList encoded(Pb pb, int budget, Set<Route> routes) {
        ClauseList cl = new ClauseList(pb.vars());
        routes.addAll(PseudoBoolean.encode(cl, pb.lits(), pb.coefs(), pb.cmp(), pb.bound(), budget));
        return cl;
    }

    @Test
    void randomConstraintsAreExact() {
        Random r = new Random(20240611L);
        Map<Route, Integer> seen = new EnumMap<>(Route.class);
        for (int t = 0; t < 800; t++) {
            Pb pb = random(r, 10);
            Set<Route> routes = java.util.EnumSet.noneOf(Route.class);
            ClauseList cl = encoded(pb, PseudoBoolean.DEFAULT_BDD_BUDGET, routes);
            assertExact(pb, cl);
            routes.forEach(route -> seen.merge(route, 1, Integer::sum));
        }
        // The generator must reach every route but the fallback (which a budget forces below).
        for (Route route : List.of(Route.TRIVIAL, Route.UNITS, Route.CARDINALITY, Route.BDD)) {
            assertTrue(seen.getOrDefault(route, 0) >= 20, "route " + route + " seen " + seen);
        }
        assertFalse(seen.containsKey(Route.ADDERS), "small BDDs stay within the budget: " + seen);
    }

    @Test
    void adderFallbackIsExact() {
        Random r = new Random(7L);
        int adders = 0;
        for (int t = 0; t < 800; t++) {
            Pb pb = random(r, 10);
            Set<Route> routes = java.util.EnumSet.noneOf(Route.class);
            ClauseList cl = encoded(pb, 0, routes);
            assertExact(pb, cl);
            assertFalse(routes.contains(Route.BDD));
            adders += routes.contains(Route.ADDERS) ? 1 : 0;
        }
        assertTrue(adders >= 100, "adders used " + adders + " times");
    }

    @Test
    void aBddAbandonedMidwayLeavesNoClausesBehind() {
        Random r = new Random(99L);
        int abandoned = 0;
        for (int t = 0; t < 600; t++) {
            Pb pb = random(r, 9);
            int budget = 1 + r.nextInt(6);
            Set<Route> routes = java.util.EnumSet.noneOf(Route.class);
            ClauseList cl = encoded(pb, budget, routes);
            assertExact(pb, cl);
            if (routes.contains(Route.ADDERS) && !routes.contains(Route.BDD)) {
                abandoned++;
                // Exactly what the adders alone write: the partial BDD wrote nothing.
                ClauseList alone = encoded(pb, 0, java.util.EnumSet.noneOf(Route.class));
                assertEquals(alone.variables(), cl.variables(), pb::toString);
                assertEquals(alone.clauses.size(), cl.clauses.size(), pb::toString);
            }
        }
        assertTrue(abandoned >= 40, "abandoned " + abandoned);
    }

    /**
     * "At least" and "at most" through the BDD or a counter, and "exactly" through a counter,
     * propagate completely. A general "exactly" is two BDDs, each arc-consistent alone but not
     * together (arc-consistency for an equality would decide subset sum), so it is left out.
     */
    @Test
    void bddAndCardinalityRoutesAreArcConsistent() {
        Random r = new Random(3L);
        Map<Route, Integer> seen = new EnumMap<>(Route.class);
        for (int t = 0; t < 600; t++) {
            Pb pb = random(r, 6);
            Set<Route> routes = java.util.EnumSet.noneOf(Route.class);
            ClauseList cl = encoded(pb, PseudoBoolean.DEFAULT_BDD_BUDGET, routes);
            if (pb.cmp() == Comparison.EXACTLY && routes.contains(Route.BDD)) {
                continue;
            }
            assertArcConsistent(pb, cl);
            routes.forEach(route -> seen.merge(route, 1, Integer::sum));
        }
        assertTrue(seen.getOrDefault(Route.BDD, 0) >= 30, seen::toString);
        assertTrue(seen.getOrDefault(Route.CARDINALITY, 0) >= 30, seen::toString);
    }

    @Test
    void handCasesPropagate() {
        // 3x + 2y + 2z >= 4 (a BDD): without x both others; without y both x and z.
        Pb p = new Pb(3, new int[] {1, 2, 3}, big(3, 2, 2), Comparison.AT_LEAST, BigInteger.valueOf(4));
        ClauseList cl = encoded(p, PseudoBoolean.DEFAULT_BDD_BUDGET, java.util.EnumSet.noneOf(Route.class));
        assertEquals(Set.of(-1, 2, 3), cl.solver().propagate(new int[] {-1}));
        assertEquals(Set.of(1, -2, 3), cl.solver().propagate(new int[] {-2}));
        assertEquals(Set.of(1), cl.solver().propagate(new int[] {1}));
        assertArcConsistent(p, cl);

        // Huge coefficients: (H+1) a + H b + c <= H + 1 with b set leaves only c... and not a.
        BigInteger h = HUGE;
        Pb q = new Pb(3, new int[] {1, 2, 3}, List.of(h.add(BigInteger.ONE), h, BigInteger.ONE), Comparison.AT_MOST,
                h.add(BigInteger.ONE));
        ClauseList cq = encoded(q, PseudoBoolean.DEFAULT_BDD_BUDGET, java.util.EnumSet.noneOf(Route.class));
        assertEquals(Set.of(-1, 2), cq.solver().propagate(new int[] {2}));
        assertEquals(Set.of(1, -2, -3), cq.solver().propagate(new int[] {1}));
        assertArcConsistent(q, cq);

        // x - x + 2y = 2 (x and -x together; weights that cancel): y, x free.
        Pb s = new Pb(2, new int[] {1, -1, 2}, big(1, 1, 2), Comparison.EXACTLY, BigInteger.valueOf(3));
        ClauseList cs = encoded(s, PseudoBoolean.DEFAULT_BDD_BUDGET, java.util.EnumSet.noneOf(Route.class));
        assertEquals(Set.of(2), cs.solver().propagate(new int[0]));
        assertExact(s, cs);
    }

    @Test
    void trivialConstraintsWriteNothingOrTheEmptyClause() {
        ClauseList yes = encoded(new Pb(2, new int[] {1, 2}, big(5, 7), Comparison.AT_MOST, BigInteger.valueOf(12)),
                PseudoBoolean.DEFAULT_BDD_BUDGET, java.util.EnumSet.noneOf(Route.class));
        assertTrue(yes.clauses.isEmpty());
        ClauseList no = encoded(new Pb(2, new int[] {1, -1}, big(5, 5), Comparison.EXACTLY, BigInteger.valueOf(4)),
                PseudoBoolean.DEFAULT_BDD_BUDGET, java.util.EnumSet.noneOf(Route.class));
        assertEquals(1, no.clauses.size());
        assertEquals(0, no.clauses.get(0).length);
        ClauseList none = encoded(new Pb(1, new int[0], List.of(), Comparison.EXACTLY, BigInteger.ZERO),
                PseudoBoolean.DEFAULT_BDD_BUDGET, java.util.EnumSet.noneOf(Route.class));
        assertTrue(none.clauses.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PseudoBoolean.encode(new ClauseList(1), new int[] {1},
                List.of(), Comparison.AT_LEAST, BigInteger.ONE));
    }

    /** Sizes stay polynomial where the BDD would not: the budget hands over to the adders. */
    @Test
    void manyTermsWithLongCoefficientsStayPolynomial() {
        Random r = new Random(5L);
        int n = 200;
        int[] lits = new int[n];
        List<BigInteger> coefs = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            lits[i] = i + 1;
            BigInteger c = new BigInteger(133, r).add(BigInteger.TEN.pow(39)); // 40 digits
            coefs.add(c);
            sum = sum.add(c);
        }
        BigInteger bound = sum.shiftRight(1);
        long start = System.nanoTime();
        ClauseList cl = new ClauseList(n);
        Set<Route> routes = PseudoBoolean.encode(cl, lits, coefs, Comparison.AT_LEAST, bound,
                PseudoBoolean.DEFAULT_BDD_BUDGET);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Set.of(Route.ADDERS), routes);
        // One full adder (2 variables, 14 clauses) per set bit: about 200 * 133 / 2.
        assertTrue(cl.auxiliaries() < 2 * n * 133, "aux " + cl.auxiliaries());
        assertTrue(cl.clauses.size() < 14 * n * 133, "clauses " + cl.clauses.size());
        assertTrue(ms < 30_000, "took " + ms + " ms");
    }

    /** MDP returns: hundreds of terms, few distinct long values: the BDD is small. */
    @Test
    void fewDistinctLongCoefficientsMakeASmallBdd() {
        int n = 300;
        BigInteger[] values = {BigInteger.TEN.pow(39).add(BigInteger.valueOf(17)),
            BigInteger.TEN.pow(39).multiply(BigInteger.valueOf(3)), BigInteger.TEN.pow(38).multiply(BigInteger.valueOf(7))};
        int[] lits = new int[n];
        List<BigInteger> coefs = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            lits[i] = i % 5 == 0 ? -(i + 1) : i + 1;
            coefs.add(values[i % 3]);
            sum = sum.add(values[i % 3]);
        }
        ClauseList cl = new ClauseList(n);
        Set<Route> routes = PseudoBoolean.encode(cl, lits, coefs, Comparison.AT_MOST, sum.divide(BigInteger.valueOf(3)),
                PseudoBoolean.DEFAULT_BDD_BUDGET);
        assertEquals(Set.of(Route.BDD), routes);
        assertTrue(cl.auxiliaries() < 200_000, "aux " + cl.auxiliaries());
    }

    /** The size estimate that caps the BDD counts the adders' clauses (the comparator's at most). */
    @Test
    void adderSizeEstimateCountsWhatIsWritten() {
        Random r = new Random(12L);
        for (int t = 0; t < 300; t++) {
            int n = 1 + r.nextInt(30);
            int[] lits = new int[n];
            BigInteger[] a = new BigInteger[n];
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                lits[i] = i + 1;
                a[i] = new BigInteger(1 + r.nextInt(t % 3 == 0 ? 8 : 120), r).add(BigInteger.ONE);
                sum = sum.add(a[i]);
            }
            BigInteger k = new BigInteger(sum.bitLength(), r).mod(sum).add(BigInteger.ONE);
            ClauseList cl = new ClauseList(n);
            AdderNetwork.atLeast(cl, lits, a, k);
            long estimate = AdderNetwork.clauses(a, k);
            long written = cl.clauses.size();
            assertTrue(written <= estimate && estimate - written <= k.bitCount(), written + " vs " + estimate);
        }
    }

    static List<BigInteger> big(long... values) {
        List<BigInteger> out = new ArrayList<>();
        for (long v : values) {
            out.add(BigInteger.valueOf(v));
        }
        return out;
    }
}
