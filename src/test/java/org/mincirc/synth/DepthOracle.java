package org.mincirc.synth;

import java.util.BitSet;

/**
 * Minimal depth by closure, independent of the encoding: depth-0 functions are constants and
 * input literals; depth d+1 adds every two-input function of two depth-d functions.
 */
final class DepthOracle {
    private DepthOracle() {}

    static int minDepth(int vars, int f) {
        int rows = 1 << vars;
        int functions = 1 << rows;
        int mask = functions - 1;
        BitSet level = new BitSet(functions);
        level.set(0);
        level.set(mask);
        for (int i = 0; i < vars; i++) {
            int t = 0;
            for (int r = 0; r < rows; r++) {
                if ((r >>> i & 1) == 1) {
                    t |= 1 << r;
                }
            }
            level.set(t);
            level.set(~t & mask);
        }
        for (int d = 0; ; d++) {
            if (level.get(f)) {
                return d;
            }
            BitSet next = (BitSet) level.clone();
            int[] members = level.stream().toArray();
            for (int a : members) {
                for (int b : members) {
                    for (int table = 0; table < 16; table++) {
                        int g = 0;
                        if ((table & 1) != 0) g |= ~a & ~b;
                        if ((table & 2) != 0) g |= a & ~b;
                        if ((table & 4) != 0) g |= ~a & b;
                        if ((table & 8) != 0) g |= a & b;
                        next.set(g & mask);
                    }
                }
            }
            level = next;
        }
    }
}
