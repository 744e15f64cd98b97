package org.mincirc.solver;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/**
 * An incremental SAT solver with optional pseudo-Boolean constraints. Literals are DIMACS
 * integers: variable {@code v >= 1} is the literal {@code v}, its negation {@code -v}.
 * Constraints may be added after a solve and the solver asked again (CEGAR, enumeration by
 * blocking clauses). Adding a constraint that makes the formula trivially contradictory is
 * not an error: later solves answer {@link Outcome.Unsat}.
 */
public interface Backend extends AutoCloseable {
    /** A fresh variable. */
    int newVar();

    /** {@code count} fresh consecutive variables; returns the first. */
    default int newVars(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("newVars needs a positive count");
        }
        int first = newVar();
        for (int i = 1; i < count; i++) {
            newVar();
        }
        return first;
    }

    /** Number of variables created so far. */
    int variables();

    /** Number of constraints added so far (clauses, cardinality and PB constraints). */
    int constraints();

    /** Adds the clause (disjunction of literals); an empty clause makes the formula false. */
    void addClause(int... literals);

    /** sum of literals (each counting 1) compared with {@code bound}. */
    void addCardinality(int[] literals, Comparison comparison, int bound);

    default void addAtMost(int[] literals, int bound) {
        addCardinality(literals, Comparison.AT_MOST, bound);
    }

    default void addAtLeast(int[] literals, int bound) {
        addCardinality(literals, Comparison.AT_LEAST, bound);
    }

    default void addExactly(int[] literals, int bound) {
        addCardinality(literals, Comparison.EXACTLY, bound);
    }

    /** True if {@link #addPseudoBoolean} is available. */
    boolean supportsPseudoBoolean();

    /**
     * sum of coefficient_i * literal_i compared with {@code bound}, exactly (arbitrary-precision
     * coefficients). Throws {@link UnsupportedOperationException} if {@link #supportsPseudoBoolean()}
     * is false.
     */
    void addPseudoBoolean(int[] literals, List<BigInteger> coefficients, Comparison comparison, BigInteger bound);

    /**
     * Solves under the assumptions (literals taken as true for this call only), giving up after
     * {@code timeLimit} (null: no limit) with {@link Outcome.Unknown}.
     */
    Outcome solve(int[] assumptions, Duration timeLimit);

    default Outcome solve(Duration timeLimit) {
        return solve(new int[0], timeLimit);
    }

    /**
     * Asks a {@link #solve} running in another thread to stop soon with {@link Outcome.Unknown};
     * safe to call from any thread, and a no-op when nothing runs. A call that lands just
     * before a solve starts may be missed, so a caller that must stop a solve repeats it until
     * the solve returns (the portfolio does). The backend stays usable afterwards.
     */
    void interrupt();

    /** The backend's name as the factory knows it. */
    String name();

    @Override
    void close();
}
