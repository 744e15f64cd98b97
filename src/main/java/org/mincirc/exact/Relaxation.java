package org.mincirc.exact;

import java.util.Arrays;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The best return of one compiled mdp when the codes fixed so far keep their action and every
 * other state may choose freely among its allowed actions, fully observed and (finite horizon)
 * non-stationary. Every policy expressible by the interface that agrees with the fixed codes is
 * one of those choices, so this is a sound upper bound; with every code fixed it is the exact
 * return of that policy.
 */
final class Relaxation {
    private Relaxation() {}

    /**
     * @param value the optimum of the relaxation
     * @param decision the chosen action code per state (finite horizon: at its earliest time)
     * @param mixed per state, true if its best action differs between times (finite horizon)
     * @param exact true if value is the relaxation's exact optimum (and decision attains it);
     *     false if value is only a sound upper bound on it and decision a floating-point guess
     */
    record Result(BigFraction value, int[] decision, boolean[] mixed, boolean exact) {}

    /**
     * @param exactRequired whether an infinite-horizon relaxation must be solved exactly; if not,
     *     a cheaper sound upper bound may be returned (see {@link #upperBound})
     */
    static Result solve(CodedTarget.Compiled m, int[] choice, int[] warmStart, boolean exactRequired) {
        if (m.mdp.horizon().isPresent()) {
            return finite(m, choice, m.mdp.horizon().getAsInt());
        }
        return discounted(m, choice, warmStart, exactRequired);
    }

    private static boolean permitted(CodedTarget.Compiled m, int[] choice, int x, int o) {
        int fixed = choice[m.codeIndex[x]];
        return fixed < 0 || m.action[x][o] == fixed;
    }

    /** Backward induction with a max, as in {@link ChainValues#finite} (same early fixed point). */
    private static Result finite(CodedTarget.Compiled m, int[] choice, int horizon) {
        int n = m.size;
        BigFraction gamma = m.mdp.discount();
        BigFraction[] value = new BigFraction[n];
        Arrays.fill(value, BigFraction.ZERO);
        BigFraction[] updated = new BigFraction[n];
        int[] decision = new int[n];
        int[] best = new int[n];
        boolean[] mixed = new boolean[n];
        boolean[] decided = new boolean[n];
        int active = n;
        for (int k = 1; k <= horizon; k++) {
            int limit = horizon - k;
            while (active > 0 && m.distance[active - 1] > limit) {
                active--;
            }
            for (int x = 0; x < active; x++) {
                BigFraction top = null;
                for (int o = 0; o < m.action[x].length; o++) {
                    if (!permitted(m, choice, x, o)) {
                        continue;
                    }
                    BigFraction q = m.reward[x][o].add(gamma.multiply(ChainValues.expectedNext(m.next[x][o], m.prob[x][o], value)));
                    if (top == null || Fractions.compare(q, top) > 0) {
                        top = q;
                        best[x] = m.action[x][o];
                    }
                }
                updated[x] = top;
            }
            boolean fixed = active == n;
            for (int x = 0; x < active; x++) {
                fixed &= updated[x].equals(value[x]);
                value[x] = updated[x];
                if (decided[x] && decision[x] != best[x]) {
                    mixed[x] = true;
                }
                decision[x] = best[x];
                decided[x] = true;
            }
            if (fixed) {
                break;
            }
        }
        return new Result(expectation(m, value), decision, mixed, true);
    }

    /**
     * Exact policy iteration (Howard 1960; Puterman, Markov Decision Processes, 6.4): evaluate by
     * an exact linear solve, switch a state only on strict improvement, stop when nothing changes.
     * With gamma = 1 it is the stochastic shortest path problem in which every policy is proper
     * (the loader rejects end components), where policy iteration converges to the optimum just
     * the same (Bertsekas and Tsitsiklis 1991, "An analysis of stochastic shortest path problems").
     */
    private static Result discounted(CodedTarget.Compiled m, int[] choice, int[] warmStart, boolean exactRequired) {
        int n = m.size;
        int[] policy = new int[n];
        for (int x = 0; x < n; x++) {
            int o = warmStart == null ? -1 : m.optionOf(x, warmStart[x]);
            if (o < 0 || !permitted(m, choice, x, o)) {
                o = 0;
                while (!permitted(m, choice, x, o)) {
                    o++;
                }
            }
            policy[x] = o;
        }
        double[] estimate = FloatGuide.improve(m, choice, policy);
        if (!exactRequired && estimate != null) {
            int[] decision = new int[n];
            for (int x = 0; x < n; x++) {
                decision[x] = m.action[x][policy[x]];
            }
            return new Result(upperBound(m, choice, estimate), decision, new boolean[n], false);
        }
        BigFraction[] value = iterate(m, choice, policy);
        int[] decision = new int[n];
        for (int x = 0; x < n; x++) {
            decision[x] = m.action[x][policy[x]];
        }
        return new Result(expectation(m, value), decision, new boolean[n], true);
    }

