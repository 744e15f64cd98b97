package org.mincirc.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The disjoint union of a family, the MDP of the reduction lemma: states {@code Member.state}
 * with their codes kept, init w_i * p_i(x), transitions and rewards unchanged inside each block,
 * and one named set per member (its block). Member sets are kept as {@code Member.set}.
 *
 * <p>It lives in the model (not in {@code exact}) because the loader must build it to resolve
 * names such as {@code M.Easy} and {@code M.Easy.s0}; {@code exact} tests that R_M = sum w_i R_i.
 */
public final class Union {
    private Union() {}

    public static Mdp of(String name, Family family, SourcePos pos) {
        List<State> states = new ArrayList<>();
        Map<String, List<Integer>> sets = new LinkedHashMap<>();
        for (Family.Member member : family.members()) {
            Mdp mdp = member.mdp();
            int offset = states.size();
            List<Integer> block = new ArrayList<>();
            for (State s : mdp.states()) {
                List<Transition> transitions = new ArrayList<>();
                for (Transition t : s.transitions()) {
                    List<Successor> succ = t.successors().stream()
                            .map(x -> x.stops() ? x : new Successor(x.state() + offset, x.probability()))
                            .toList();
                    transitions.add(new Transition(t.action(), t.reward(), succ, t.pos()));
                }
                block.add(states.size());
                states.add(new State(mdp.name() + "." + s.name(), s.code(),
                        s.init().multiply(member.weight()), transitions, s.pos()));
            }
            sets.put(mdp.name(), block);
            mdp.sets().forEach((setName, idx) ->
                    sets.put(mdp.name() + "." + setName, idx.stream().map(i -> i + offset).toList()));
        }
        Mdp first = family.members().get(0).mdp();
        return new Mdp(name, first.horizon(), first.discount(), states, sets, pos, java.util.Optional.of(family));
    }
}
