package org.mincirc.solver.cnf;

/**
 * The totalizer of Bailleux and Boufkhad ("Efficient CNF encoding of Boolean cardinality
 * constraints", CP 2003): a balanced binary tree whose every node counts, in unary, how many of
 * the literals below it are true. Output {@code r[s-1]} of a node means "at least s of my
 * literals are true". Two families of clauses define it:
 * <ul>
 * <li>up: {@code a_i & b_j -> r_(i+j)} (enough to forbid too many: "at most"),</li>
 * <li>down: {@code !a_(i+1) & !b_(j+1) -> !r_(i+j+1)} (enough to forbid too few: "at least"),</li>
 * </ul>
 * where {@code a}, {@code b} are the children's outputs, {@code a_0} is true and {@code a_i} for
 * {@code i} beyond the child's size is false. Either family alone makes the bound it serves
 * arc-consistent under unit propagation, and each output is then one-sidedly defined, which is
 * all the asserted bound needs.
 *
 * <p>Outputs are truncated at the count that matters ({@code t}): a node with more literals keeps
 * only "at least 1" .. "at least t" (the k-simplification of Büttner and Rintanen, 2005), so the
 * tree has O(n log t) outputs and O(n t) clauses instead of O(n^2). The root gets no outputs:
 * the asserted bound is folded into its clauses.
 *
 * <p>Positional: a literal listed twice counts twice, {@code x} and {@code -x} count one each.
 */
final class Totalizer {
    private Totalizer() {}

    /**
     * Clauses for "at least {@code lo} and at most {@code hi} of {@code x} are true", where
     * {@code 0 <= lo <= hi <= n}, {@code n >= 2} and at least one side is a real restriction
     * ({@code lo > 0} or {@code hi < n}).
     */
    static void range(ClauseSink sink, int[] x, int lo, int hi) {
        int n = x.length;
        boolean up = hi < n;
        boolean down = lo > 0;
        if (n < 2 || lo < 0 || hi > n || lo > hi || !(up || down)) {
            throw new IllegalArgumentException("totalizer range [" + lo + ", " + hi + "] over " + n);
        }
        int t = up ? hi + 1 : lo;
        int half = n / 2;
        int[] a = outputs(sink, x, 0, half, t, up, down);
        int[] b = outputs(sink, x, half, n, t, up, down);
        if (up) {
            // not (a_i and b_j) for i + j = hi + 1: together they would exceed hi.
            int s = hi + 1;
            for (int i = Math.max(0, s - b.length); i <= Math.min(a.length, s); i++) {
                int j = s - i;
                sink.clause(pair(i == 0 ? 0 : -a[i - 1], j == 0 ? 0 : -b[j - 1]));
            }
        }
        if (down) {
            // a_(i+1) or b_(j+1) for i + j = lo - 1: otherwise at most i + j < lo are true.
            int s = lo - 1;
            for (int i = Math.max(0, s - b.length); i <= Math.min(a.length, s); i++) {
                int j = s - i;
                sink.clause(pair(i < a.length ? a[i] : 0, j < b.length ? b[j] : 0));
            }
        }
    }

    /** The node over {@code x[from..to)}: its outputs "at least 1" .. "at least min(size, t)". */
    private static int[] outputs(ClauseSink sink, int[] x, int from, int to, int t, boolean up, boolean down) {
        if (to - from == 1) {
            return new int[] {x[from]};
        }
        int mid = (from + to) >>> 1;
        int[] a = outputs(sink, x, from, mid, t, up, down);
        int[] b = outputs(sink, x, mid, to, t, up, down);
        int m = Math.min(to - from, t);
        int[] r = new int[m];
        for (int s = 0; s < m; s++) {
            r[s] = sink.newVar();
        }
        for (int i = 0; i <= a.length; i++) {
            for (int j = 0; j <= b.length; j++) {
                if (up && i + j >= 1 && i + j <= m) {
                    sink.clause(triple(i == 0 ? 0 : -a[i - 1], j == 0 ? 0 : -b[j - 1], r[i + j - 1]));
                }
                // A child truncated at t has a[i] whenever i + j + 1 <= m <= t; one that is not
                // truncated cannot have more than its size true, so the missing literal is false.
                if (down && i + j + 1 <= m) {
                    sink.clause(triple(i < a.length ? a[i] : 0, j < b.length ? b[j] : 0, -r[i + j]));
                }
            }
        }
        return r;
    }

    /**
     * Size of {@link #range} without building it: {vars, clauses}. Mirrors the construction, so
     * {@link Cardinality} can pick the smaller encoding before writing either.
     */
    static long[] cost(int n, int lo, int hi) {
        boolean up = hi < n;
        boolean down = lo > 0;
        int t = up ? hi + 1 : lo;
        int half = n / 2;
        long[] total = new long[2];
        int ma = nodeCost(half, t, up, down, total);
        int mb = nodeCost(n - half, t, up, down, total);
        if (up) {
            total[1] += pairsWithSum(ma, mb, hi + 1, hi + 1);
        }
        if (down) {
            total[1] += pairsWithSum(ma, mb, lo - 1, lo - 1);
        }
        return total;
    }

    private static int nodeCost(int size, int t, boolean up, boolean down, long[] total) {
        if (size == 1) {
            return 1;
        }
        int ma = nodeCost(size / 2, t, up, down, total);
        int mb = nodeCost(size - size / 2, t, up, down, total);
        int m = Math.min(size, t);
        total[0] += m;
        if (up) {
            total[1] += pairsWithSum(ma, mb, 1, m);
        }
        if (down) {
            total[1] += pairsWithSum(ma, mb, 0, m - 1);
        }
        return m;
    }

    /** Pairs (i, j) with 0 <= i <= ma, 0 <= j <= mb and lo <= i + j <= hi. */
    private static long pairsWithSum(int ma, int mb, int lo, int hi) {
        long count = 0;
        for (int i = 0; i <= ma; i++) {
            int jlo = Math.max(0, lo - i);
            int jhi = Math.min(mb, hi - i);
            if (jhi >= jlo) {
                count += jhi - jlo + 1;
            }
        }
        return count;
    }

    /** A clause of the non-zero ones among two literals (0: absent, i.e. false). */
    private static int[] pair(int p, int q) {
        if (p == 0) {
            return q == 0 ? new int[0] : new int[] {q};
        }
        return q == 0 ? new int[] {p} : new int[] {p, q};
    }

    private static int[] triple(int p, int q, int r) {
        int[] pq = pair(p, q);
        int[] c = java.util.Arrays.copyOf(pq, pq.length + 1);
        c[pq.length] = r;
        return c;
    }
}
