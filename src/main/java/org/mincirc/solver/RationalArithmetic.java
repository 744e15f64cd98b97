package org.mincirc.solver;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An optional capability of a {@link Backend}: exact real (rational) arithmetic mixed with its
 * Boolean literals, for stating returns through Bellman equations instead of enumerating paths.
 * Real variables have their own numbering (1, 2, ...), apart from Boolean variables. Callers
 * test {@code backend instanceof RationalArithmetic}; sat4j does not offer it.
 */
public interface RationalArithmetic {
    /** A fresh real variable. */
    int newReal();

    /** Number of real variables created so far. */
    int reals();

    /** Asserts {@code sum comparison bound}, exactly. */
    void addLinear(RealSum sum, Comparison comparison, BigFraction bound);

    /** Asserts {@code literal -> (sum comparison bound)}: nothing is said when the literal is false. */
    void addLinearIf(int literal, RealSum sum, Comparison comparison, BigFraction bound);

    /**
     * A fresh Boolean literal l with l <-> (sum >= bound), or with {@code strict} l <-> (sum > bound).
     */
    int reifyAtLeast(RealSum sum, BigFraction bound, boolean strict);

    /**
     * The value of a real variable in the model of the last solve, which must have been SAT and
     * followed by no change to the formula.
     */
    BigFraction realValue(int real);
}
