package org.mincirc.circuit;

/**
 * A two-input gate: fan-ins {@code a} and {@code b} are node ids (see {@link Circuit}) and
 * {@code table} is f(a, b) as a 4-bit truth table, bit (va + 2*vb) = f(va, vb). Complemented
 * fan-ins are absorbed into the table, so one representation serves b2, aig and xag.
 */
public record Gate(int table, int a, int b) {
    public Gate {
        if ((table & ~0xF) != 0) {
            throw new IllegalArgumentException("gate table must be 4 bits: " + table);
        }
    }

    public boolean eval(boolean va, boolean vb) {
        return (table >>> ((va ? 1 : 0) + (vb ? 2 : 0)) & 1) == 1;
    }

    /** Word-parallel evaluation over 64 rows at a time. */
    public long eval(long va, long vb) {
        long r = 0;
        if ((table & 1) != 0) r |= ~va & ~vb;
        if ((table & 2) != 0) r |= va & ~vb;
        if ((table & 4) != 0) r |= ~va & vb;
        if ((table & 8) != 0) r |= va & vb;
        return r;
    }

    /** True if the 4-bit function depends on both of its inputs. */
    public static boolean dependsOnBoth(int table) {
        boolean dependsOnA = ((table ^ (table >>> 1)) & 0b0101) != 0;
        boolean dependsOnB = ((table ^ (table >>> 2)) & 0b0011) != 0;
        return dependsOnA && dependsOnB;
    }

    /** The table of this function with its first input complemented. */
    public static int complementA(int table) {
        return ((table & 0b0101) << 1) | ((table & 0b1010) >>> 1);
    }

    /** The table of this function with its second input complemented. */
    public static int complementB(int table) {
        return ((table & 0b0011) << 2) | ((table & 0b1100) >>> 2);
    }

    /** The table with the inputs swapped. */
    public static int swap(int table) {
        return (table & 0b1001) | ((table & 0b0010) << 1) | ((table & 0b0100) >>> 1);
    }
}
