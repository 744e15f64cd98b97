package org.mincirc.solver;

/** A satisfying assignment: the value of each variable, and of literals in DIMACS form. */
@FunctionalInterface
public interface Model {
    /** The value of variable {@code var} (1-based). */
    boolean value(int var);

    /**
     * A model over variables 1..values.length-1 read from {@code values} (index 0 unused), which
     * the caller must not change afterwards; other variables are an {@link IllegalArgumentException}.
     */
    static Model of(boolean[] values) {
        return var -> {
            if (var < 1 || var >= values.length) {
                throw new IllegalArgumentException("variable " + var + " is not in the model (have "
                        + (values.length - 1) + ")");
            }
            return values[var];
        };
    }

    /** The value of a DIMACS literal: {@code v} true iff variable v is true, {@code -v} its negation. */
    default boolean holds(int literal) {
        return literal > 0 ? value(literal) : !value(-literal);
    }
}
