package org.mincirc.solver;

/** What a backend can do beyond clauses; the registry lists them per backend (JavaSMT's solver features). */
public enum Capability {
    /** Constraints may be added after a solve and the solver asked again, keeping what it learnt. */
    INCREMENTAL("incremental"),
    /** Literals assumed for one solve call. */
    ASSUMPTIONS("assumptions"),
    /** Pseudo-Boolean constraints taken natively (CNF-only backends lower them to clauses instead). */
    NATIVE_PSEUDO_BOOLEAN("native pseudo-Boolean"),
    /** Exact rational arithmetic ({@link RationalArithmetic}), for Bellman equations. */
    RATIONAL_ARITHMETIC("rational arithmetic"),
    /** XOR constraints taken natively. */
    NATIVE_XOR("native xor"),
    /**
     * {@link Backend#interrupt} stops a running solve from another thread and later solves stay
     * correct: what a portfolio member needs. Z3 lacks it (after an interrupt its later answers
     * were seen to break blocking clauses, in the differential test).
     */
    INTERRUPT("interrupt"),
    /** A time limit that interrupts a running solve. */
    TIME_LIMIT("time limit"),
    /** Can write a proof of unsatisfiability (DRAT). */
    PROOF_OUTPUT("proof output");

    private final String text;

    Capability(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
