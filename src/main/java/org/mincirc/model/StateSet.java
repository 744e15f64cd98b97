package org.mincirc.model;

import java.util.List;

/** The domain of a quantifier: all states of an mdp, a named set, or a literal list. */
public record StateSet(String description, List<StateRef> members) {
    public StateSet {
        members = List.copyOf(members);
    }
}
