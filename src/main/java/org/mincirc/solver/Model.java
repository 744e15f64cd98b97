package org.mincirc.solver;

/** A satisfying assignment: the value of each variable, and of literals in DIMACS form. */
@FunctionalInterface
public interface Model {
    /** The value of variable {@code var} (1-based). */
    boolean value(int var);

    /** The value of a DIMACS literal: {@code v} true iff variable v is true, {@code -v} its negation. */
    default boolean holds(int literal) {
        return literal > 0 ? value(literal) : !value(-literal);
    }
}
