package org.mincirc.model;

import java.util.Optional;

/** Operators of {@code circuit} blocks; {@code table} is the 4-bit truth table f(a,b) at bit a+2b. */
public enum GateOp {
    AND(0b1000, 2), OR(0b1110, 2), XOR(0b0110, 2), NAND(0b0111, 2), NOR(0b0001, 2), XNOR(0b1001, 2),
    /** Complement: free, as complemented outputs and edges are free in Knuth's C(f). */
    NOT(0, 1);

    private final int table;
    private final int arity;

    GateOp(int table, int arity) {
        this.table = table;
        this.arity = arity;
    }

    public int table() {
        return table;
    }

    public int arity() {
        return arity;
    }

    public String keyword() {
        return name().toLowerCase();
    }

    public static Optional<GateOp> ofKeyword(String word) {
        for (GateOp op : values()) {
            if (op.keyword().equals(word)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
