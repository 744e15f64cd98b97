package org.mincirc.model;

/** A state of a particular mdp, named in text as {@code Mdp.state}. */
public record StateRef(Mdp mdp, int index) {
    public State state() {
        return mdp.state(index);
    }

    public int code() {
        return state().code();
    }

    public String qualifiedName() {
        return mdp.name() + "." + state().name();
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
