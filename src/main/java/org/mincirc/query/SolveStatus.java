package org.mincirc.query;

import org.mincirc.synth.SynthesisStatus;

/**
 * How a minimization ended, as results report it. Its own enum, not {@code synth}'s
 * {@link SynthesisStatus}, because the renderers may not import {@code synth}.
 */
public enum SolveStatus {
    /** The cost is proven minimal: every cheaper cost was ruled out. */
    OPTIMAL,
    /** Time ran out: a lower bound and possibly a best circuit found so far. */
    UNKNOWN,
    /** No policy the interface can express meets the threshold and the requirements. */
    INFEASIBLE;

    /** The word in reports and in {@code expect status = ...}. */
    public String keyword() {
        return name().toLowerCase();
    }

    static SolveStatus of(SynthesisStatus status) {
        return switch (status) {
            case OPTIMAL -> OPTIMAL;
            case UNKNOWN -> UNKNOWN;
            case INFEASIBLE -> INFEASIBLE;
        };
    }
}
