package org.mincirc.model;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * What action {@code action} does in a state: reward r(x, a) and the successor distribution.
 * An empty successor list means the episode ends after the action (written {@code a -> reward q;}).
 */
public record Transition(Action action, BigFraction reward, List<Successor> successors, SourcePos pos) {
    public Transition {
        successors = List.copyOf(successors);
    }
}
