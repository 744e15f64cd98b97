package org.mincirc.exact;

import java.util.Arrays;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A square rational system A v = b kept by rows of nonzeros: the systems of policy evaluation,
 * (I - gamma P) v = r, have a few nonzeros per row however many states there are, so they are
 * never stored as n x n matrices on the way to the exact solvers.
 *
 * @param cols per row, the columns of its nonzeros (distinct)
 * @param vals per row, the nonzero values, in the order of {@code cols}
 * @param rhs  the right-hand side b
 */
record SparseSystem(int[][] cols, BigFraction[][] vals, BigFraction[] rhs) {
    SparseSystem {
        if (cols.length != vals.length || cols.length != rhs.length) {
            throw new IllegalArgumentException("rows, values and right-hand side differ in length");
        }
    }

    int size() {
        return rhs.length;
    }

    /** The nonzeros of a dense matrix. */
    static SparseSystem of(BigFraction[][] a, BigFraction[] b) {
        int n = b.length;
        int[][] cols = new int[n][];
        BigFraction[][] vals = new BigFraction[n][];
        for (int i = 0; i < n; i++) {
            int nonzero = 0;
            for (int j = 0; j < n; j++) {
                if (a[i][j].signum() != 0) {
                    nonzero++;
                }
            }
            cols[i] = new int[nonzero];
            vals[i] = new BigFraction[nonzero];
            int k = 0;
            for (int j = 0; j < n; j++) {
                if (a[i][j].signum() != 0) {
                    cols[i][k] = j;
                    vals[i][k++] = a[i][j];
                }
            }
        }
        return new SparseSystem(cols, vals, b.clone());
    }

    /** The dense matrix A (for the direct method on small systems). */
    BigFraction[][] dense() {
        int n = size();
        BigFraction[][] a = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(a[i], BigFraction.ZERO);
            for (int k = 0; k < cols[i].length; k++) {
                a[i][cols[i][k]] = vals[i][k];
            }
        }
        return a;
    }
}
