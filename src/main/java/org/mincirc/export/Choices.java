package org.mincirc.export;

import java.util.ArrayList;
import java.util.List;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.lang.explicit.Layout;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;

/**
 * A deterministic memoryless policy resolved on an mdp: for every state id of the {@link Layout}
 * the index of the chosen choice (its action among the state's actions, in order) and its action
 * name; the end-of-episode state chooses its one action {@value Layout#STOP_ACTION}. The policy
 * must give every state one of its actions, as {@code eval} requires.
 */
public record Choices(Layout layout, List<Integer> choice, List<String> action) {
    public Choices {
        choice = List.copyOf(choice);
        action = List.copyOf(action);
    }

    public static Choices of(Mdp mdp, Policy policy) throws InvalidPolicyException {
        var invalid = Returns.validity(mdp, policy);
        if (invalid.isPresent()) {
            throw invalid.get();
        }
        Layout layout = Layout.of(mdp);
        List<Integer> choice = new ArrayList<>();
        List<String> action = new ArrayList<>();
        for (State s : mdp.states()) {
            int out = policy.output(s.code()).getAsInt();
            for (int k = 0; k < s.transitions().size(); k++) {
                if (s.transitions().get(k).action().code() == out) {
                    choice.add(k);
                    action.add(s.transitions().get(k).action().name());
                    break;
                }
            }
        }
        if (layout.hasSink()) {
            choice.add(0);
            action.add(Layout.STOP_ACTION);
        }
        return new Choices(layout, choice, action);
    }

    /** The number of state ids (the end-of-episode state included). */
    public int states() {
        return choice.size();
    }

    /** The code of state {@code id} (the end-of-episode state: 0). */
    public int code(int id) {
        return id < layout.mdp().states().size() ? layout.mdp().state(id).code() : 0;
    }
}
