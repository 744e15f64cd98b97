package org.mincirc.report;

/** Readable names of the sixteen two-input functions, by 4-bit table (bit va + 2*vb). */
public final class GateNames {
    private static final String[] NAMES = {
        "const0", "nor", "a_and_not_b", "not_b", "not_a_and_b", "not_a", "xor", "nand",
        "and", "xnor", "a", "a_or_not_b", "b", "not_a_or_b", "or", "const1"
    };

    private GateNames() {}

    /** e.g. 0b1000 is "and", 0b0110 "xor", 0b0010 "a_and_not_b". */
    public static String of(int table) {
        return NAMES[table & 0xF];
    }
}
