package org.mincirc.exact;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact solution of a nonsingular rational system A v = b by p-adic lifting (Dixon 1982, "Exact
 * solution of linear equations using p-adic expansions"): A is inverted once modulo a word-sized
 * prime p, the solution's p-adic digits are lifted one matrix-vector product at a time, and each
 * component is read back as a fraction by rational reconstruction (Wang 1981; the half extended
 * Euclid). The numbers stay word-sized except the residual and the expansion, so an n-state
 * system costs about n^3 word operations once plus n^2 per digit, instead of Bareiss' n^3
 * operations on numbers as long as the determinant.
 *
 * <p>Nothing here is trusted: the reconstructed vector is accepted only when A v = b holds
 * exactly (an integer check with one common denominator). A guess that fails the check only
 * means more digits are lifted; past a digit budget, or when A is singular modulo every prime
 * tried, the caller is told to use the direct method ({@code null}).
 */
final class DixonSolver {
    /** Primes below 2^31, so that a product of two residues fits a long. */
    private static final long[] PRIMES = {2147483647L, 2147483629L, 2147483587L};

    private DixonSolver() {}

    /** The solution, or null when this method gave up (then solve directly). */
    static BigFraction[] solve(BigFraction[][] a, BigFraction[] b) {
        int n = b.length;
        // Rows scaled to integers, kept sparse; entries beyond a long mean: use the direct method.
        int[][] cols = new int[n][];
        long[][] vals = new long[n][];
        // The right-hand side carries the values of components solved before (long fractions):
        // it is brought to one common denominator instead, so the matrix stays word-sized.
        BigFraction[] scaledRhs = new BigFraction[n];
        BigInteger rhsDenominator = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger lcm = BigInteger.ONE;
            int nonzero = 0;
            for (int j = 0; j < n; j++) {
                if (a[i][j].signum() != 0) {
                    nonzero++;
                    lcm = lcm(lcm, a[i][j].getDenominator().abs());
                }
            }
            cols[i] = new int[nonzero];
            vals[i] = new long[nonzero];
            int k = 0;
            for (int j = 0; j < n; j++) {
                if (a[i][j].signum() != 0) {
                    BigInteger v = scaled(a[i][j], lcm);
                    if (v.bitLength() > 62) {
                        return null;
                    }
                    cols[i][k] = j;
                    vals[i][k++] = v.longValueExact();
                }
            }
            scaledRhs[i] = b[i].multiply(lcm);
            rhsDenominator = lcm(rhsDenominator, scaledRhs[i].getDenominator().abs());
        }
        BigInteger[] rhs = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            rhs[i] = scaled(scaledRhs[i], rhsDenominator);
        }
        BigFraction unscale = BigFraction.of(BigInteger.ONE, rhsDenominator);
        for (long p : PRIMES) {
            long[][] inverse = inverseModP(cols, vals, n, p);
            if (inverse != null) {
                BigFraction[] v = lift(cols, vals, rhs, inverse, p);
                if (v == null) {
                    return null;
                }
                for (int i = 0; i < n; i++) {
                    v[i] = v[i].multiply(unscale);
                }
                return v;
            }
        }
        return null;
    }

    private static BigInteger lcm(BigInteger x, BigInteger y) {
        return x.divide(x.gcd(y)).multiply(y);
    }

    private static BigInteger scaled(BigFraction q, BigInteger lcm) {
        return q.getNumerator().multiply(lcm).divide(q.getDenominator());
    }

    private static long mod(long x, long p) {
        long r = x % p;
        return r < 0 ? r + p : r;
    }

    /** Gauss-Jordan modulo p; null if A is singular modulo p. */
    private static long[][] inverseModP(int[][] cols, long[][] vals, int n, long p) {
        long[][] m = new long[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < cols[i].length; k++) {
                m[i][cols[i][k]] = mod(vals[i][k], p);
            }
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            while (pivot < n && m[pivot][c] == 0) {
                pivot++;
            }
            if (pivot == n) {
                return null;
            }
            long[] t = m[pivot];
            m[pivot] = m[c];
            m[c] = t;
            long inv = BigInteger.valueOf(m[c][c]).modInverse(BigInteger.valueOf(p)).longValueExact();
            long[] row = m[c];
            for (int j = 0; j < 2 * n; j++) {
                row[j] = row[j] * inv % p;
            }
            for (int r = 0; r < n; r++) {
                long f = m[r][c];
                if (r == c || f == 0) {
                    continue;
                }
                long[] other = m[r];
                for (int j = 0; j < 2 * n; j++) {
                    if (row[j] != 0) {
                        long v = other[j] - f * row[j] % p;
                        other[j] = v < 0 ? v + p : v;
                    }
                }
            }
        }
        long[][] inverse = new long[n][];
        for (int i = 0; i < n; i++) {
            inverse[i] = Arrays.copyOfRange(m[i], n, 2 * n);
        }
        return inverse;
    }

    private static BigFraction[] lift(int[][] cols, long[][] vals, BigInteger[] rhs, long[][] inverse, long p) {
        int n = rhs.length;
        BigInteger bigP = BigInteger.valueOf(p);
        BigInteger[] residual = rhs.clone();
        BigInteger[] expansion = new BigInteger[n];
        Arrays.fill(expansion, BigInteger.ZERO);
        BigInteger modulus = BigInteger.ONE;
        long[] digit = new long[n];
        long[] reduced = new long[n];
        int budget = 64 + 40 * n;  // far beyond the Hadamard bound's digits for these entries
        int nextTry = 4;
        for (int step = 1; step <= budget; step++) {
            for (int i = 0; i < n; i++) {
                reduced[i] = residual[i].mod(bigP).longValue();
            }
            for (int i = 0; i < n; i++) {
                long s = 0;
                long[] row = inverse[i];
                for (int j = 0; j < n; j++) {
                    if (reduced[j] != 0 && row[j] != 0) {
                        s = (s + row[j] * reduced[j]) % p;
                    }
                }
                digit[i] = s;
            }
            // residual <- (residual - A digit) / p, an exact division by construction
            for (int i = 0; i < n; i++) {
                BigInteger sum = BigInteger.ZERO;
                for (int k = 0; k < cols[i].length; k++) {
                    long d = digit[cols[i][k]];
                    if (d != 0) {
                        sum = sum.add(BigInteger.valueOf(vals[i][k]).multiply(BigInteger.valueOf(d)));
                    }
                }
                residual[i] = residual[i].subtract(sum).divide(bigP);
            }
            for (int i = 0; i < n; i++) {
                if (digit[i] != 0) {
                    expansion[i] = expansion[i].add(modulus.multiply(BigInteger.valueOf(digit[i])));
                }
            }
            modulus = modulus.multiply(bigP);
            if (step == nextTry || step == budget) {
                nextTry = step + Math.max(4, step / 2);
                BigFraction[] v = reconstruct(expansion, modulus);
                if (v != null && satisfies(cols, vals, rhs, v)) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Every component as a fraction with numerator and denominator below sqrt(modulus / 2), or null. */
    private static BigFraction[] reconstruct(BigInteger[] expansion, BigInteger modulus) {
        BigInteger limit = modulus.shiftRight(1).sqrt();
        BigInteger half = modulus.shiftRight(1);
        BigFraction[] v = new BigFraction[expansion.length];
        BigInteger common = BigInteger.ONE;
        for (int i = 0; i < expansion.length; i++) {
            // Components usually share a denominator (the determinant's factor): try it first.
            BigInteger guess = expansion[i].multiply(common).mod(modulus);
            if (guess.compareTo(half) > 0) {
                guess = guess.subtract(modulus);
            }
            if (guess.abs().compareTo(limit) <= 0) {
                v[i] = BigFraction.of(guess, common);
                continue;
            }
            BigInteger[] q = rational(expansion[i], modulus, limit);
            if (q == null) {
                return null;
            }
            v[i] = BigFraction.of(q[0], q[1]);
            common = lcm(common, q[1]);
        }
        return v;
    }

    /** Wang's rational reconstruction of u modulo m: {num, den} with |num|, den <= limit, or null. */
    private static BigInteger[] rational(BigInteger u, BigInteger m, BigInteger limit) {
        BigInteger r0 = m;
        BigInteger r1 = u.mod(m);
        BigInteger t0 = BigInteger.ZERO;
        BigInteger t1 = BigInteger.ONE;
        while (r1.compareTo(limit) > 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            r0 = r1;
            r1 = qr[1];
            BigInteger t = t0.subtract(qr[0].multiply(t1));
            t0 = t1;
            t1 = t;
        }
        if (t1.signum() == 0 || t1.abs().compareTo(limit) > 0 || !r1.gcd(t1).equals(BigInteger.ONE)) {
            return null;
        }
        return t1.signum() < 0 ? new BigInteger[] {r1.negate(), t1.negate()} : new BigInteger[] {r1, t1};
    }

    /** A v == b exactly, with one common denominator. */
    private static boolean satisfies(int[][] cols, long[][] vals, BigInteger[] rhs, BigFraction[] v) {
        BigInteger common = BigInteger.ONE;
        for (BigFraction x : v) {
            common = lcm(common, x.getDenominator().abs());
        }
        BigInteger[] scaled = new BigInteger[v.length];
        for (int j = 0; j < v.length; j++) {
            scaled[j] = v[j].getNumerator().multiply(common).divide(v[j].getDenominator());
        }
        for (int i = 0; i < rhs.length; i++) {
            BigInteger sum = BigInteger.ZERO;
            for (int k = 0; k < cols[i].length; k++) {
                sum = sum.add(BigInteger.valueOf(vals[i][k]).multiply(scaled[cols[i][k]]));
            }
            if (!sum.equals(rhs[i].multiply(common))) {
                return false;
            }
        }
        return true;
    }
}
