package org.mincirc.exact;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The policy-improvement test of exact policy iteration, Q(x, o) = r(x, o) + gamma sum_j
 * p_j V(y_j) against V(x), in integers. The values of a policy's chain share a denominator
 * (the determinant's factor), so V = N / D with integers N, and each option's row is scaled once
 * by the lcm L of its own small denominators: Q(x, o) > V(x) exactly when
 * (r L) D + sum_j (gamma p_j L) N_j > L N_x, and two options compare by cross-multiplying their
 * scales. That replaces fraction additions, each reducing
 * numbers thousands of digits long by a gcd, with multiplications by small integers (at 1,024
 * states the fractions took 60% of finding the optimum).
 */
final class ImprovementStep {
    /** Per state and option: the row's scale L, r L, and gamma p_j L per successor. */
    private final BigInteger[][] scale;
    private final BigInteger[][] rewardTerm;
    private final BigInteger[][][] successorTerms;
    private final CodedTarget.Compiled m;

    ImprovementStep(CodedTarget.Compiled m) {
        this.m = m;
        int n = m.size;
        BigFraction gamma = m.mdp.discount();
        scale = new BigInteger[n][];
        rewardTerm = new BigInteger[n][];
        successorTerms = new BigInteger[n][][];
        for (int x = 0; x < n; x++) {
            int options = m.action[x].length;
            scale[x] = new BigInteger[options];
            rewardTerm[x] = new BigInteger[options];
            successorTerms[x] = new BigInteger[options][];
            for (int o = 0; o < options; o++) {
                BigFraction[] weights = new BigFraction[m.prob[x][o].length];
                BigInteger lcm = m.reward[x][o].getDenominator().abs();
                for (int j = 0; j < weights.length; j++) {
                    weights[j] = gamma.multiply(m.prob[x][o][j]);
                    lcm = lcm(lcm, weights[j].getDenominator().abs());
                }
                scale[x][o] = lcm;
                rewardTerm[x][o] = integer(m.reward[x][o], lcm);
                successorTerms[x][o] = new BigInteger[weights.length];
                for (int j = 0; j < weights.length; j++) {
                    successorTerms[x][o][j] = integer(weights[j], lcm);
                }
            }
        }
    }

    /**
     * The values as numerators over one denominator {N_0..N_n-1, D}, or null when the
     * denominators have no small common multiple (then compare as fractions).
     */
    static BigInteger[] overCommonDenominator(BigFraction[] value) {
        BigInteger common = BigInteger.ONE;
        int largest = 1;
        for (BigFraction v : value) {
            BigInteger d = v.getDenominator().abs();
            largest = Math.max(largest, d.bitLength());
            common = lcm(common, d);
            if (common.bitLength() > 4 * largest + 64) {
                return null;
            }
        }
        BigInteger[] scaled = new BigInteger[value.length + 1];
        for (int x = 0; x < value.length; x++) {
            scaled[x] = integer(value[x], common);
        }
        scaled[value.length] = common;
        return scaled;
    }

    /**
     * The option of state x with the greatest Q(x, o) among the permitted ones, if it beats the
     * current option's value V(x) strictly; else {@code current}. V given as
     * {@link #overCommonDenominator}. Q(x, o) D = q / L, compared by cross-multiplying.
     */
    int best(int x, int current, java.util.function.IntPredicate permitted, BigInteger[] scaled) {
        int best = current;
        BigInteger bestQ = scaled[x];
        BigInteger bestScale = BigInteger.ONE;
        for (int o = 0; o < scale[x].length; o++) {
            if (o == current || !permitted.test(o)) {
                continue;
            }
            BigInteger q = scaledQ(x, o, scaled);
            if (q.multiply(bestScale).compareTo(bestQ.multiply(scale[x][o])) > 0) {
                best = o;
                bestQ = q;
                bestScale = scale[x][o];
            }
        }
        return best;
    }

    /** Q(x, o) D L, an integer. */
    private BigInteger scaledQ(int x, int o, BigInteger[] scaled) {
        BigInteger q = rewardTerm[x][o].multiply(scaled[scaled.length - 1]);
        int[] next = m.next[x][o];
        BigInteger[] terms = successorTerms[x][o];
        for (int j = 0; j < next.length; j++) {
            q = q.add(terms[j].multiply(scaled[next[j]]));
        }
        return q;
    }

    private static BigInteger integer(BigFraction q, BigInteger multiple) {
        return q.getNumerator().multiply(multiple).divide(q.getDenominator());
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
