package org.mincirc.synth.policy;

import java.util.HashMap;
import java.util.Map;
import org.mincirc.solver.Backend;
import org.mincirc.synth.OutputLiterals;

/**
 * Literals over one encoding's outputs that speak of actions: "the circuit outputs action code
 * a at state code c", defined once per pair as the conjunction of the output-bit literals.
 */
final class ActionLiterals {
    private final OutputLiterals outputs;
    private final int bits;
    private final Map<Long, Integer> chosen = new HashMap<>();

    ActionLiterals(OutputLiterals outputs) {
        this.outputs = outputs;
        this.bits = outputs.spec().outputs();
    }

    Backend backend() {
        return outputs.backend();
    }

    int trueLit() {
        return outputs.trueLit();
    }

    /** The literal of output bit h taking the value it has in {@code actionCode}. */
    private int bitAgrees(int code, int actionCode, int h) {
        int lit = outputs.outputLit(code, h);
        return (actionCode >>> h & 1) == 1 ? lit : -lit;
    }

    /** A literal true iff the output at state code {@code code} is {@code actionCode}. */
    int chooses(int code, int actionCode) {
        if (bits == 1) {
            return bitAgrees(code, actionCode, 0);
        }
        return chosen.computeIfAbsent(((long) code << 32) | actionCode, k -> {
            Backend b = outputs.backend();
            int v = b.newVar();
            int[] back = new int[bits + 1];
            back[0] = v;
            for (int h = 0; h < bits; h++) {
                int agree = bitAgrees(code, actionCode, h);
                b.addClause(-v, agree);
                back[h + 1] = -agree;
            }
            b.addClause(back);
            return v;
        });
    }

    /**
     * Appends to {@code clause} the literals whose disjunction says "the output at {@code code} is
     * not {@code actionCode}"; a clause of these over several codes blocks one partial policy.
     */
    void appendDiffers(int code, int actionCode, java.util.List<Integer> clause) {
        for (int h = 0; h < bits; h++) {
            clause.add(-bitAgrees(code, actionCode, h));
        }
    }
}
