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
 * <li>finite horizon with stochastic transitions: a tree of partial policies. A node is a state
 * at step t together with the actions the episode has seen chosen so far (code -> action); its
 * literal is the conjunction of those choices and its weight the probability of all histories
 * with that state and those choices. Histories that would choose two actions at one code are
 * impossible for a memoryless policy and are dropped; nodes with equal state and choices merge.
 * The return is linear in the node literals, and exact.</li>
 * </ul>
 * Where the tree would grow past {@link #MAX_TERMS} terms, and for infinite horizons, there is
 * no form: the exact candidate check and its cuts (see {@link PolicyHooks}) decide.
 */
final class ReturnForms {
    /** Most reward terms a tree form may have before it is cut. */
    static final int MAX_TERMS = 20_000;
    /** Deepest cut for an infinite horizon: past it the discount's powers only grow the numbers. */
    static final int MAX_CUT_STEPS = 16;

    private final PolicySpace space;
    private final ActionLiterals actions;
    private final PredicateEncoder logic;

    ReturnForms(PolicySpace space, ActionLiterals actions, PredicateEncoder logic) {
        this.space = space;
        this.actions = actions;
        this.logic = logic;
    }

    /** The exact forms of linear size: bandits and deterministic finite horizons. */
    Optional<LinearForm> linear(Target target) {
        List<Family.Member> members = members(target);
        if (members.stream().allMatch(m -> m.mdp().horizon().isPresent() && m.mdp().horizon().getAsInt() == 1)) {
            return Optional.of(bandit(members));
        }
        if (members.stream().allMatch(m -> m.mdp().horizon().isPresent() && deterministic(m.mdp()))) {
            return Optional.of(unrolled(members));
        }
        return Optional.empty();
    }

    /** Every exact form: the linear ones, else the tree of partial policies while it fits. */
    Optional<LinearForm> of(Target target) {
        Optional<LinearForm> linear = linear(target);
        if (linear.isPresent()) {
            return linear;
        }
        List<Family.Member> members = members(target);
        if (members.stream().allMatch(m -> m.mdp().horizon().isPresent())) {
            Tree tree = treeOf(target);
            if (tree.complete) {
                return Optional.of(tree.form);
            }
        }
        return Optional.empty();
    }

    private final Map<Target, Tree> trees = new java.util.IdentityHashMap<>();

    /** The tree of a target, built once: an exact form that is too big is then cut, not rebuilt. */
    private Tree treeOf(Target target) {
        return trees.computeIfAbsent(target, t -> tree(members(t), MAX_TERMS));
    }

    /** A tree form and how far it reaches. */
    private record Tree(LinearForm form, int steps, boolean complete) {}

    /** One node of the tree: a state and the code -> action choices seen on the way. */
    private record Node(int state, java.util.SortedMap<Integer, Integer> choices) {}

    /**
     * The tree of partial policies, step by step, for as many whole steps as fit in
     * {@code budget} reward terms (the horizon at most).
     */
    private Tree tree(List<Family.Member> members, int budget) {
        int horizon = members.stream().mapToInt(m -> m.mdp().horizon().orElse(Integer.MAX_VALUE)).max().orElse(0);
        int steps = Math.min(horizon, MAX_CUT_STEPS);
        if (members.stream().allMatch(m -> m.mdp().horizon().isPresent())) {
            steps = horizon;
        }
        List<Map<Node, BigFraction>> levels = new ArrayList<>();
        for (Family.Member m : members) {
            Map<Node, BigFraction> start = new HashMap<>();
            for (int x0 = 0; x0 < m.mdp().states().size(); x0++) {
                BigFraction p = m.mdp().state(x0).init().multiply(m.weight());
                if (p.signum() != 0) {
                    start.merge(new Node(x0, new java.util.TreeMap<>()), p, BigFraction::add);
                }
            }
            levels.add(start);
        }
        LinearForm form = new LinearForm();
        int terms = 0;
        int t = 0;
        List<BigFraction> discounts = new ArrayList<>(java.util.Collections.nCopies(members.size(), BigFraction.ONE));
        for (; t < steps; t++) {
            // Count this step's terms first: a step is added whole or not at all.
            int stepTerms = 0;
            for (int i = 0; i < members.size(); i++) {
                if (t < members.get(i).mdp().horizon().orElse(Integer.MAX_VALUE)) {
                    for (Node n : levels.get(i).keySet()) {
                        stepTerms += space.allowed(members.get(i).mdp().state(n.state()).code()).size();
                    }
                }
            }
            if (terms + stepTerms > budget) {
                return new Tree(form, t, false);
            }
            terms += stepTerms;
            boolean any = false;
            for (int i = 0; i < members.size(); i++) {
                Mdp mdp = members.get(i).mdp();
                if (t >= mdp.horizon().orElse(Integer.MAX_VALUE)) {
                    levels.set(i, Map.of());
                    continue;
                }
                Map<Node, BigFraction> next = new HashMap<>();
                for (Map.Entry<Node, BigFraction> e : levels.get(i).entrySet()) {
                    Node n = e.getKey();
                    State s = mdp.state(n.state());
                    Integer fixed = n.choices().get(s.code());
                    for (Action a : space.allowed(s.code())) {
                        if (fixed != null && fixed != a.code()) {
                            continue;  // a memoryless policy chose otherwise at this code before
                        }
                        java.util.SortedMap<Integer, Integer> choices = n.choices();
                        if (fixed == null) {
                            choices = new java.util.TreeMap<>(n.choices());
                            choices.put(s.code(), a.code());
                        }
                        Transition tr = s.transition(a).orElseThrow();
                        form.add(literalOf(choices), tr.reward().multiply(discounts.get(i)).multiply(e.getValue()));
                        for (Successor next2 : tr.successors()) {
                            if (!next2.stops()) {
                                next.merge(new Node(next2.state(), choices), e.getValue().multiply(next2.probability()),
                                        BigFraction::add);
                            }
                        }
                    }
                }
                levels.set(i, next);
                discounts.set(i, discounts.get(i).multiply(mdp.discount()));
                any |= !next.isEmpty();
            }
            if (!any) {
                return new Tree(form, t + 1, true);  // every episode has stopped
            }
        }
        return new Tree(form, t, horizon != Integer.MAX_VALUE);
    }

    private final Map<java.util.SortedMap<Integer, Integer>, Integer> conjunctions = new HashMap<>();

    /** The literal "the policy makes all these choices", shared between nodes. */
    private int literalOf(java.util.SortedMap<Integer, Integer> choices) {
        return conjunctions.computeIfAbsent(choices, c -> c.isEmpty() ? actions.trueLit()
                : logic.and(c.entrySet().stream().mapToInt(e -> actions.chooses(e.getKey(), e.getValue())).toArray()));
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
