package org.mincirc.exact;

/**
 * Floating-point estimates that only steer the exact search (which policy to verify first,
 * whether an exact evaluation can pay off). Nothing computed here is ever a result or a bound:
 * every decision that matters for correctness is re-checked in exact arithmetic.
 */
final class FloatGuide {
    private FloatGuide() {}

    /**
     * Policy iteration in doubles from {@code policy} (option index per state, updated in place):
     * usually lands on the exact optimum, so that the exact policy iteration that follows needs a
     * single exact solve to confirm it.
     *
     * @return the estimated values of the final policy, or null if the estimate broke down
     */
    static double[] improve(CodedTarget.Compiled m, int[] choice, int[] policy) {
        double gamma = m.mdp.discount().doubleValue();
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] value = evaluate(m, policy, gamma);
            if (value == null) {
                return null;
            }
            boolean changed = false;
            for (int x = 0; x < m.size; x++) {
                double current = q(m, x, policy[x], gamma, value);
                for (int o = 0; o < m.action[x].length; o++) {
                    int fixed = choice[m.codeIndex[x]];
                    if (o == policy[x] || (fixed >= 0 && m.action[x][o] != fixed)) {
                        continue;
                    }
                    double candidate = q(m, x, o, gamma, value);
                    if (candidate > current + 1e-9 * (1 + Math.abs(current))) {
                        current = candidate;
                        policy[x] = o;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return value;
            }
        }
        return evaluate(m, policy, gamma);
    }

    /** The return of a full code choice, estimated in doubles (finite or infinite horizon). */
    static double value(CodedTarget.Compiled m, int[] fullChoice) {
        int[] policy = new int[m.size];
        for (int x = 0; x < m.size; x++) {
            policy[x] = m.optionOf(x, fullChoice[m.codeIndex[x]]);
        }
        double gamma = m.mdp.discount().doubleValue();
        double[] value;
        if (m.mdp.horizon().isPresent()) {
            int horizon = m.mdp.horizon().getAsInt();
            value = new double[m.size];
            double[] updated = new double[m.size];
            int active = m.size;
            for (int k = 1; k <= horizon; k++) {
                while (active > 0 && m.distance[active - 1] > horizon - k) {
                    active--;
                }
                for (int x = 0; x < active; x++) {
                    updated[x] = q(m, x, policy[x], gamma, value);
                }
                boolean fixed = active == m.size;
                for (int x = 0; x < active; x++) {
                    fixed &= updated[x] == value[x];
                    value[x] = updated[x];
                }
                if (fixed) {
                    break;
                }
            }
        } else {
            value = evaluate(m, policy, gamma);
            if (value == null) {
                return Double.NaN;
            }
        }
        double sum = 0;
        for (int x = 0; x < m.size && m.distance[x] == 0; x++) {
            sum += m.init[x].doubleValue() * value[x];
        }
        return sum;
    }

    private static double q(CodedTarget.Compiled m, int x, int o, double gamma, double[] value) {
        double sum = 0;
        int[] next = m.next[x][o];
        for (int j = 0; j < next.length; j++) {
            sum += m.probD[x][o][j] * value[next[j]];
        }
        return m.rewardD[x][o] + gamma * sum;
    }

    /** (I - gamma P) V = r in doubles with partial pivoting; null if it looks singular. */
    private static double[] evaluate(CodedTarget.Compiled m, int[] policy, double gamma) {
        int n = m.size;
        double[][] a = new double[n][n + 1];
        for (int x = 0; x < n; x++) {
            a[x][x] = 1;
            int o = policy[x];
            for (int j = 0; j < m.next[x][o].length; j++) {
                a[x][m.next[x][o][j]] -= gamma * m.probD[x][o][j];
            }
            a[x][n] = m.rewardD[x][o];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) < 1e-300) {
                return null;
            }
            double[] t = a[pivot];
            a[pivot] = a[c];
            a[c] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                if (f != 0) {
                    for (int k = c; k <= n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] v = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * v[k];
            }
            v[r] = s / a[r][r];
        }
        return v;
    }
}
