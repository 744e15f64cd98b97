package org.mincirc.circuit.io;

import org.mincirc.circuit.Gate;

/**
 * Human-readable views of a gate's 4-bit table f(a, b) (bit va + 2*vb, see {@link Gate}):
 * a short name for labels and an operator expression for Verilog.
 */
final class GateFunction {
    private GateFunction() {}

    /** Bit patterns of the functions that have a conventional name. */
    static final int FALSE = 0b0000, NOR = 0b0001, AND = 0b1000, NAND = 0b0111, OR = 0b1110,
            XOR = 0b0110, XNOR = 0b1001, TRUE = 0b1111, A = 0b1010, NOT_A = 0b0101, B = 0b1100, NOT_B = 0b0011;

    /** The table as four binary digits, f(1,1) first, as in {@code Circuit.toString}. */
    static String bits(int table) {
        return Integer.toBinaryString(table | 16).substring(1);
    }

    /** A short name: AND, OR, XOR, ... for the symmetric functions, an ASCII formula otherwise. */
    static String name(int table) {
        return switch (table) {
            case FALSE -> "FALSE";
            case TRUE -> "TRUE";
            case AND -> "AND";
            case NAND -> "NAND";
            case OR -> "OR";
            case NOR -> "NOR";
            case XOR -> "XOR";
            case XNOR -> "XNOR";
            default -> expression(table, "a", "b", "0", "1");
        };
    }

    /** True if the table is unchanged when the inputs are swapped. */
    static boolean symmetric(int table) {
        return Gate.swap(table) == table;
    }

    /**
     * The function as a Verilog-style expression over the operand texts {@code a} and {@code b}
     * (identifiers or constants); {@code zero} and {@code one} spell the constant tables.
     */
    static String expression(int table, String a, String b, String zero, String one) {
        int ones = Integer.bitCount(table);
        if (table == FALSE) {
            return zero;
        }
        if (table == TRUE) {
            return one;
        }
        switch (table) {
            case A: return a;
            case NOT_A: return "~" + a;
            case B: return b;
            case NOT_B: return "~" + b;
            case XOR: return a + " ^ " + b;
            case XNOR: return "~(" + a + " ^ " + b + ")";
            default: break;
        }
        if (ones == 1) {
            // The single true row (va, vb): a conjunction of two literals.
            int row = Integer.numberOfTrailingZeros(table);
            return literal(a, (row & 1) == 1) + " & " + literal(b, (row & 2) != 0);
        }
        // ones == 3: the single false row (va, vb) gives a disjunction of the opposite literals.
        int row = Integer.numberOfTrailingZeros(~table & 0xF);
        return literal(a, (row & 1) == 0) + " | " + literal(b, (row & 2) == 0);
    }

    private static String literal(String operand, boolean positive) {
        return positive ? operand : "~" + operand;
    }
}
