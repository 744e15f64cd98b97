package org.mincirc.synth;

import java.util.Arrays;
import org.mincirc.model.Basis;
import org.mincirc.circuit.Gate;

/**
 * Minimal circuit sizes by plain enumeration, independent of the SAT encoding: every sequence of
 * up to {@code maxGates} gates, each any table the basis allows that depends on both inputs,
 * over any two distinct earlier nodes (inputs or gates). The size of f is the first length at
 * which some node computes f or its complement; constants and input literals cost 0.
 */
final class BruteForceOracle {
    private final int vars;
    private final int mask;
    private final int[] minSize;
    private final int[] tables;

    BruteForceOracle(int vars, Basis basis) {
        if (vars > 3) {
            throw new IllegalArgumentException("the oracle enumerates functions of at most 3 inputs");
        }
        this.vars = vars;
        this.mask = (1 << (1 << vars)) - 1;
        this.minSize = new int[1 << (1 << vars)];
        this.tables = java.util.stream.IntStream.range(0, 16)
                .filter(t -> basis.allows(t) && Gate.dependsOnBoth(t)).toArray();
    }

    /** Sizes of every function, -1 where more than {@code maxGates} gates are needed. */
    int[] sizes(int maxGates) {
        Arrays.fill(minSize, -1);
        int[] nodes = new int[vars + maxGates];
        for (int i = 0; i < vars; i++) {
            int t = 0;
            for (int r = 0; r < 1 << vars; r++) {
                if ((r >>> i & 1) == 1) {
                    t |= 1 << r;
                }
            }
            nodes[i] = t;
            mark(t, 0);
        }
        mark(0, 0);
        extend(nodes, vars, 0, maxGates);
        return minSize.clone();
    }

    private void mark(int f, int size) {
        for (int g : new int[] {f, ~f & mask}) {
            if (minSize[g] < 0 || minSize[g] > size) {
                minSize[g] = size;
            }
        }
    }

    private void extend(int[] nodes, int count, int gates, int maxGates) {
        if (gates == maxGates) {
            return;
        }
        for (int b = 1; b < count; b++) {
            for (int a = 0; a < b; a++) {
                for (int table : tables) {
                    int f = apply(table, nodes[a], nodes[b]);
                    if (computedAlready(nodes, count, f)) {
                        continue; // a node equal to an earlier one (up to complement) never helps
                    }
                    mark(f, gates + 1);
                    nodes[count] = f;
                    extend(nodes, count + 1, gates + 1, maxGates);
                }
            }
        }
    }

    private boolean computedAlready(int[] nodes, int count, int f) {
        int notF = ~f & mask;
        if (f == 0 || notF == 0) {
            return true;
        }
        for (int i = 0; i < count; i++) {
            if (nodes[i] == f || nodes[i] == notF) {
                return true;
            }
        }
        return false;
    }

    private int apply(int table, int a, int b) {
        int f = 0;
        if ((table & 1) != 0) f |= ~a & ~b;
        if ((table & 2) != 0) f |= a & ~b;
        if ((table & 4) != 0) f |= ~a & b;
        if ((table & 8) != 0) f |= a & b;
        return f & mask;
    }
}
