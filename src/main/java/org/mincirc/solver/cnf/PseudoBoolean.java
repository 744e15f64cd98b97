package org.mincirc.solver.cnf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.mincirc.solver.Comparison;

/**
 * Pseudo-Boolean constraints {@code sum c_i * l_i  (>= | <= | =)  bound} as clauses, exactly, for
 * every input: literals may repeat, {@code x} and {@code -x} may both occur, coefficients are
 * arbitrary integers of either sign (scaled exact rationals: dozens of digits). The route is
 * MiniSat+'s (Eén and Sörensson, "Translating pseudo-Boolean constraints into SAT", JSAT 2006),
 * with the BDD of Abío, Nieuwenhuis, Oliveras and Rodríguez-Carbonell ("BDDs for pseudo-Boolean
 * constraints – revisited", SAT 2011):
 * <ol>
 * <li>Normalize to {@code sum a_i l_i >= k} over distinct variables with {@code 0 < a_i <= k}:
 * merge repeated variables ({@code c * -x = c - c * x}), move negative coefficients onto the
 * negated literal, drop zero terms, saturate coefficients at k, write literals every solution has
 * as unit clauses, divide by the coefficients' gcd (rounding k up); "exactly" is "at least" and
 * "at most" (after its own gcd test: k not a multiple means false). A constraint that always or
 * never holds gets no clause or the empty clause.</li>
 * <li>All coefficients equal: a cardinality constraint, {@link Cardinality} (totalizer or
 * sequential counter; arc-consistent).</li>
 * <li>Otherwise the reduced, ordered BDD built with interval memoization ({@link PseudoBooleanBdd};
 * arc-consistent with two clauses per node), as long as it stays within a budget: 200k memo
 * entries, and at most three times the clauses of the adder network below.</li>
 * <li>Past the budget (Abío et al. prove that, unless NP = co-NP, some constraints have no
 * polynomial BDD in any variable order), the binary adder network with a comparator against k
 * ({@link AdderNetwork}; Warners 1998, MiniSat+'s "adders"): O(n log max a_i) clauses, exact but
 * not arc-consistent. Nothing is ever exponential without a budget.</li>
 * </ol>
 * "At least" and "at most" are thus arc-consistent unless the adders take over; a general
 * "exactly" is two of them, each arc-consistent on its own but not together (that would decide
 * subset sum by unit propagation), and an "exactly" with equal coefficients is one counter that is.
 */
public final class PseudoBoolean {
    /** Memo entries (nodes and the intervals that share them) a BDD may use before the adders take over. */
    static final int DEFAULT_BDD_BUDGET = 200_000;

    /** A BDD may have this many times the clauses of the adder network before the adders win. */
    static final long BDD_CLAUSE_FACTOR = 3;

    /** Which encodings one call used, for tests and size reports. */
    enum Route { TRIVIAL, UNITS, CARDINALITY, BDD, ADDERS }

    private PseudoBoolean() {}

    /**
     * Writes clauses (and auxiliary variables) to {@code sink} that hold, for some values of the
     * auxiliaries, exactly when {@code sum coefficients[i] * literals[i]} compares with
     * {@code bound} as {@code comparison} says.
     */
    public static void encode(ClauseSink sink, int[] literals, List<BigInteger> coefficients, Comparison comparison,
                              BigInteger bound) {
        encode(sink, literals, coefficients, comparison, bound, DEFAULT_BDD_BUDGET);
    }

