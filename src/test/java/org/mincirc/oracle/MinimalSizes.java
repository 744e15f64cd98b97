package org.mincirc.oracle;

import java.util.Arrays;

/**
 * Brute-force b2 circuit complexity of every single-output Boolean function of 1..3 inputs, as
 * in Knuth's C(f) (TAOCP 7.1.2): inputs and constants cost nothing, a complemented output is
 * free, every other node is a two-input gate. Independent of the synthesis code on purpose.
 *
 * <p>A function is a truth table of 2^n bits, row r = the bits of r with input i at bit i (the
 * rows of {@link org.mincirc.model.Interface}).
 *
 * <p>Size: exhaustive depth-first enumeration of gate sequences of at most {@link #MAX_GATES}
 * gates (every 3-input function needs at most 4). Because complements are free, each node is kept
 * normalized (row 0 gives 0) and a gate applies one of the five normalized operations
 * and(a,b), and(a,~b), and(~a,b), or(a,b), xor(a,b), which are every non-degenerate two-input
 * function up to complementing its output. A gate that repeats an existing node is skipped: a
 * minimal circuit never has one. The first gate index at which a function appears is its size.
 *
 * <p>Depth: breadth over levels: level d holds the functions of circuits of depth at most d.
 */
final class MinimalSizes {
    static final int MAX_INPUTS = 3;
    static final int MAX_GATES = 4;
    static final int UNKNOWN = Integer.MAX_VALUE;

    private static final Table[] TABLES = new Table[MAX_INPUTS + 1];

    private MinimalSizes() {}

    /** The tables for {@code inputs} (1..3) inputs, computed once. */
    static synchronized Table of(int inputs) {
        if (TABLES[inputs] == null) {
            TABLES[inputs] = compute(inputs);
        }
        return TABLES[inputs];
    }

