package org.mincirc.exact;

import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.StateRef;
import org.mincirc.model.Transition;

/**
 * A policy that cannot be evaluated on a state: it gives no output there, or an output code that
 * is not an action of that state. The message names the state in words a user can act on.
 */
public final class InvalidPolicyException extends Exception {
    private final transient StateRef state;

    public InvalidPolicyException(StateRef state, String message) {
        super(message);
        this.state = state;
    }

    /** The offending state, or null when the problem is not about one state. */
    public StateRef state() {
        return state;
    }

    /** A reached (or, for validity, any) state on whose code the policy is undefined. */
    static InvalidPolicyException noAction(StateRef s, Policy policy, boolean reached) {
        return new InvalidPolicyException(s, "state " + describe(s, policy)
                + (reached ? " is reached but the policy gives it no action"
                           : " gets no action from the policy"));
    }

    /** A state whose code the policy maps to an output that is not one of the state's actions. */
    static InvalidPolicyException notAnAction(StateRef s, int output, Policy policy) {
        return new InvalidPolicyException(s, "state " + describe(s, policy) + " gets output code " + output
                + actionName(s.mdp(), output) + ", which is not an action of that state (its actions: "
                + actionList(s.state()) + ")");
    }

    /** "Train.s1 (code 001)". */
    static String describe(StateRef s, Policy policy) {
        return s.qualifiedName() + " (code " + codeText(s.mdp(), s.code(), policy.inputCount()) + ")";
    }

    /** A code as digits, digit i = input i, in the interface width when known. */
    static String codeText(Mdp mdp, int code, OptionalInt width) {
        return Interface.formatCode(code, width.orElseGet(() -> guessWidth(mdp)));
    }

    /** Without the interface, the fewest digits that write every code of the mdp. */
    private static int guessWidth(Mdp mdp) {
        int max = mdp.states().stream().mapToInt(State::code).max().orElse(0);
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(max));
    }

    /** " (defect)" when some action of the mdp has that code, else "". */
    private static String actionName(Mdp mdp, int output) {
        return mdp.states().stream().flatMap(st -> st.transitions().stream()).map(Transition::action)
                .filter(a -> a.code() == output).findFirst().map(a -> " (" + a.name() + ")").orElse("");
    }

    static String actionList(State s) {
        return s.actions().stream().map(Action::name).collect(Collectors.joining(", "));
    }
}