    /** As {@link #encode(ClauseSink, int[], List, Comparison, BigInteger)} with a chosen BDD budget. */
    static Set<Route> encode(ClauseSink sink, int[] literals, List<BigInteger> coefficients, Comparison comparison,
                             BigInteger bound, int bddBudget) {
        if (coefficients.size() != literals.length) {
            throw new IllegalArgumentException("one coefficient per literal");
        }
        // Merge by variable: c * x adds c to x's coefficient; c * -x = c - c * x.
        TreeMap<Integer, BigInteger> byVar = new TreeMap<>();
        BigInteger k = bound;
        for (int i = 0; i < literals.length; i++) {
            int lit = literals[i];
            BigInteger c = coefficients.get(i);
            if (lit == 0 || lit == Integer.MIN_VALUE || c == null) {
                throw new IllegalArgumentException("literal 0 or missing coefficient at " + i);
            }
            if (lit > 0) {
                byVar.merge(lit, c, BigInteger::add);
            } else {
                byVar.merge(-lit, c.negate(), BigInteger::add);
                k = k.subtract(c);
            }
        }
        byVar.values().removeIf(c -> c.signum() == 0);
        int n = byVar.size();
        int[] vars = new int[n];
        BigInteger[] coefs = new BigInteger[n];
        int at = 0;
        for (var e : byVar.entrySet()) {
            vars[at] = e.getKey();
            coefs[at] = e.getValue();
            at++;
        }
        Set<Route> routes = EnumSet.noneOf(Route.class);
        switch (comparison) {
            case AT_LEAST -> atLeast(sink, new Terms(vars, coefs, k), bddBudget, routes);
            case AT_MOST -> atLeast(sink, new Terms(vars, coefs, k).negated(), bddBudget, routes);
            case EXACTLY -> exactly(sink, new Terms(vars, coefs, k), bddBudget, routes);
        }
        return routes;
    }

    /**
     * {@code sum coefs[i] * lits[i]} against {@code k}, distinct variables, non-zero coefficients
     * of either sign (positive after {@link #positive}).
     */
    private record Terms(int[] lits, BigInteger[] coefs, BigInteger k) {
        /** {@code sum c l >= k} as {@code sum -c l >= -k}: "at most" as "at least". */
        Terms negated() {
            BigInteger[] neg = new BigInteger[coefs.length];
            for (int i = 0; i < neg.length; i++) {
                neg[i] = coefs[i].negate();
            }
            return new Terms(lits, neg, k.negate());
        }

        /** Every coefficient positive: {@code c * l = c + |c| * -l} for {@code c < 0}, so k grows by |c|. */
        Terms positive() {
            int[] l = lits.clone();
            BigInteger[] c = coefs.clone();
            BigInteger bound = k;
            for (int i = 0; i < l.length; i++) {
                if (c[i].signum() < 0) {
                    l[i] = -l[i];
                    c[i] = c[i].negate();
                    bound = bound.add(c[i]);
                }
            }
            return new Terms(l, c, bound);
        }

        BigInteger sum() {
            BigInteger s = BigInteger.ZERO;
            for (BigInteger c : coefs) {
                s = s.add(c);
            }
            return s;
        }
    }

    private static void exactly(ClauseSink sink, Terms signed, int bddBudget, Set<Route> routes) {
        Terms t = signed.positive();
        BigInteger sum = t.sum();
        BigInteger k = t.k();
        if (k.signum() < 0 || k.compareTo(sum) > 0) {
            routes.add(Route.TRIVIAL);
            sink.clause();
            return;
        }
        if (k.signum() == 0 || k.equals(sum)) {
            // Every literal false, or every literal true (also covers no terms at all).
            routes.add(Route.UNITS);
            for (int lit : t.lits()) {
                sink.clause(k.signum() == 0 ? -lit : lit);
            }
            return;
        }
        BigInteger g = gcd(t.coefs());
        if (k.mod(g).signum() != 0) {
            // The sum is a multiple of g; k is not.
            routes.add(Route.TRIVIAL);
            sink.clause();
            return;
        }
        BigInteger[] a = divide(t.coefs(), g);
        if (allEqual(a)) {
            // Coefficients all g: exactly k / g literals true.
            routes.add(Route.CARDINALITY);
            Cardinality.encode(sink, t.lits(), Comparison.EXACTLY, k.divide(g).intValueExact());
            return;
        }
        // sum a l >= k, and sum a l <= k as sum a (-l) >= sum - k.
        atLeast(sink, t, bddBudget, routes);
        atLeast(sink, new Terms(Cardinality.negate(t.lits()), t.coefs(), sum.subtract(k)), bddBudget, routes);
    }

