package org.mincirc.model;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A state of an mdp: its name, its code (a row, see {@link Interface}), its initial probability
 * and the transitions of the actions available in it (A_x, in declaration order).
 */
public record State(String name, int code, BigFraction init, List<Transition> transitions, SourcePos pos) {
    public State {
        transitions = List.copyOf(transitions);
    }

    public Optional<Transition> transition(Action action) {
        return transitions.stream().filter(t -> t.action().equals(action)).findFirst();
    }

    /** The transition chosen by output code {@code code}, if that code is an action of this state. */
    public Optional<Transition> transitionByCode(int code) {
        return transitions.stream().filter(t -> t.action().code() == code).findFirst();
    }

    public List<Action> actions() {
        return transitions.stream().map(Transition::action).toList();
    }
}
