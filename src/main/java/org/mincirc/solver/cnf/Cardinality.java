package org.mincirc.solver.cnf;

import org.mincirc.solver.Comparison;

/**
 * Cardinality constraints as clauses: Sinz's sequential counter (CP 2005) for "at most k",
 * "at least k" as "at most n - k" of the negations, "exactly" as both. O(n k) clauses and
 * auxiliary variables, arc-consistent under unit propagation.
 */
public final class Cardinality {
    private Cardinality() {}

    public static void encode(ClauseSink sink, int[] literals, Comparison comparison, int bound) {
        switch (comparison) {
            case AT_MOST -> atMost(sink, literals, bound);
            case AT_LEAST -> atMost(sink, negate(literals), literals.length - bound);
            case EXACTLY -> {
                atMost(sink, literals, bound);
                atMost(sink, negate(literals), literals.length - bound);
            }
        }
    }

    static int[] negate(int[] literals) {
        int[] neg = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            neg[i] = -literals[i];
        }
        return neg;
    }

    private static void atMost(ClauseSink sink, int[] x, int k) {
        int n = x.length;
        if (k < 0) {
            sink.clause();
            return;
        }
        if (k >= n) {
            return;
        }
        if (k == 0) {
            for (int lit : x) {
                sink.clause(-lit);
            }
            return;
        }
        // s[i][j]: at least j+1 of x[0..i] are true.
        int[][] s = new int[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                s[i][j] = sink.newVar();
            }
        }
        sink.clause(-x[0], s[0][0]);
        for (int j = 1; j < k; j++) {
            sink.clause(-s[0][j]);
        }
        for (int i = 1; i < n; i++) {
            sink.clause(-x[i], s[i][0]);
            sink.clause(-s[i - 1][0], s[i][0]);
            for (int j = 1; j < k; j++) {
                sink.clause(-x[i], -s[i - 1][j - 1], s[i][j]);
                sink.clause(-s[i - 1][j], s[i][j]);
            }
            sink.clause(-x[i], -s[i - 1][k - 1]);
        }
    }
}
