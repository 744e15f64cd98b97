package org.mincirc.lang.explicit;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Mdp;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * How every mincirc export numbers an mdp: state i of the mdp is id i, choice k of a state is
 * its k-th action in declaration order, and when an episode can end ({@code stop}, or an
 * action without successors) one more state with id {@code states().size()} stands for the end:
 * it is labelled {@value #STOP_LABEL} and loops to itself under its one action
 * {@value #STOP_ACTION}. The DRN and the PRISM explicit exports and the scheduler files share
 * these ids.
 */
public record Layout(Mdp mdp, boolean hasSink) {
    public static final String STOP_LABEL = "mincirc_stop";
    public static final String STOP_ACTION = "__stop";

    public static Layout of(Mdp mdp) {
        boolean sink = mdp.states().stream().flatMap(s -> s.transitions().stream())
                .anyMatch(t -> t.successors().isEmpty() || t.successors().stream().anyMatch(Successor::stops));
        return new Layout(mdp, sink);
    }

    /** The id of the end-of-episode state (meaningful when {@link #hasSink()}). */
    public int sink() {
        return mdp.states().size();
    }

    public int stateCount() {
        return mdp.states().size() + (hasSink ? 1 : 0);
    }

    public int choiceCount() {
        return mdp.states().stream().mapToInt(s -> s.transitions().size()).sum() + (hasSink ? 1 : 0);
    }

    /**
     * The global index of choice 0 of every state id (choices counted over all states in order,
     * as Storm numbers the rows of a DRN model): choice k of state i is row {@code rows[i] + k}.
     */
    public int[] firstRows() {
        int[] rows = new int[stateCount()];
        int row = 0;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row;
            row += i < mdp.states().size() ? mdp.state(i).transitions().size() : 1;
        }
        return rows;
    }

    /** The successors of a transition by id, ascending and distinct, the end of the episode as {@link #sink()}. */
    public SortedMap<Integer, BigFraction> targets(Transition t) {
        SortedMap<Integer, BigFraction> targets = new TreeMap<>();
        if (t.successors().isEmpty()) {
            targets.put(sink(), BigFraction.ONE);
        }
        for (Successor x : t.successors()) {
            targets.merge(x.stops() ? sink() : x.state(), x.probability(), BigFraction::add);
        }
        return targets;
    }

    /** The sets of the mdp in their declaration order. */
    public List<String> setNames() {
        return List.copyOf(mdp.sets().keySet());
    }
}
