package org.mincirc.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A finite MDP T = (X, A, p, P, r). Identity is the declaration (equals is reference equality),
 * so mdps are cheap map keys and two declarations with equal content stay distinct.
 *
 * <p>{@code horizon} is empty for an infinite horizon (then {@code discount < 1}, or discount 1
 * and no {@link EndComponents end component}: every policy stops with probability 1). Named sets map
 * to state indices; a union mdp has one set per family member, named after the member.
 */
public final class Mdp implements Target {
    private final String name;
    private final OptionalInt horizon;
    private final BigFraction discount;
    private final List<State> states;
    private final Map<String, List<Integer>> sets;
    private final Map<String, Integer> indexByName;
    private final SourcePos pos;
    private final Optional<Family> unionOf;
    private final Optional<Valuations> valuations;

    public Mdp(String name, OptionalInt horizon, BigFraction discount, List<State> states,
               Map<String, List<Integer>> sets, SourcePos pos) {
        this(name, horizon, discount, states, sets, pos, Optional.empty());
    }

    /**
     * @param unionOf the family this mdp is the disjoint union of, when it was built by
     *                {@link Union#of}: a lemma must use the union of its own family, and two
     *                families over the same members with other weights have different unions
     */
    public Mdp(String name, OptionalInt horizon, BigFraction discount, List<State> states,
               Map<String, List<Integer>> sets, SourcePos pos, Optional<Family> unionOf) {
        this(name, horizon, discount, states, sets, pos, unionOf, Optional.empty());
    }

    /**
     * @param valuations the variable values of each state, when the mdp was built from a PRISM
     *                   model (one row per state); shown to users, never used by the semantics
     */
    public Mdp(String name, OptionalInt horizon, BigFraction discount, List<State> states,
               Map<String, List<Integer>> sets, SourcePos pos, Optional<Family> unionOf,
               Optional<Valuations> valuations) {
        if (valuations.isPresent() && valuations.get().rows().size() != states.size()) {
            throw new IllegalArgumentException("one row of values per state");
        }
        this.valuations = valuations;
        this.name = name;
        this.unionOf = unionOf;
        this.horizon = horizon;
        this.discount = discount;
        this.states = List.copyOf(states);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        sets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.sets = Collections.unmodifiableMap(copy);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < this.states.size(); i++) {
            index.put(this.states.get(i).name(), i);
        }
        this.indexByName = Collections.unmodifiableMap(index);
        this.pos = pos;
    }

    @Override
    public String name() {
        return name;
    }

    public OptionalInt horizon() {
        return horizon;
    }

    public BigFraction discount() {
        return discount;
    }

    public List<State> states() {
        return states;
    }

    public State state(int index) {
        return states.get(index);
    }

    public Map<String, List<Integer>> sets() {
        return sets;
    }

    public OptionalInt indexOf(String stateName) {
        Integer i = indexByName.get(stateName);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public Optional<StateRef> ref(String stateName) {
        Integer i = indexByName.get(stateName);
        return i == null ? Optional.empty() : Optional.of(new StateRef(this, i));
    }

    public List<StateRef> refs() {
        return java.util.stream.IntStream.range(0, states.size()).mapToObj(i -> new StateRef(this, i)).toList();
    }

    /** The family this mdp is the disjoint union of, if it is one. */
    public Optional<Family> unionOf() {
        return unionOf;
    }

    /** The variable values of each state, for an mdp built from a PRISM model. */
    public Optional<Valuations> valuations() {
        return valuations;
    }

    @Override
    public SourcePos pos() {
        return pos;
    }

    @Override
    public String toString() {
        return "mdp " + name;
    }
}
