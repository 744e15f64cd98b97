package org.mincirc.circuit;

/**
 * Literals as in AIGER: {@code 2*node + complement}. Node 0 is the constant false, nodes
 * 1..n the inputs, then the gates; so literal 0 is false and literal 1 is true.
 */
public final class Lit {
    public static final int FALSE = 0;
    public static final int TRUE = 1;

    private Lit() {}

    public static int of(int node, boolean complemented) {
        return 2 * node + (complemented ? 1 : 0);
    }

    public static int node(int lit) {
        return lit >>> 1;
    }

    public static boolean complemented(int lit) {
        return (lit & 1) == 1;
    }

    public static int not(int lit) {
        return lit ^ 1;
    }
}
