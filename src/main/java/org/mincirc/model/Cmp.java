package org.mincirc.model;

/** Comparison operators of return atoms. */
public enum Cmp {
    LT("<"), LE("<="), EQ("=="), GE(">="), GT(">"), NE("!=");

    private final String symbol;

    Cmp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Applies the operator to the result of a {@code compareTo}. */
    public boolean holds(int comparison) {
        return switch (this) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case EQ -> comparison == 0;
            case GE -> comparison >= 0;
            case GT -> comparison > 0;
            case NE -> comparison != 0;
        };
    }

    public static Cmp ofSymbol(String s) {
        for (Cmp c : values()) {
            if (c.symbol.equals(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a comparison: " + s);
    }
}
