package org.mincirc.exact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact solution of a nonsingular rational system A v = b by p-adic lifting (Dixon 1982, "Exact
 * solution of linear equations using p-adic expansions"): A is factored once modulo a word-sized
 * prime p, the solution's p-adic digits are lifted one solve modulo p and one sparse
 * matrix-vector product at a time, and each component is read back as a fraction by rational
 * reconstruction (Wang 1981; the half extended Euclid). The numbers stay word-sized except the
 * expansion, which is assembled only when a reconstruction is tried.
 *
 * <p>The factorization is a banded LU after a reverse Cuthill-McKee renumbering
 * ({@link BandedLuModP}) when the band is narrow, as it is for policy evaluation on gridworlds
 * (a few nonzeros per row, a band about the grid's side); otherwise a dense inverse. So an
 * n-state system with band w costs about n·w^2 word operations once and n·w per digit.
 *
 * <p>Nothing here is trusted: the reconstructed vector is accepted only when A v = b holds
 * exactly (an integer check with one common denominator). A guess that fails the check only
 * means more digits are lifted; past a digit budget, or when A is singular modulo every prime
 * tried, the caller is told to use the direct method ({@code null}).
 */
final class DixonSolver {
    /** Primes below 2^31, so that a product of two residues fits a long. */
    private static final long[] PRIMES = {2147483647L, 2147483629L, 2147483587L};

    /** Residuals move to longs once they fit below this and the rows are small (see {@link #lift}). */
    private static final long SMALL_RESIDUAL = 1L << 60;
    private static final long SMALL_ROW = 1L << 30;

    private DixonSolver() {}

    /** A solver of A x = r modulo p, A fixed. */
    interface ModPSolver {
        void solve(long[] r, long[] x);
    }

    /** The solution, or null when this method gave up (then solve directly). */
    static BigFraction[] solve(BigFraction[][] a, BigFraction[] b) {
        return solve(SparseSystem.of(a, b));
    }

    /** The solution, or null when this method gave up (then solve directly). */
    static BigFraction[] solve(SparseSystem system) {
        int n = system.size();
        // Rows scaled to integers; entries beyond a long mean: use the direct method.
        int[][] cols = system.cols();
        long[][] vals = new long[n][];
        // The right-hand side carries the values of components solved before (long fractions):
        // it is brought to one common denominator instead, so the matrix stays word-sized.
        BigFraction[] scaledRhs = new BigFraction[n];
        BigInteger rhsDenominator = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigFraction[] row = system.vals()[i];
            BigInteger lcm = BigInteger.ONE;
            for (BigFraction x : row) {
                lcm = lcm(lcm, x.getDenominator().abs());
            }
            vals[i] = new long[row.length];
            for (int k = 0; k < row.length; k++) {
                BigInteger v = scaled(row[k], lcm);
                if (v.bitLength() > 62) {
                    return null;
                }
                vals[i][k] = v.longValueExact();
            }
            scaledRhs[i] = system.rhs()[i].multiply(lcm);
            rhsDenominator = lcm(rhsDenominator, scaledRhs[i].getDenominator().abs());
        }
        BigInteger[] rhs = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            rhs[i] = scaled(scaledRhs[i], rhsDenominator);
        }
        BigFraction unscale = BigFraction.of(BigInteger.ONE, rhsDenominator);
        int[] order = BandedLuModP.reverseCuthillMcKee(cols);
        int[] bands = BandedLuModP.bandwidths(cols, order);
        // The band pays when its factor work n·kl·ku is well below the dense n^3.
        boolean banded = (long) (bands[0] + 1) * (bands[1] + 1) * 4 <= (long) n * n;
        for (long p : PRIMES) {
            ModPSolver solver = banded ? BandedLuModP.factor(cols, vals, order, bands[0], bands[1], p)
                    : DenseInverse.of(cols, vals, n, p);
            if (solver != null) {
                BigFraction[] v = lift(cols, vals, rhs, solver, p);
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

    /** The inverse modulo p by Gauss-Jordan, for systems whose band is not narrow. */
    private static final class DenseInverse implements ModPSolver {
        private final long[][] inverse;
        private final long p;

        private DenseInverse(long[][] inverse, long p) {
            this.inverse = inverse;
            this.p = p;
        }

        /** Null if A is singular modulo p. */
        static DenseInverse of(int[][] cols, long[][] vals, int n, long p) {
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
            return new DenseInverse(inverse, p);
        }

        @Override
        public void solve(long[] r, long[] x) {
            int n = r.length;
            for (int i = 0; i < n; i++) {
                long s = 0;
                long[] row = inverse[i];
                for (int j = 0; j < n; j++) {
                    if (r[j] != 0 && row[j] != 0) {
                        s = (s + row[j] * r[j]) % p;
                    }
                }
                x[i] = s;
            }
        }
    }

    /**
     * The lifting: residual_0 = b; digit_k = A^-1 residual_k mod p; residual_{k+1} =
     * (residual_k - A digit_k) / p, an exact division by construction; the solution is
     * sum_k digit_k p^k modulo p^K. The residuals shrink to about the rows' sums after a few
     * steps, and from then on are kept in longs.
     */
    private static BigFraction[] lift(int[][] cols, long[][] vals, BigInteger[] rhs, ModPSolver solver, long p) {
        int n = rhs.length;
        BigInteger bigP = BigInteger.valueOf(p);
        BigInteger[] residual = rhs.clone();
        long[] small = null;
        boolean rowsSmall = true;
        for (long[] row : vals) {
            long sum = 0;
            for (long v : row) {
                sum += Math.abs(v);
                if (sum >= SMALL_ROW) {
                    rowsSmall = false;
                }
            }
        }
        List<int[]> digits = new ArrayList<>();
        long[] digit = new long[n];
        long[] reduced = new long[n];
        int budget = 64 + 40 * n;  // far beyond the Hadamard bound's digits for these entries
        int nextTry = 4;
        Expansion expansion = new Expansion(digits, bigP);
        for (int step = 1; step <= budget; step++) {
            for (int i = 0; i < n; i++) {
                reduced[i] = small != null ? Math.floorMod(small[i], p) : residual[i].mod(bigP).longValue();
            }
            solver.solve(reduced, digit);
            int[] stored = new int[n];
            for (int i = 0; i < n; i++) {
                stored[i] = (int) digit[i];  // below 2^31
            }
            digits.add(stored);
            if (small != null) {
                for (int i = 0; i < n; i++) {
                    long sum = 0;
                    for (int k = 0; k < cols[i].length; k++) {
                        sum += vals[i][k] * digit[cols[i][k]];
                    }
                    small[i] = (small[i] - sum) / p;
                }
            } else {
                boolean fits = rowsSmall;
                for (int i = 0; i < n; i++) {
                    BigInteger sum = BigInteger.ZERO;
                    for (int k = 0; k < cols[i].length; k++) {
                        long d = digit[cols[i][k]];
                        if (d != 0) {
                            sum = sum.add(BigInteger.valueOf(vals[i][k]).multiply(BigInteger.valueOf(d)));
                        }
                    }
                    residual[i] = residual[i].subtract(sum).divide(bigP);
                    fits &= residual[i].bitLength() < 60;
                }
                if (fits) {
                    small = new long[n];
                    for (int i = 0; i < n; i++) {
                        small[i] = residual[i].longValueExact();
                    }
                }
            }
            if (step == nextTry || step == budget) {
                nextTry = step + Math.max(4, step / 2);
                BigFraction[] v = reconstruct(expansion, n, bigP.pow(step));
                if (v != null && satisfies(cols, vals, rhs, v)) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * The p-adic expansions sum_k digit_k p^k of the components, assembled on demand by binary
     * splitting (the powers of p shared by every component), so lifting never adds to numbers
     * as long as the answer.
     */
    private static final class Expansion {
        private final List<int[]> digits;
        private final BigInteger p;
        private final Map<Integer, BigInteger> powers = new HashMap<>();

        Expansion(List<int[]> digits, BigInteger p) {
            this.digits = digits;
            this.p = p;
        }

        BigInteger of(int component) {
            return range(component, 0, digits.size());
        }

        private BigInteger range(int i, int lo, int hi) {
            if (hi - lo <= 2) {
                BigInteger v = BigInteger.ZERO;
                for (int k = hi - 1; k >= lo; k--) {
                    v = v.multiply(p).add(BigInteger.valueOf(digits.get(k)[i]));
                }
                return v;
            }
            int mid = (lo + hi) >>> 1;
            return range(i, lo, mid).add(range(i, mid, hi).multiply(power(mid - lo)));
        }

        private BigInteger power(int e) {
            return powers.computeIfAbsent(e, p::pow);
        }
    }

    /** Every component as a fraction with numerator and denominator below sqrt(modulus / 2), or null. */
    private static BigFraction[] reconstruct(Expansion expansion, int n, BigInteger modulus) {
        BigInteger limit = modulus.shiftRight(1).sqrt();
        BigInteger half = modulus.shiftRight(1);
        BigFraction[] v = new BigFraction[n];
        BigInteger common = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger e = expansion.of(i);
            // Components usually share a denominator (the determinant's factor): try it first.
            BigInteger guess = e.multiply(common).mod(modulus);
            if (guess.compareTo(half) > 0) {
                guess = guess.subtract(modulus);
            }
            if (guess.abs().compareTo(limit) <= 0) {
                v[i] = BigFraction.of(guess, common);
                continue;
            }
            BigInteger[] q = rational(e, modulus, limit);
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
