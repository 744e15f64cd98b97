package org.mincirc.model;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One outcome of an action: the index of the next state in the same mdp, or {@link #STOP}
 * when the episode ends, with its exact probability in (0, 1].
 */
public record Successor(int state, BigFraction probability) {
    public static final int STOP = -1;

    public boolean stops() {
        return state == STOP;
    }
}