    /** A fresh computation, not cached (for timing). */
    static Table compute(int inputs) {
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("brute force covers 1.." + MAX_INPUTS + " inputs, not " + inputs);
        }
        return new Table(inputs);
    }

    /**
     * Minimal size, minimal depth and the minimal depth among minimum-size circuits, indexed by
     * truth table.
     */
    static final class Table {
        final int inputs;
        final int rows;
        final int mask;
        private final int[] size;
        private final int[] depth;
        private final int[] depthAtMinSize;
        /** [g][f]: the least depth of a circuit of exactly g gates computing f (UNKNOWN: none). */
        private final int[][] depthAtSize;

        private Table(int inputs) {
            this.inputs = inputs;
            this.rows = 1 << inputs;
            this.mask = (int) ((1L << rows) - 1);
            int functions = 1 << rows;
            size = new int[functions];
            depthAtMinSize = new int[functions];
            depth = new int[functions];
            depthAtSize = new int[MAX_GATES + 1][functions];
            for (int[] row : depthAtSize) {
                Arrays.fill(row, UNKNOWN);
            }
            Arrays.fill(size, UNKNOWN);
            Arrays.fill(depthAtMinSize, UNKNOWN);
            Arrays.fill(depth, UNKNOWN);
            enumerateSizes();
            levelDepths();
        }

        /** The number of functions: 2^(2^n). */
        int functions() {
            return size.length;
        }

        int size(int f) {
            return size[f];
        }

        int depth(int f) {
            return depth[f];
        }

        int depthAtMinSize(int f) {
            return depthAtMinSize[f];
        }

        /**
         * The least {@code a·gates + b·depth} over circuits computing f. Exact only if no circuit
         * beyond {@link #MAX_GATES} gates could be cheaper: every such one costs at least
         * a·(MAX_GATES + 1) + b·depth(f); otherwise this throws rather than guess.
         */
        int weightedCost(int f, int a, int b) {
            int best = UNKNOWN;
            for (int g = 0; g <= MAX_GATES; g++) {
                if (depthAtSize[g][f] != UNKNOWN) {
                    best = Math.min(best, a * g + b * depthAtSize[g][f]);
                }
            }
            if (best == UNKNOWN || a * (MAX_GATES + 1) + b * depth[f] < best) {
                throw new IllegalArgumentException("the weighted cost " + a + " size + " + b + " depth of function "
                        + Integer.toBinaryString(f) + " may need more than " + MAX_GATES + " gates; not in the oracle");
            }
            return best;
        }

        /** Input i as a truth table: the rows whose bit i is set. */
        int input(int i) {
            int t = 0;
            for (int r = 0; r < rows; r++) {
                if ((r >>> i & 1) == 1) {
                    t |= 1 << r;
                }
            }
            return t;
        }

        private int[] freeNodes() {
            int[] nodes = new int[inputs];
            for (int i = 0; i < inputs; i++) {
                nodes[i] = input(i);  // row 0 of an input is 0: already normalized
            }
            return nodes;
        }

        private void record(int f, int gates, int d) {
            for (int g : new int[] {f, ~f & mask}) {
                depthAtSize[gates][g] = Math.min(depthAtSize[gates][g], d);
                if (gates < size[g]) {
                    size[g] = gates;
                    depthAtMinSize[g] = d;
                } else if (gates == size[g] && d < depthAtMinSize[g]) {
                    depthAtMinSize[g] = d;
                }
            }
        }

        private void enumerateSizes() {
            record(0, 0, 0);
            int[] free = freeNodes();
            int[] nodes = new int[inputs + MAX_GATES];
            int[] depths = new int[inputs + MAX_GATES];
            for (int i = 0; i < inputs; i++) {
                nodes[i] = free[i];
                record(free[i], 0, 0);
            }
            extend(nodes, depths, inputs, 0);
        }

        /** Adds one more gate in every way to the first {@code count} nodes (of which {@code gates} are gates). */
        private void extend(int[] nodes, int[] depths, int count, int gates) {
            if (gates == MAX_GATES) {
                return;
            }
            for (int j = 1; j < count; j++) {
                for (int i = 0; i < j; i++) {
                    int a = nodes[i];
                    int b = nodes[j];
                    int d = 1 + Math.max(depths[i], depths[j]);
                    for (int op = 0; op < 5; op++) {
                        int f = switch (op) {
                            case 0 -> a & b;
                            case 1 -> a & ~b;
                            case 2 -> ~a & b;
                            case 3 -> a | b;
                            default -> a ^ b;
                        } & mask;
                        if (f == 0 || contains(nodes, count, f)) {
                            continue;
                        }
                        record(f, gates + 1, d);
                        nodes[count] = f;
                        depths[count] = d;
                        extend(nodes, depths, count + 1, gates + 1);
                    }
                }
            }
        }

        private static boolean contains(int[] nodes, int count, int f) {
            for (int k = 0; k < count; k++) {
                if (nodes[k] == f) {
                    return true;
                }
            }
            return false;
        }

        private void levelDepths() {
            boolean[] reached = new boolean[size.length];
            int[] level = new int[size.length];
            int count = 0;
            level[count++] = 0;
            reached[0] = true;
            for (int f : freeNodes()) {
                level[count++] = f;
                reached[f] = true;
            }
            for (int k = 0; k < count; k++) {
                depth[level[k]] = 0;
                depth[~level[k] & mask] = 0;
            }
            for (int d = 1; count < size.length / 2; d++) {
                int before = count;
                for (int j = 1; j < before; j++) {
                    for (int i = 0; i < j; i++) {
                        int a = level[i];
                        int b = level[j];
                        for (int f : new int[] {a & b, a & ~b & mask, ~a & b & mask, a | b, a ^ b}) {
                            if (!reached[f]) {
                                reached[f] = true;
                                level[count++] = f;
                                depth[f] = d;
                                depth[~f & mask] = d;
                            }
                        }
                    }
                }
                if (count == before) {
                    throw new IllegalStateException("depth levels stopped growing at " + d);
                }
            }
        }
    }
}
