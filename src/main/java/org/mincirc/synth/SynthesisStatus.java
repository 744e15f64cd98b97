package org.mincirc.synth;

/** How a synthesis run ended. */
public enum SynthesisStatus {
    /** The circuit's cost is proven minimal: every cheaper cost was ruled out. */
    OPTIMAL,
    /** Time or size limit reached: a lower bound and possibly a best circuit found so far. */
    UNKNOWN,
    /** Proven: no circuit at all meets the spec under the depth bound. */
    INFEASIBLE;

    public String keyword() {
        return name().toLowerCase();
    }
}
