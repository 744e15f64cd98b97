package org.mincirc.exact;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/** Exact solution of a square, nonsingular rational system A v = b. */
final class LinearSolver {
    private LinearSolver() {}

    /**
     * Solves A v = b exactly: by p-adic lifting for larger systems (verified by substitution,
     * else the direct method), by Bareiss elimination otherwise. Each row is scaled to integers (which does not change the solution),
     * then eliminated with Bareiss's fraction-free method (Bareiss 1968, "Sylvester's identity and
     * multistep integer-preserving Gaussian elimination"): every intermediate entry is a minor of
     * the matrix, divided exactly, so numbers stay as small as the determinant allows and no gcd
     * is ever taken. Only the back substitution uses fractions.
     */
    static BigFraction[] solve(BigFraction[][] a, BigFraction[] b) {
        return solve(SparseSystem.of(a, b));
    }

    /** As {@link #solve(BigFraction[][], BigFraction[])}, for a system given by its nonzeros. */
    static BigFraction[] solve(SparseSystem system) {
        if (system.size() >= DIXON_FROM && !DIRECT_ONLY) {
            BigFraction[] v = DixonSolver.solve(system);
            if (v != null) {
                return v;  // verified exactly by substitution
            }
        }
        return bareiss(system.dense(), system.rhs());
    }

    /**
     * Systems from this many unknowns on go to p-adic lifting first ({@link DixonSolver}): below,
     * Bareiss is as fast; above, its numbers grow as long as the determinant (measured: the
     * 144-state gridworld's evaluations took most of a minute).
     */
    static final int DIXON_FROM = 24;

    /** -Dmincirc.exact.direct=true: Bareiss only, for the before/after measurement of bench/exact-scaling.sh. */
    private static final boolean DIRECT_ONLY = Boolean.getBoolean("mincirc.exact.direct");

    /** Bareiss elimination alone (also the reference the tests compare the lifting with). */
    static BigFraction[] bareiss(BigFraction[][] a, BigFraction[] b) {
        int n = b.length;
        BigInteger[][] m = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            m[i] = integerRow(a[i], b[i]);
        }
        BigInteger previous = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            int pivot = k;
            while (pivot < n && m[pivot][k].signum() == 0) {
                pivot++;
            }
            if (pivot == n) {
                throw new ArithmeticException("singular linear system");
            }
            BigInteger[] swap = m[pivot];
            m[pivot] = m[k];
            m[k] = swap;
            BigInteger[] rowK = m[k];
            BigInteger akk = rowK[k];
            for (int i = k + 1; i < n; i++) {
                BigInteger[] row = m[i];
                BigInteger aik = row[k];
                for (int j = k + 1; j <= n; j++) {
                    BigInteger t = row[j].multiply(akk);
                    if (aik.signum() != 0 && rowK[j].signum() != 0) {
                        t = t.subtract(aik.multiply(rowK[j]));
                    }
                    row[j] = previous.equals(BigInteger.ONE) ? t : t.divide(previous);
                }
                row[k] = BigInteger.ZERO;
            }
            previous = akk;
        }
        BigFraction[] v = new BigFraction[n];
        for (int i = n - 1; i >= 0; i--) {
            BigFraction sum = BigFraction.of(m[i][n]);
            for (int j = i + 1; j < n; j++) {
                if (m[i][j].signum() != 0) {
                    sum = sum.subtract(v[j].multiply(m[i][j]));
                }
            }
            v[i] = sum.divide(m[i][i]);
        }
        return v;
    }

    /** The row [a | b] times the lcm of its denominators: integers with the same solution set. */
    private static BigInteger[] integerRow(BigFraction[] a, BigFraction b) {
        int n = a.length;
        BigInteger lcm = BigInteger.ONE;
        for (int j = 0; j <= n; j++) {
            BigInteger d = (j < n ? a[j] : b).getDenominator().abs();
            if (!d.equals(BigInteger.ONE)) {
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
        }
        BigInteger[] row = new BigInteger[n + 1];
        for (int j = 0; j <= n; j++) {
            BigFraction x = j < n ? a[j] : b;
            BigInteger num = x.getNumerator();
            BigInteger den = x.getDenominator();
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            row[j] = num.multiply(lcm.divide(den));
        }
        return row;
    }
}
