package org.mincirc.exact;

import java.math.BigInteger;

/**
 * LU factors of a sparse integer matrix modulo a word-sized prime p, kept in a band: rows and
 * columns are first renumbered by reverse Cuthill-McKee (George and Liu, "Computer Solution of
 * Large Sparse Positive Definite Systems", 1981), which gives a gridworld of N x N cells a band
 * of about N, and elimination without pivoting keeps every fill-in inside the band. The cost is
 * n·kl·ku word operations to factor and n·(kl + ku) per solve, instead of the n^3 of a dense
 * inverse; a pivot that vanishes modulo p makes the factorization fail (the caller tries another
 * prime), which for these matrices happens with probability about n / p.
 */
final class BandedLuModP implements DixonSolver.ModPSolver {
    private final long p;
    private final int n;
    private final int kl;
    private final int ku;
    /** new index -> old index. */
    private final int[] order;
    /** band[i][j - i + kl] for columns i - kl .. i + ku: L below the diagonal (unit diagonal implied), U on and above. */
    private final long[][] band;
    private final long[] inverseDiagonal;

    private BandedLuModP(long p, int n, int kl, int ku, int[] order, long[][] band, long[] inverseDiagonal) {
        this.p = p;
        this.n = n;
        this.kl = kl;
        this.ku = ku;
        this.order = order;
        this.band = band;
        this.inverseDiagonal = inverseDiagonal;
    }

    /** The renumbering of rows and columns both: new index -> old index. */
    static int[] reverseCuthillMcKee(int[][] cols) {
        int n = cols.length;
        int[][] adjacent = symmetricPattern(cols);
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        int filled = 0;
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            degree[i] = adjacent[i].length;
        }
        while (filled < n) {
            // Start each connected part at a node of least degree, a cheap pseudo-peripheral choice.
            int start = -1;
            for (int i = 0; i < n; i++) {
                if (!seen[i] && (start < 0 || degree[i] < degree[start])) {
                    start = i;
                }
            }
            int head = filled;
            order[filled++] = start;
            seen[start] = true;
            while (head < filled) {
                int x = order[head++];
                int from = filled;
                for (int y : adjacent[x]) {
                    if (!seen[y]) {
                        seen[y] = true;
                        order[filled++] = y;
                    }
                }
                sortByDegree(order, from, filled, degree);
            }
        }
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static void sortByDegree(int[] a, int from, int to, int[] degree) {
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && degree[a[j]] > degree[x]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static int[][] symmetricPattern(int[][] cols) {
        int n = cols.length;
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : cols[i]) {
                if (j != i) {
                    count[i]++;
                    count[j]++;
                }
            }
        }
        int[][] adjacent = new int[n][];
        for (int i = 0; i < n; i++) {
            adjacent[i] = new int[count[i]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : cols[i]) {
                if (j != i) {
                    adjacent[i][fill[i]++] = j;
                    adjacent[j][fill[j]++] = i;
                }
            }
        }
        // Duplicates (an edge both ways) are harmless: the breadth-first search skips seen nodes.
        return adjacent;
    }

    /** The lower and upper bandwidths of the matrix under an ordering. */
    static int[] bandwidths(int[][] cols, int[] order) {
        int[] position = invert(order);
        int lower = 0;
        int upper = 0;
        for (int i = 0; i < cols.length; i++) {
            int row = position[i];
            for (int j : cols[i]) {
                int col = position[j];
                lower = Math.max(lower, row - col);
                upper = Math.max(upper, col - row);
            }
        }
        return new int[] {lower, upper};
    }

    private static int[] invert(int[] order) {
        int[] position = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        return position;
    }

    /** The factors modulo p, or null when a pivot vanishes modulo p. */
    static BandedLuModP factor(int[][] cols, long[][] vals, int[] order, int kl, int ku, long p) {
        int n = cols.length;
        int[] position = invert(order);
        int width = kl + ku + 1;
        long[][] band = new long[n][width];
        for (int i = 0; i < n; i++) {
            int row = position[i];
            for (int k = 0; k < cols[i].length; k++) {
                int col = position[cols[i][k]];
                band[row][col - row + kl] = mod(vals[i][k], p);
            }
        }
        long[] inverseDiagonal = new long[n];
        for (int k = 0; k < n; k++) {
            long pivot = band[k][kl];
            if (pivot == 0) {
                return null;
            }
            long inv = BigInteger.valueOf(pivot).modInverse(BigInteger.valueOf(p)).longValueExact();
            inverseDiagonal[k] = inv;
            long[] pivotRow = band[k];
            int last = Math.min(n - 1, k + kl);
            int right = Math.min(n - 1, k + ku);
            for (int i = k + 1; i <= last; i++) {
                long[] row = band[i];
                long below = row[k - i + kl];
                if (below == 0) {
                    continue;
                }
                long f = below * inv % p;
                row[k - i + kl] = f;  // L's entry
                for (int j = k + 1; j <= right; j++) {
                    long u = pivotRow[j - k + kl];
                    if (u != 0) {
                        long v = row[j - i + kl] - f * u % p;
                        row[j - i + kl] = v < 0 ? v + p : v;
                    }
                }
            }
        }
        return new BandedLuModP(p, n, kl, ku, order, band, inverseDiagonal);
    }

    /** x with A x = r modulo p; r and x indexed as the original rows and columns. */
    @Override
    public void solve(long[] r, long[] x) {
        long[] y = new long[n];
        for (int i = 0; i < n; i++) {
            long s = r[order[i]];
            long[] row = band[i];
            for (int j = Math.max(0, i - kl); j < i; j++) {
                long l = row[j - i + kl];
                if (l != 0 && y[j] != 0) {
                    s -= l * y[j] % p;
                    if (s < 0) {
                        s += p;
                    }
                }
            }
            y[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            long s = y[i];
            long[] row = band[i];
            int right = Math.min(n - 1, i + ku);
            for (int j = i + 1; j <= right; j++) {
                long u = row[j - i + kl];
                if (u != 0 && y[j] != 0) {
                    s -= u * y[j] % p;
                    if (s < 0) {
                        s += p;
                    }
                }
            }
            y[i] = s * inverseDiagonal[i] % p;
        }
        for (int i = 0; i < n; i++) {
            x[order[i]] = y[i];
        }
    }

    private static long mod(long x, long p) {
        long r = x % p;
        return r < 0 ? r + p : r;
    }
}