    /**
     * The optimal value of every state over all options (no code fixed), by exact policy
     * iteration from the first option of each state.
     */
    static BigFraction[] values(CodedTarget.Compiled m) {
        int[] choice = new int[m.codeIndex.length == 0 ? 0 : java.util.Arrays.stream(m.codeIndex).max().getAsInt() + 1];
        Arrays.fill(choice, -1);
        return iterate(m, choice, new int[m.size]);
    }

    /** Exact policy iteration from {@code policy} (updated in place); the final policy's values. */
    private static BigFraction[] iterate(CodedTarget.Compiled m, int[] choice, int[] policy) {
        int n = m.size;
        BigFraction gamma = m.mdp.discount();
        BigFraction[] reward = new BigFraction[n];
        int[][] next = new int[n][];
        BigFraction[][] prob = new BigFraction[n][];
        while (true) {
            for (int x = 0; x < n; x++) {
                reward[x] = m.reward[x][policy[x]];
                next[x] = m.next[x][policy[x]];
                prob[x] = m.prob[x][policy[x]];
            }
            BigFraction[] value = ChainValues.discounted(reward, next, prob, gamma);
            java.math.BigInteger[] scaled = ImprovementStep.overCommonDenominator(value);
            ImprovementStep step = scaled == null ? null : m.improvementStep();
            boolean changed = false;
            for (int x = 0; x < n; x++) {
                if (step != null) {
                    final int state = x;
                    int better = step.best(x, policy[x], o -> permitted(m, choice, state, o), scaled);
                    if (better != policy[x]) {
                        policy[x] = better;
                        changed = true;
                    }
                    continue;
                }
                BigFraction current = value[x];
                for (int o = 0; o < m.action[x].length; o++) {
                    if (o == policy[x] || !permitted(m, choice, x, o)) {
                        continue;
                    }
                    BigFraction q = m.reward[x][o].add(gamma.multiply(ChainValues.expectedNext(m.next[x][o], m.prob[x][o], value)));
                    if (Fractions.compare(q, current) > 0) {
                        current = q;
                        policy[x] = o;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return value;
            }
        }
    }

    /**
     * A sound upper bound on the optimal discounted value from any estimate V (rounded to a
     * fixed-point rational, {@link IntegerResiduals}): with c = max(0, max_x (TV - V)(x)) / (1 - gamma), where T is the Bellman
     * optimality operator over the permitted actions, V + c satisfies V + c >= T(V + c), hence
     * V + c >= V* (T is monotone and a gamma-contraction; Puterman 6.2). Costs one exact pass
     * over the transitions instead of exact linear solves.
     *
     * <p>Undiscounted (gamma = 1, no end components): with c = max(0, max_x (TV - V)(x)) and N the
     * most expected steps to stop (N = 1 + max_a P_a N, {@link CodedTarget.Compiled#stepsToStop}),
     * W = V + c N satisfies TW &lt;= TV + c max_a P_a N &lt;= V + c + c (N - 1) = W, and since every
     * policy is proper, TW &lt;= W implies W &gt;= V* (Bertsekas and Tsitsiklis 1991). N is solved
     * exactly once per compiled mdp.
     */
    static BigFraction upperBound(CodedTarget.Compiled m, int[] choice, double[] estimate) {
        BigFraction gamma = m.mdp.discount();
        java.math.BigInteger[] v = IntegerResiduals.fixedPoint(estimate);
        BigFraction worst = m.residuals().largestResidual(choice, v);
        boolean undiscounted = gamma.compareTo(BigFraction.ONE) == 0;
        BigFraction c = undiscounted ? worst : worst.divide(BigFraction.ONE.subtract(gamma));
        BigFraction[] steps = undiscounted ? m.stepsToStop() : null;
        BigFraction scale = BigFraction.of(java.math.BigInteger.ONE.shiftLeft(IntegerResiduals.SCALE_BITS));
        BigFraction sum = BigFraction.ZERO;
        for (int x = 0; x < m.size && m.distance[x] == 0; x++) {
            BigFraction slack = undiscounted ? c.multiply(steps[x]) : c;
            sum = sum.add(m.init[x].multiply(BigFraction.of(v[x]).divide(scale).add(slack)));
        }
        return sum;
    }

    private static BigFraction expectation(CodedTarget.Compiled m, BigFraction[] value) {
        BigFraction sum = BigFraction.ZERO;
        for (int x = 0; x < m.size && m.distance[x] == 0; x++) {
            sum = sum.add(m.init[x].multiply(value[x]));
        }
        return sum;
    }
}
