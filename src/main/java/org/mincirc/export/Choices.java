package org.mincirc.export;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.lang.explicit.Layout;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;

/**
 * A deterministic memoryless policy resolved on an mdp: for every state id of the {@link Layout}
 * the index of the chosen choice (its action among the state's actions, in order) and its action
 * name; the end-of-episode state chooses its one action {@value Layout#STOP_ACTION}. As for
 * {@code eval}, the policy must give every state where it is defined one of its actions, and a
 * state the mdp reaches must not be left out; states it leaves out are {@link #UNDEFINED}.
 */
public record Choices(Layout layout, List<Integer> choice, List<String> action) {
    /** The choice of a state the policy leaves out. */
    public static final int UNDEFINED = -1;

    public Choices {
        choice = List.copyOf(choice);
        action = java.util.Collections.unmodifiableList(new ArrayList<>(action));
    }

    public static Choices of(Mdp mdp, Policy policy) throws InvalidPolicyException {
        Layout layout = Layout.of(mdp);
        List<Integer> choice = new ArrayList<>();
        List<String> action = new ArrayList<>();
        boolean partial = false;
        for (int i = 0; i < mdp.states().size(); i++) {
            State s = mdp.state(i);
            OptionalInt out = policy.output(s.code());
            if (out.isEmpty()) {
                partial = true;
                choice.add(UNDEFINED);
                action.add(null);
                continue;
            }
            int k = 0;
            while (k < s.transitions().size() && s.transitions().get(k).action().code() != out.getAsInt()) {
                k++;
            }
            if (k == s.transitions().size()) {
                throw Returns.validity(mdp, policy).orElseThrow();
            }
            choice.add(k);
            action.add(s.transitions().get(k).action().name());
        }
        if (partial) {
            // As for eval: a policy table need only cover the states the mdp reaches.
            Returns.of(mdp, policy);
        }
        if (layout.hasSink()) {
            choice.add(0);
            action.add(Layout.STOP_ACTION);
        }
        return new Choices(layout, choice, action);
    }

    /** Whether the policy chooses in state {@code id} (a table may leave out states the mdp never reaches). */
    public boolean defined(int id) {
        return choice.get(id) != UNDEFINED;
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
