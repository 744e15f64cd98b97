package org.mincirc.synth;

import java.util.List;
import org.mincirc.circuit.Circuit;

/**
 * Demands beyond the spec (the return and predicate demands of a policy query), stated over the
 * output literals of each encoding:
 * <ul>
 * <li>{@link #attach} runs once per encoding (per question "k gates, depth d"), may add clauses
 * or pseudo-Boolean constraints over {@link OutputLiterals#outputLit}, and returns the
 * {@link Judge} of that encoding's candidates. Whatever the judge needs of the encoding lives in
 * the judge, so it is released with the encoding;</li>
 * <li>the judge's {@link Judge#check} decides each candidate that meets the spec (a lazy loop):
 * accept it, or return blocking clauses over output literals that cut it off, and the solver is
 * asked again.</li>
 * </ul>
 * The judge decides: a circuit is reported only if it accepts it, so it must verify whatever
 * {@link #attach} encoded. {@link #accepts} judges circuits that came from no encoding (the
 * fallback construction).
 */
public interface SynthesisHooks {
    SynthesisHooks NONE = new SynthesisHooks() {};

    /** Adds this hook's constraints to one encoding; the returned judge checks its candidates. */
    default Judge attach(OutputLiterals literals) {
        return candidate -> CandidateVerdict.ACCEPT;
    }

    /** Whether a circuit made outside any encoding meets the demands. */
    default boolean accepts(Circuit circuit) {
        return true;
    }

    /**
     * True if the extra demands do not change when inputs the spec treats symmetrically are
     * swapped; only then may the symmetric-input break stay on.
     */
    default boolean invariantUnderInputSymmetry() {
        return false;
    }

    /** True if this hook adds nothing (lets the driver keep every break). */
    default boolean isNone() {
        return this == NONE;
    }

    /** The judge of one encoding's candidates. */
    @FunctionalInterface
    interface Judge {
        CandidateVerdict check(Circuit candidate);
    }

    /** The answer of a candidate check. */
    sealed interface CandidateVerdict {
        Accept ACCEPT = new Accept();

        record Accept() implements CandidateVerdict {}

        /** Rejected; the clauses (DIMACS literals of the encoding's backend) must cut the candidate off. */
        record Reject(List<int[]> blockingClauses) implements CandidateVerdict {
            public Reject {
                blockingClauses = List.copyOf(blockingClauses);
            }
        }
    }
}
