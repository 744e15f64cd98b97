package org.mincirc.synth;

import java.util.List;
import org.mincirc.circuit.Circuit;

/**
 * Demands beyond the spec, stated over the output literals of each encoding (a later issue puts
 * return constraints of an MDP policy here):
 * <ul>
 * <li>{@link #addConstraints} runs once per encoding (per question "k gates, depth d") and may add
 * clauses or pseudo-Boolean constraints over {@link OutputLiterals#outputLit};</li>
 * <li>{@link #check} judges each candidate that meets the spec (a lazy loop): accept it, or return
 * blocking clauses over output literals that cut it off, and the solver is asked again.</li>
 * </ul>
 * The check is the judge: a circuit is reported only if it accepts it, so it must verify whatever
 * {@link #addConstraints} encoded. It is also asked, with {@code literals == null}, about circuits
 * that came from no encoding (the fallback construction); it may then only accept or reject.
 */
public interface SynthesisHooks {
    SynthesisHooks NONE = new SynthesisHooks() {};

    default void addConstraints(OutputLiterals literals) {}

    default CandidateVerdict check(Circuit candidate, OutputLiterals literals) {
        return CandidateVerdict.ACCEPT;
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
