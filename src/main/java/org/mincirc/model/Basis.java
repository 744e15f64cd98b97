package org.mincirc.model;

/**
 * The gate basis: which two-input gate functions a circuit may use. Gate functions are 4-bit
 * tables (see {@code circuit.Gate}); complemented inputs and outputs are free in every basis, so
 * a basis is closed under complementing either input or the output. The one basis of mincirc:
 * queries carry it, the synthesis encodings restrict gates by it, and
 * {@code Circuit.conformsTo(basis::allows)} checks a circuit against it.
 */
public enum Basis {
    /** All two-input Boolean functions (the ten that depend on both inputs are useful). */
    B2,
    /** And-inverter graphs: AND with free complemented edges (tables with one or three ones). */
    AIG,
    /** Xor-and graphs: AND and XOR with free complemented edges. */
    XAG;

    /** True if a gate with this 4-bit table is allowed (b2 allows all sixteen, useful or not). */
    public boolean allows(int table) {
        int t = table & 0xF;
        int ones = Integer.bitCount(t);
        boolean andLike = ones == 1 || ones == 3;
        boolean xorLike = t == 0b0110 || t == 0b1001;
        return switch (this) {
            case B2 -> true;
            case AIG -> andLike;
            case XAG -> andLike || xorLike;
        };
    }

    /** The word of the language's {@code basis} clause and of {@code --basis}. */
    public String keyword() {
        return name().toLowerCase();
    }

    public static Basis ofKeyword(String s) {
        return valueOf(s.toUpperCase());
    }
}
