package org.mincirc.solver.cnf;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pseudo-Boolean constraint as a reduced, ordered BDD, built with the interval memoization of
 * Abío, Nieuwenhuis, Oliveras and Rodríguez-Carbonell ("BDDs for pseudo-Boolean constraints –
 * revisited", SAT 2011), and written as two clauses per node.
 *
 * <p>Work on {@code sum c_j x_j <= K} over levels {@code j = i..n-1} (the paper's form). For a
 * fixed level, the bounds K that give the same Boolean function form an interval
 * {@code [beta, gamma]}; once a node is built, every K in its interval reuses it. Calls with
 * {@code K < 0} are false and with {@code K >= c_i + .. + c_(n-1)} true; otherwise the two
 * children (x_i false: K; true: K - c_i) give the node's interval as
 * {@code [beta0, gamma0] ∩ [beta1 + c_i, gamma1 + c_i]}, and the node is the child itself when
 * both children are the same (the BDD is reduced). Variables go in order of decreasing
 * coefficient, as in MiniSat+ (Eén and Sörensson, JSAT 2006): large coefficients near the root
 * settle most of the sum early, which keeps the number of distinct residual bounds small.
 *
 * <p>Clauses: the constraint is monotone (decreasing in every x: the true branch implies the
 * false branch), so for a node v = ite(x, hi, lo) the two clauses {@code v -> lo} and
 * {@code v & x -> hi}, with v true at the root, already say "the path the assignment takes ends
 * in true" (Eén and Sörensson; Abío et al. show unit propagation on them is arc-consistent,
 * which {@code PseudoBooleanTest} checks by brute force). Exact: an assignment that satisfies
 * the constraint extends by giving every node its function's value; one that violates it forces
 * the nodes along its path true down to the false terminal.
 *
 * <p>Some constraints have no polynomial BDD in any variable order (Abío et al. prove it, unless
 * NP = co-NP), so the construction stops at a budget of memo entries (nodes plus intervals that
 * reuse a deeper node), before anything is written.
 */
final class PseudoBooleanBdd {
    private static final int FALSE = -1;
    private static final int TRUE = -2;

    private PseudoBooleanBdd() {}

    /**
     * Writes {@code sum a_i l_i >= k} ({@code 0 < a_i <= k <= sum a_i}, distinct variables) as a
     * BDD, or writes nothing and returns false if that takes more than {@code budget} memo entries.
     */
    static boolean encode(ClauseSink sink, int[] lits, BigInteger[] a, BigInteger k, int budget) {
        int n = lits.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing((Integer i) -> a[i]).reversed());
        // sum a l >= k  iff  sum a (-l) <= sum a - k: the BDD variables are the negated literals.
        int[] x = new int[n];
        BigInteger[] c = new BigInteger[n];
        for (int p = 0; p < n; p++) {
            x[p] = -lits[order[p]];
            c[p] = a[order[p]];
        }
        Builder b = new Builder(c, budget);
        BigInteger sum = b.rest[0];
        Ref root = b.build(sum.subtract(k));
        if (root == null) {
            return false;
        }
        if (root.node == TRUE) {
            return true;
        }
        if (root.node == FALSE) {
            sink.clause();
            return true;
        }
        // Nodes were made children first, so each node's children already have variables.
        int[] var = new int[b.size];
        for (int v = 0; v < b.size; v++) {
            var[v] = sink.newVar();
            int lit = x[b.level[v]];
            int lo = b.lo[v];
            int hi = b.hi[v];
            if (lo == FALSE) {
                sink.clause(-var[v]);
            } else if (lo != TRUE) {
                sink.clause(-var[v], var[lo]);
            }
            if (hi == FALSE) {
                sink.clause(-var[v], -lit);
            } else if (hi != TRUE) {
                sink.clause(-var[v], -lit, var[hi]);
            }
        }
        sink.clause(var[root.node]);
        return true;
    }

    /** A node and the interval of bounds it stands for at the level it was asked for (null: infinite). */
    private record Ref(int node, BigInteger beta, BigInteger gamma) {}

    private static final class Builder {
        final BigInteger[] c;
        /** rest[i] = c_i + .. + c_(n-1). */
        final BigInteger[] rest;
        final int budget;
        final TreeMap<BigInteger, Ref>[] memo;
        int entries;
        int[] level = new int[16];
        int[] hi = new int[16];
        int[] lo = new int[16];
        int size;

        @SuppressWarnings("unchecked")
        Builder(BigInteger[] c, int budget) {
            this.c = c;
            this.budget = budget;
            int n = c.length;
            rest = new BigInteger[n + 1];
            rest[n] = BigInteger.ZERO;
            for (int i = n - 1; i >= 0; i--) {
                rest[i] = rest[i + 1].add(c[i]);
            }
            memo = new TreeMap[n];
            for (int i = 0; i < n; i++) {
                memo[i] = new TreeMap<>();
            }
        }

        /** Terminal or memoized node for {@code sum_(j >= i) c_j x_j <= K}, or null if it must be built. */
        Ref lookup(int i, BigInteger bound) {
            if (bound.signum() < 0) {
                return new Ref(FALSE, null, BigInteger.ONE.negate());
            }
            if (bound.compareTo(rest[i]) >= 0) {
                return new Ref(TRUE, rest[i], null);
            }
            Map.Entry<BigInteger, Ref> e = memo[i].floorEntry(bound);
            if (e != null && bound.compareTo(e.getValue().gamma) <= 0) {
                return e.getValue();
            }
            return null;
        }

        /** One level of the recursion: level i, bound K, and the false child once known. */
        private static final class Frame {
            final int i;
            final BigInteger bound;
            int phase;
            Ref low;

            Frame(int i, BigInteger bound) {
                this.i = i;
                this.bound = bound;
            }
        }

        /**
         * The paper's recursive BDDConstruction with an explicit stack (a constraint may have
         * thousands of terms, one recursion level each); null when over budget.
         */
        Ref build(BigInteger bound) {
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(0, bound));
            Ref result = null;
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.phase == 0) {
                    Ref known = lookup(f.i, f.bound);
                    if (known != null) {
                        result = known;
                        stack.pop();
                    } else {
                        f.phase = 1;
                        stack.push(new Frame(f.i + 1, f.bound));
                    }
                } else if (f.phase == 1) {
                    f.low = result;
                    f.phase = 2;
                    stack.push(new Frame(f.i + 1, f.bound.subtract(c[f.i])));
                } else {
                    Ref high = result;
                    Ref low = f.low;
                    // 0 <= K < rest[i] here, so the function is neither constant and its
                    // interval is finite: K in low's interval and K - c_i in high's.
                    BigInteger beta = max(low.beta, plus(high.beta, c[f.i]));
                    BigInteger gamma = min(low.gamma, plus(high.gamma, c[f.i]));
                    int node = low.node == high.node ? low.node : node(f.i, high.node, low.node);
                    if (++entries > budget) {
                        return null;
                    }
                    result = new Ref(node, beta, gamma);
                    memo[f.i].put(beta, result);
                    stack.pop();
                }
            }
            return result;
        }

        private int node(int i, int high, int low) {
            if (size == level.length) {
                level = Arrays.copyOf(level, 2 * size);
                hi = Arrays.copyOf(hi, 2 * size);
                lo = Arrays.copyOf(lo, 2 * size);
            }
            level[size] = i;
            hi[size] = high;
            lo[size] = low;
            return size++;
        }

        /** null is minus infinity. */
        private static BigInteger max(BigInteger p, BigInteger q) {
            return p == null ? q : q == null ? p : p.max(q);
        }

        /** null is plus infinity. */
        private static BigInteger min(BigInteger p, BigInteger q) {
            return p == null ? q : q == null ? p : p.min(q);
        }

        private static BigInteger plus(BigInteger p, BigInteger q) {
            return p == null ? null : p.add(q);
        }
    }
}
