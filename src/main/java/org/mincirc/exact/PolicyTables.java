package org.mincirc.exact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.PolicySource;
import org.mincirc.model.StateRef;

/**
 * Turns an {@code eval} table {@code policy { Mdp.s: action, ... }} into a {@link Policy}. A policy
 * is a function of codes, so two states sharing a code must be given the same action.
 */
public final class PolicyTables {
    private PolicyTables() {}

    /**
     * @throws InvalidPolicyException when two states with one code get different actions (naming
     *     both), or a state is given an action it does not have
     */
    public static Policy fromTable(PolicySource.Table table, Interface iface) throws InvalidPolicyException {
        Map<Integer, Integer> outputByCode = new LinkedHashMap<>();
        Map<Integer, StateRef> firstByCode = new LinkedHashMap<>();
        Policy forMessages = Policy.ofOutputs(Map.of(), iface);
        for (Map.Entry<StateRef, Action> e : table.entries().entrySet()) {
            StateRef s = e.getKey();
            Action action = e.getValue();
            if (s.state().transitionByCode(action.code()).isEmpty()) {
                throw new InvalidPolicyException(s, "state " + InvalidPolicyException.describe(s, forMessages)
                        + " is given " + action.name() + ", which is not an action of that state (its actions: "
                        + InvalidPolicyException.actionList(s.state()) + ")");
            }
            Integer earlier = outputByCode.putIfAbsent(s.code(), action.code());
            if (earlier != null && earlier != action.code()) {
                StateRef first = firstByCode.get(s.code());
                String firstAction = table.entries().get(first).name();
                throw new InvalidPolicyException(s, "states " + first.qualifiedName() + " and " + s.qualifiedName()
                        + " share code " + InvalidPolicyException.codeText(s.mdp(), s.code(), OptionalInt.of(iface.inputCount()))
                        + " but the table gives them different actions (" + firstAction + ", " + action.name()
                        + "); a policy is a function of codes");
            }
            firstByCode.putIfAbsent(s.code(), s);
        }
        return Policy.ofOutputs(outputByCode, iface);
    }
}
