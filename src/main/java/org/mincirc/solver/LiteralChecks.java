package org.mincirc.solver;

import java.math.BigInteger;
import java.util.List;

/** Argument checks every backend makes before handing literals to its solver. */
public final class LiteralChecks {
    private LiteralChecks() {}

    /** Each literal is a non-zero, signed number of a variable that exists. */
    public static void literals(int[] literals, int variables) {
        for (int lit : literals) {
            if (lit == 0 || Math.abs(lit) > variables) {
                throw new IllegalArgumentException("literal " + lit + " names no variable (have " + variables + ")");
            }
        }
    }

    /** As {@link #literals}, and one coefficient per literal. */
    public static void pseudoBoolean(int[] literals, List<BigInteger> coefficients, int variables) {
        literals(literals, variables);
        if (coefficients.size() != literals.length) {
            throw new IllegalArgumentException("one coefficient per literal");
        }
    }
}
