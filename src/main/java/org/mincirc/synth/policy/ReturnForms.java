package org.mincirc.synth.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Target;
import org.mincirc.model.Transition;

/**
 * Exact encodings of a target's return as a {@link LinearForm} over one encoding's literals,
 * where one exists:
 * <ul>
 * <li>horizon 1 (bandits): R = sum over codes c and actions a of [pi(c) = a] * sum of
 * w * p(x) * r(x, a) over the states x with code c: linear in the action literals;</li>
 * <li>finite horizon with deterministic transitions: an unrolling with literals "the episode
 * started in x0 is in state s at step t" defined exactly from the action literals, and the
 * return sum_{x0, t, s, a} w * p(x0) * gamma^t * r(s, a) * [in s at t and pi(s) = a].</li>
 * </ul>
 * Stochastic multi-step and infinite-horizon targets have none: there the exact candidate check
 * does the work (see {@link PolicyHooks}).
 */
final class ReturnForms {
    private final PolicySpace space;
    private final ActionLiterals actions;
    private final PredicateEncoder logic;

    ReturnForms(PolicySpace space, ActionLiterals actions, PredicateEncoder logic) {
        this.space = space;
        this.actions = actions;
        this.logic = logic;
    }

    Optional<LinearForm> of(Target target) {
        List<Family.Member> members = members(target);
        if (members.stream().allMatch(m -> m.mdp().horizon().isPresent() && m.mdp().horizon().getAsInt() == 1)) {
            return Optional.of(bandit(members));
        }
        if (members.stream().allMatch(m -> m.mdp().horizon().isPresent() && deterministic(m.mdp()))) {
            return Optional.of(unrolled(members));
        }
        return Optional.empty();
    }

    static List<Family.Member> members(Target target) {
        if (target instanceof Family f) {
            return f.members();
        }
        return List.of(new Family.Member((Mdp) target, BigFraction.ONE));
    }

    private LinearForm bandit(List<Family.Member> members) {
        Map<Integer, Map<Integer, BigFraction>> coef = new HashMap<>();
        for (Family.Member m : members) {
            for (State s : m.mdp().states()) {
                if (s.init().signum() == 0) {
                    continue;
                }
                BigFraction mass = s.init().multiply(m.weight());
                for (Action a : space.allowed(s.code())) {
                    BigFraction r = s.transition(a).orElseThrow().reward().multiply(mass);
                    coef.computeIfAbsent(s.code(), c -> new HashMap<>()).merge(a.code(), r, BigFraction::add);
                }
            }
        }
        LinearForm form = new LinearForm();
        coef.forEach((code, byAction) -> byAction.forEach((a, c) -> form.add(actions.chooses(code, a), c)));
        return form;
    }

    private static boolean deterministic(Mdp mdp) {
        for (State s : mdp.states()) {
            for (Transition t : s.transitions()) {
                if (t.successors().size() > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private LinearForm unrolled(List<Family.Member> members) {
        LinearForm form = new LinearForm();
        for (Family.Member m : members) {
            Mdp mdp = m.mdp();
            int horizon = mdp.horizon().getAsInt();
            for (int x0 = 0; x0 < mdp.states().size(); x0++) {
                BigFraction start = mdp.state(x0).init().multiply(m.weight());
                if (start.signum() != 0) {
                    unrollFrom(mdp, x0, start, horizon, form);
                }
            }
        }
        return form;
    }

    /** Adds the reward terms of the one trajectory that starts in x0 (deterministic transitions). */
    private void unrollFrom(Mdp mdp, int x0, BigFraction start, int horizon, LinearForm form) {
        Map<Integer, Integer> here = new HashMap<>();
        here.put(x0, actions.trueLit());
        BigFraction discount = BigFraction.ONE;
        for (int t = 0; t < horizon && !here.isEmpty(); t++) {
            Map<Integer, List<Integer>> arrivals = new HashMap<>();
            for (Map.Entry<Integer, Integer> at : here.entrySet()) {
                State s = mdp.state(at.getKey());
                for (Action a : space.allowed(s.code())) {
                    Transition tr = s.transition(a).orElseThrow();
                    int takes = logic.and(new int[] {at.getValue(), actions.chooses(s.code(), a.code())});
                    form.add(takes, tr.reward().multiply(discount).multiply(start));
                    for (Successor next : tr.successors()) {
                        if (!next.stops()) {
                            arrivals.computeIfAbsent(next.state(), k -> new ArrayList<>()).add(takes);
                        }
                    }
                }
            }
            Map<Integer, Integer> nextStep = new HashMap<>();
            arrivals.forEach((state, ways) -> nextStep.put(state,
                    logic.or(ways.stream().mapToInt(Integer::intValue).toArray())));
            here = nextStep;
            discount = discount.multiply(mdp.discount());
        }
    }
}
