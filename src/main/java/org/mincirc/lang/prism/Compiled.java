package org.mincirc.lang.prism;

import java.util.List;
import java.util.Map;
import org.mincirc.model.SourcePos;

/**
 * A PRISM model after name resolution and type checking: what the {@link Explorer} runs. All
 * ranges and initial values are already numbers; guards, probabilities, assignments, labels and
 * rewards are {@link Term}s over a state (one int per variable, in {@link #variables} order).
 */
record Compiled(List<String> modules, List<Variable> variables, List<Command> commands,
                Map<String, Term> labels, Term initPredicate, SourcePos initPos, List<RewardItem> rewards) {

    /** A bounded integer ({@code [lo..hi]}) or Boolean (0..1) variable; module -1 for a global. */
    record Variable(String name, int module, int lo, int hi, boolean bool, Integer init, SourcePos pos) {
        /** Bits of its part of a state code: value - lo in ceil(log2(hi - lo + 1)) bits, a Boolean one bit. */
        int bits() {
            int size = hi - lo + 1;
            int bits = 0;
            while ((1L << bits) < size) {
                bits++;
            }
            return bits;
        }

        String text(int value) {
            return bool ? (value != 0 ? "true" : "false") : Integer.toString(value);
        }
    }

    record Assignment(int variable, Term value, SourcePos pos) {}

    /** One branch {@code p : (x'=e) & ...}; probability null means 1 (a command written without {@code p :}). */
    record Update(Term probability, List<Assignment> assignments, SourcePos pos) {}

    record Command(int module, String action, SourcePos actionPos, Term guard, List<Update> updates, SourcePos pos) {}

    /** A reward item of the chosen structure; action null for a state reward ({@code guard : r;}). */
    record RewardItem(String action, Term guard, Term value, SourcePos pos) {}
}
