package org.mincirc.exact;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.StrongComponents;

/**
 * Exact values of a Markov reward chain (states 0..n-1, reward r, successors with probabilities;
 * missing probability mass means the episode ends).
 */
final class ChainValues {
    private ChainValues() {}

    /**
     * Finite horizon H by backward induction: V^0 = 0, V^k(x) = r(x) + gamma sum_y P(x,y) V^{k-1}(y).
     * A state first reached at time d needs V^{H-d}; so step k updates only the states with
     * {@code distance <= H-k} (a prefix, distances being ascending), and each state keeps the last
     * value it got. Once every state is updated and nothing changes, the values are a fixed point
     * of the update and stay so for all remaining steps: the loop stops early (episodes that end,
     * acyclic chains).
     *
     * @return V^{H - distance(x)}(x) for every x
     */
    static BigFraction[] finite(Chain c, int horizon, BigFraction gamma) {
        int n = c.size;
        BigFraction[] value = new BigFraction[n];
        Arrays.fill(value, BigFraction.ZERO);
        BigFraction[] updated = new BigFraction[n];
        int active = n;
        for (int k = 1; k <= horizon; k++) {
            int limit = horizon - k;
            while (active > 0 && c.distance[active - 1] > limit) {
                active--;
            }
            for (int x = 0; x < active; x++) {
                updated[x] = c.reward[x].add(gamma.multiply(expectedNext(c.next[x], c.prob[x], value)));
            }
            boolean fixed = active == n;
            for (int x = 0; x < active; x++) {
                fixed &= updated[x].equals(value[x]);
                value[x] = updated[x];
            }
            if (fixed) {
                break;
            }
        }
        return value;
    }

    static BigFraction expectedNext(int[] next, BigFraction[] prob, BigFraction[] value) {
        BigFraction sum = BigFraction.ZERO;
        for (int j = 0; j < next.length; j++) {
            sum = sum.add(prob[j].multiply(value[next[j]]));
        }
        return sum;
    }

    /**
     * Infinite horizon: the unique solution of (I - gamma P) V = r, exactly. With gamma &lt; 1 the
     * matrix is always nonsingular; with gamma = 1 it is when the chain is absorbing (from every
     * state the episode stops with probability 1), which the loader guarantees for every policy of
     * an undiscounted infinite-horizon mdp by rejecting end components: every component of the
     * chain then leaks probability mass, so its block of I - P is nonsingular. The chain
     * is split into strongly connected components; Tarjan's algorithm emits them sinks first, so
     * each component is solved with its successors' values already known (a chain without cycles
     * needs no elimination at all).
     */
    static BigFraction[] discounted(BigFraction[] reward, int[][] next, BigFraction[][] prob, BigFraction gamma) {
        if (Fractions.compare(gamma, BigFraction.ONE) > 0 || gamma.signum() < 0) {
            throw new IllegalArgumentException("an infinite horizon needs 0 <= discount <= 1, not " + gamma);
        }
        int n = reward.length;
        if (n >= WHOLE_CHAIN_FROM) {
            return wholeChain(reward, next, prob, gamma);
        }
        BigFraction[] value = new BigFraction[n];
        int[] componentOf = new int[n];
        Arrays.fill(componentOf, -1);
        int componentCount = 0;
        for (List<Integer> component : StrongComponents.of(next)) {
            for (int x : component) {
                componentOf[x] = componentCount;
            }
            solveComponent(component, componentCount, componentOf, reward, next, prob, gamma, value);
            componentCount++;
        }
        return value;
    }

    /**
     * From this many states the chain is solved as one sparse system by p-adic lifting instead
     * of component by component: passing a component's values to the next as fractions makes
     * every later right-hand side as long as the answer (the 48 x 48 grid's evaluation did not
     * finish in minutes), while the lifting's right-hand side stays the rewards.
     */
    static final int WHOLE_CHAIN_FROM = 256;

    private static BigFraction[] wholeChain(BigFraction[] reward, int[][] next, BigFraction[][] prob,
                                            BigFraction gamma) {
        int n = reward.length;
        int[][] cols = new int[n][];
        BigFraction[][] vals = new BigFraction[n][];
        for (int x = 0; x < n; x++) {
            java.util.Map<Integer, BigFraction> row = new java.util.LinkedHashMap<>();
            row.put(x, BigFraction.ONE);
            for (int j = 0; j < next[x].length; j++) {
                row.merge(next[x][j], gamma.multiply(prob[x][j]).negate(), BigFraction::add);
            }
            row.values().removeIf(q -> q.signum() == 0);
            cols[x] = row.keySet().stream().mapToInt(Integer::intValue).toArray();
            vals[x] = row.values().toArray(new BigFraction[0]);
        }
        return LinearSolver.solve(new SparseSystem(cols, vals, reward.clone()));
    }

    private static void solveComponent(List<Integer> comp, int id, int[] componentOf, BigFraction[] reward,
                                       int[][] next, BigFraction[][] prob, BigFraction gamma, BigFraction[] value) {
        int m = comp.size();
        int[] position = new int[m];
        java.util.Map<Integer, Integer> pos = new java.util.HashMap<>();
        for (int i = 0; i < m; i++) {
            pos.put(comp.get(i), i);
            position[i] = comp.get(i);
        }
        // Row i: V_x - gamma sum_{y in C} P(x,y) V_y = r_x + gamma sum_{y not in C} P(x,y) V_y,
        // kept by its nonzeros: a component of thousands of states has a few per row.
        int[][] cols = new int[m][];
        BigFraction[][] vals = new BigFraction[m][];
        BigFraction[] b = new BigFraction[m];
        for (int i = 0; i < m; i++) {
            int x = position[i];
            java.util.Map<Integer, BigFraction> row = new java.util.LinkedHashMap<>();
            row.put(i, BigFraction.ONE);
            BigFraction outside = BigFraction.ZERO;
            for (int j = 0; j < next[x].length; j++) {
                int y = next[x][j];
                if (componentOf[y] == id) {
                    row.merge(pos.get(y), gamma.multiply(prob[x][j]).negate(), BigFraction::add);
                } else {
                    outside = outside.add(prob[x][j].multiply(value[y]));
                }
            }
            row.values().removeIf(q -> q.signum() == 0);
            cols[i] = row.keySet().stream().mapToInt(Integer::intValue).toArray();
            vals[i] = row.values().toArray(new BigFraction[0]);
            b[i] = reward[x].add(gamma.multiply(outside));
        }
        BigFraction[] v = LinearSolver.solve(new SparseSystem(cols, vals, b));
        for (int i = 0; i < m; i++) {
            value[position[i]] = v[i];
        }
    }

}