    private static void atLeast(ClauseSink sink, Terms signed, int bddBudget, Set<Route> routes) {
        Terms t = signed.positive();
        List<Integer> lits = new ArrayList<>();
        List<BigInteger> coefs = new ArrayList<>();
        for (int i = 0; i < t.lits().length; i++) {
            lits.add(t.lits()[i]);
            coefs.add(t.coefs()[i]);
        }
        BigInteger k = t.k();
        // To a fixpoint: saturate (a term worth more than k is worth k), and make every literal
        // without which the rest cannot reach k a unit clause (it then leaves, k drops by its
        // coefficient, which may saturate others). Each pass removes a term or stops.
        while (true) {
            if (k.signum() <= 0) {
                routes.add(Route.TRIVIAL);
                return;
            }
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i < coefs.size(); i++) {
                if (coefs.get(i).compareTo(k) > 0) {
                    coefs.set(i, k);
                }
                sum = sum.add(coefs.get(i));
            }
            if (sum.compareTo(k) < 0) {
                routes.add(Route.TRIVIAL);
                sink.clause();
                return;
            }
            boolean fixed = false;
            for (int i = coefs.size() - 1; i >= 0; i--) {
                if (sum.subtract(coefs.get(i)).compareTo(k) < 0) {
                    routes.add(Route.UNITS);
                    sink.clause(lits.get(i));
                    // Still "sum without it < k" for the others' test in this pass: the sum
                    // only shrinks and k with it, by the same amount.
                    k = k.subtract(coefs.get(i));
                    sum = sum.subtract(coefs.get(i));
                    lits.remove(i);
                    coefs.remove(i);
                    fixed = true;
                }
            }
            if (!fixed) {
                break;
            }
        }
        int[] l = lits.stream().mapToInt(Integer::intValue).toArray();
        BigInteger[] a = coefs.toArray(new BigInteger[0]);
        // The sum is a multiple of g, so it reaches k exactly when it reaches ceil(k / g).
        BigInteger g = gcd(a);
        a = divide(a, g);
        k = ceilDiv(k, g);
        if (allEqual(a)) {
            // Saturated and divided, all coefficients are 1: at least k of the literals.
            routes.add(Route.CARDINALITY);
            Cardinality.encode(sink, l, Comparison.AT_LEAST, k.intValueExact());
            return;
        }
        // The BDD is worth its size for arc-consistency, up to a point: at most
        // BDD_CLAUSE_FACTOR times the adders' clauses (two clauses per node), as MiniSat+'s mixed
        // mode weighs a BDD against the alternative's size, and never more than the budget.
        long relative = BDD_CLAUSE_FACTOR * AdderNetwork.clauses(a, k) / 2;
        if (PseudoBooleanBdd.encode(sink, l, a, k, (int) Math.min(bddBudget, relative))) {
            routes.add(Route.BDD);
        } else {
            routes.add(Route.ADDERS);
            AdderNetwork.atLeast(sink, l, a, k);
        }
    }

    private static BigInteger gcd(BigInteger[] a) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger c : a) {
            g = g.gcd(c);
            if (g.equals(BigInteger.ONE)) {
                break;
            }
        }
        return g.signum() == 0 ? BigInteger.ONE : g;
    }

    private static BigInteger[] divide(BigInteger[] a, BigInteger g) {
        if (g.equals(BigInteger.ONE)) {
            return a;
        }
        BigInteger[] q = new BigInteger[a.length];
        for (int i = 0; i < a.length; i++) {
            q[i] = a[i].divide(g);
        }
        return q;
    }

    private static BigInteger ceilDiv(BigInteger k, BigInteger g) {
        BigInteger[] qr = k.divideAndRemainder(g);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    private static boolean allEqual(BigInteger[] a) {
        return Arrays.stream(a).distinct().count() <= 1;
    }
}
