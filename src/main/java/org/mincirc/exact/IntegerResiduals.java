package org.mincirc.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact Bellman residuals (Q(x, a) - V(x)) of a fixed-point estimate V = N / 2^k, in integer
 * arithmetic: each action's reward and discounted probabilities are brought once to a common
 * denominator L, so a residual is (r L 2^k + sum_j gamma p_j L N_j - L N_x) / (L 2^k) with no gcd
 * taken; only the largest residual becomes a fraction. Measured on the 64-state gridworld, the
 * same pass with a fraction per operation spent most of a minute normalizing (gcds of the
 * doubles' 2^-1074-scale denominators); rounding V to k bits first costs nothing in soundness,
 * since the bound built on the residual holds for any V.
 */
final class IntegerResiduals {
    /** Bits below the binary point of the fixed-point estimate. */
    static final int SCALE_BITS = 56;

    private final CodedTarget.Compiled m;
    private final BigInteger[][] denominator;
    private final BigInteger[][] scaledReward;
    private final BigInteger[][][] coefficient;

    IntegerResiduals(CodedTarget.Compiled m) {
        this.m = m;
        BigFraction gamma = m.mdp.discount();
        denominator = new BigInteger[m.size][];
        scaledReward = new BigInteger[m.size][];
        coefficient = new BigInteger[m.size][][];
        for (int x = 0; x < m.size; x++) {
            int k = m.action[x].length;
            denominator[x] = new BigInteger[k];
            scaledReward[x] = new BigInteger[k];
            coefficient[x] = new BigInteger[k][];
            for (int o = 0; o < k; o++) {
                BigFraction[] gp = new BigFraction[m.prob[x][o].length];
                BigInteger l = m.reward[x][o].getDenominator().abs();
                for (int j = 0; j < gp.length; j++) {
                    gp[j] = gamma.multiply(m.prob[x][o][j]);
                    l = lcm(l, gp[j].getDenominator().abs());
                }
                denominator[x][o] = l;
                scaledReward[x][o] = integer(m.reward[x][o], l).shiftLeft(SCALE_BITS);
                coefficient[x][o] = new BigInteger[gp.length];
                for (int j = 0; j < gp.length; j++) {
                    coefficient[x][o][j] = integer(gp[j], l);
                }
            }
        }
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    /** q * l, an integer since l is a multiple of q's denominator. */
    private static BigInteger integer(BigFraction q, BigInteger l) {
        return q.getNumerator().multiply(l).divide(q.getDenominator());
    }

    /** The estimate rounded to k bits: N_x = round(estimate_x * 2^k). */
    static BigInteger[] fixedPoint(double[] estimate) {
        BigInteger[] v = new BigInteger[estimate.length];
        for (int x = 0; x < estimate.length; x++) {
            v[x] = new BigDecimal(Math.rint(Math.scalb(estimate[x], SCALE_BITS))).toBigInteger();
        }
        return v;
    }

    /** max(0, the largest residual over the actions {@code choice} permits), exactly. */
    BigFraction largestResidual(int[] choice, BigInteger[] v) {
        BigInteger bestNum = BigInteger.ZERO;
        BigInteger bestDen = BigInteger.ONE;
        for (int x = 0; x < m.size; x++) {
            int fixed = choice[m.codeIndex[x]];
            for (int o = 0; o < m.action[x].length; o++) {
                if (fixed >= 0 && m.action[x][o] != fixed) {
                    continue;
                }
                BigInteger num = scaledReward[x][o].subtract(denominator[x][o].multiply(v[x]));
                int[] next = m.next[x][o];
                for (int j = 0; j < next.length; j++) {
                    num = num.add(coefficient[x][o][j].multiply(v[next[j]]));
                }
                BigInteger den = denominator[x][o].shiftLeft(SCALE_BITS);
                if (num.multiply(bestDen).compareTo(bestNum.multiply(den)) > 0) {
                    bestNum = num;
                    bestDen = den;
                }
            }
        }
        return BigFraction.of(bestNum, bestDen);
    }
}
