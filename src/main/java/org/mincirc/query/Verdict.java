package org.mincirc.query;

/** The verdict of a lemma check. */
public enum Verdict {
    /** Both minima proven, equal, reached by the same policies, and deception transfers. */
    HOLDS,
    /** One of those fails, proven. */
    FAILS,
    /** A minimization or a quantifier could not be decided in time. */
    UNKNOWN;

    /** The word in reports and in {@code expect holds;} / {@code expect fails;}. */
    public String keyword() {
        return name().toLowerCase();
    }

    /** Decided verdicts only: what an {@code expect} line compares against. */
    public boolean decided() {
        return this != UNKNOWN;
    }
}
