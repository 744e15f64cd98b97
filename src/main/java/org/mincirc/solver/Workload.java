package org.mincirc.solver;

/**
 * What kind of formula a default backend is picked for: the fastest backend differs by an
 * order of magnitude between the two (README, Performance), so the default depends on it.
 */
public enum Workload {
    /** Exact synthesis of a truth table: clauses and cardinality constraints only ({@code synth}). */
    CIRCUIT,
    /**
     * Policy questions ({@code run}, {@code check}): a policy's return is a pseudo-Boolean
     * constraint with many terms and large coefficients, which native pseudo-Boolean solving
     * handles far better than any lowering to clauses.
     */
    POLICY
}
