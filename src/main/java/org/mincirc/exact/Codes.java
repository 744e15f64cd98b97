package org.mincirc.exact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.model.Action;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.StateRef;
import org.mincirc.model.Target;

/** What a circuit must respect on a target's codes: which states carry a code, which actions fit all of them. */
public final class Codes {
    private Codes() {}

    /** The mdps of a target: itself, or the family's members in order. */
    public static List<Mdp> mdps(Target target) {
        return target instanceof Mdp m ? List.of(m)
                : ((Family) target).members().stream().map(Family.Member::mdp).toList();
    }

    /** Every code carried by a state of the target (all members), with its states in declaration order. */
    public static Map<Integer, List<StateRef>> statesByCode(Target target) {
        Map<Integer, List<StateRef>> carriers = new LinkedHashMap<>();
        for (Mdp m : mdps(target)) {
            for (StateRef s : m.refs()) {
                carriers.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s);
            }
        }
        carriers.replaceAll((c, l) -> List.copyOf(l));
        return Collections.unmodifiableMap(carriers);
    }

    /**
     * Per code, the actions every state carrying it offers (in the first carrier's declaration
     * order): the outputs a circuit valid on the target may give there. An empty list means no
     * valid circuit exists. Codes carried by no state are absent (don't-cares).
     */
    public static Map<Integer, List<Action>> allowedActions(Target target) {
        Map<Integer, List<Action>> allowed = new LinkedHashMap<>();
        statesByCode(target).forEach((code, states) -> {
            List<Action> common = new ArrayList<>(states.get(0).state().actions());
            for (StateRef s : states) {
                common.removeIf(a -> s.state().transitionByCode(a.code()).isEmpty());
            }
            allowed.put(code, List.copyOf(common));
        });
        return Collections.unmodifiableMap(allowed);
    }
}
