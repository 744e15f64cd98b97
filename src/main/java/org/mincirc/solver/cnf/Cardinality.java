package org.mincirc.solver.cnf;

import org.mincirc.solver.Comparison;

/**
 * Cardinality constraints as clauses, exact and arc-consistent under unit propagation.
 * Positional: a literal listed twice counts twice, {@code x} and {@code -x} one each.
 *
 * <p>Bounds that need no counter (always true, always false, one clause, all units) are written
 * directly. Otherwise there are two counters: the totalizer (Bailleux and Boufkhad, CP 2003;
 * {@link Totalizer}), O(n log t) auxiliaries, and Sinz's sequential counter (CP 2005), O(n t)
 * auxiliaries, where t is the smaller of the bound and its complement. The totalizer is much
 * smaller for bounds far from 0 and n, and serves "exactly" with one tree where the sequential
 * counter needs two; the sequential counter is smaller for "at most 1" and "at most 2" (3n
 * clauses and n variables against the totalizer's 4n and 2n for at most 1; from 3 on the
 * totalizer wins, by 8x in variables at n = 200, k = 50). Both sizes are known in closed form
 * before anything is written, so each constraint gets whichever is smaller (clauses plus
 * variables).
 */
public final class Cardinality {
    private Cardinality() {}

    /** Which counter {@link #encode} is made to use; {@code CHEAPER} in production. */
    enum Counter { CHEAPER, TOTALIZER, SEQUENTIAL }

    public static void encode(ClauseSink sink, int[] literals, Comparison comparison, int bound) {
        encode(sink, literals, comparison, bound, Counter.CHEAPER);
    }

    static void encode(ClauseSink sink, int[] literals, Comparison comparison, int bound, Counter counter) {
        int n = literals.length;
        // long: n - bound must not overflow for extreme bounds.
        long lo = switch (comparison) {
            case AT_LEAST, EXACTLY -> bound;
            case AT_MOST -> 0;
        };
        long hi = switch (comparison) {
            case AT_MOST, EXACTLY -> bound;
            case AT_LEAST -> n;
        };
        range(sink, literals, Math.max(lo, 0), Math.min(hi, n), counter);
    }

    /** At least {@code lo} and at most {@code hi} of {@code x} (bounds already clipped to [0, n]). */
    private static void range(ClauseSink sink, int[] x, long lo, long hi, Counter counter) {
        int n = x.length;
        if (lo > hi) {
            sink.clause();
            return;
        }
        if (lo == 0 && hi == n) {
            return;
        }
        if (hi == 0) {
            unitsOf(sink, negate(x));
            return;
        }
        if (lo == n) {
            unitsOf(sink, x);
            return;
        }
        // Here n >= 2, 0 <= lo < n, 0 < hi <= n. A side that a single clause states ("at least
        // one", "not all") gets that clause; what is left needs a counter.
        if (lo == 1) {
            sink.clause(x);
            lo = 0;
        }
        if (hi == n - 1) {
            sink.clause(negate(x));
            hi = n;
        }
        if (lo > 0 || hi < n) {
            counted(sink, x, (int) lo, (int) hi, counter);
        }
    }

    private static void counted(ClauseSink sink, int[] x, int lo, int hi, Counter counter) {
        int n = x.length;
        // The totalizer over x counts up to hi + 1 (or lo); over the negations (at least n - hi,
        // at most n - lo) up to n - lo + 1 (or n - hi): the same constraint, different truncation.
        long totalizer = total(Totalizer.cost(n, lo, hi));
        long totalizerNeg = total(Totalizer.cost(n, n - hi, n - lo));
        long sequential = sequentialCost(n, hi) + sequentialCost(n, n - lo);
        Counter use = counter;
        if (use == Counter.CHEAPER) {
            use = sequential < Math.min(totalizer, totalizerNeg) ? Counter.SEQUENTIAL : Counter.TOTALIZER;
        }
        if (use == Counter.SEQUENTIAL) {
            if (hi < n) {
                atMostSequential(sink, x, hi);
            }
            if (lo > 0) {
                atMostSequential(sink, negate(x), n - lo);
            }
        } else if (totalizer <= totalizerNeg) {
            Totalizer.range(sink, x, lo, hi);
        } else {
            Totalizer.range(sink, negate(x), n - hi, n - lo);
        }
    }

    private static long total(long[] varsAndClauses) {
        return varsAndClauses[0] + varsAndClauses[1];
    }

    static int[] negate(int[] literals) {
        int[] neg = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            neg[i] = -literals[i];
        }
        return neg;
    }

    private static void unitsOf(ClauseSink sink, int[] literals) {
        for (int lit : literals) {
            sink.clause(lit);
        }
    }

    /** Variables plus clauses of {@link #atMostSequential} ({@code k >= n}: nothing). */
    private static long sequentialCost(int n, int k) {
        if (k >= n) {
            return 0;
        }
        if (k == 0) {
            return n;
        }
        long vars = (long) (n - 1) * k;
        long clauses = 2L * n * k + n - 3L * k - 1;
        return vars + clauses;
    }

    /**
     * Sinz's sequential counter for "at most k", {@code 0 <= k < n}: {@code s[i][j]} means at
     * least j+1 of {@code x[0..i]} are true, for i < n - 1 (the last literal only needs the check).
     */
    private static void atMostSequential(ClauseSink sink, int[] x, int k) {
        int n = x.length;
        if (k == 0) {
            unitsOf(sink, negate(x));
            return;
        }
        int[][] s = new int[n - 1][k];
        for (int i = 0; i < n - 1; i++) {
            for (int j = 0; j < k; j++) {
                s[i][j] = sink.newVar();
            }
        }
        sink.clause(-x[0], s[0][0]);
        for (int j = 1; j < k; j++) {
            sink.clause(-s[0][j]);
        }
        for (int i = 1; i < n - 1; i++) {
            sink.clause(-x[i], s[i][0]);
            sink.clause(-s[i - 1][0], s[i][0]);
            for (int j = 1; j < k; j++) {
                sink.clause(-x[i], -s[i - 1][j - 1], s[i][j]);
                sink.clause(-s[i - 1][j], s[i][j]);
            }
            sink.clause(-x[i], -s[i - 1][k - 1]);
        }
        sink.clause(-x[n - 1], -s[n - 2][k - 1]);
    }
}
