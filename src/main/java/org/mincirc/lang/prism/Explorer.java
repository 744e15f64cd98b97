package org.mincirc.lang.prism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Rationals;
import org.mincirc.model.SourcePos;

/**
 * The reachable states of a compiled PRISM model, explored breadth first from its initial
 * states. An action is enabled in a state when every module whose alphabet holds it has an
 * enabled command with that label; the modules then move together, the probability of a joint
 * outcome being the product of their branches' probabilities (PRISM manual, "Synchronisation":
 * the standard parallel composition of all modules). Modules without the action stay put.
 */
final class Explorer {
    /** One action in one explored state: its reward and the distribution over successor indices. */
    record Choice(String action, BigFraction reward, Map<Integer, BigFraction> successors, SourcePos pos) {}

    /** The explored graph; state i has valuation states.get(i) and choices.get(i) (empty for a deadlock). */
    record Graph(List<int[]> states, List<List<Choice>> choices, List<Integer> initial) {}

    private final Compiled model;
    private final int limit;
    private final SourcePos limitPos;
    private final IntConsumer progress;
    /** Action labels in order of first appearance in the model. */
    private final List<String> actions = new ArrayList<>();
    /** For each action, for each module that has it in its alphabet, that module's commands with it. */
    private final Map<String, List<List<Compiled.Command>>> byAction = new LinkedHashMap<>();

    private final List<int[]> states = new ArrayList<>();
    private final Map<Key, Integer> index = new HashMap<>();

    Explorer(Compiled model, int limit, SourcePos limitPos, IntConsumer progress) {
        this.model = model;
        this.limit = limit;
        this.limitPos = limitPos;
        this.progress = progress;
        Map<String, Map<Integer, List<Compiled.Command>>> grouped = new LinkedHashMap<>();
        for (Compiled.Command c : model.commands()) {
            grouped.computeIfAbsent(c.action(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(c.module(), m -> new ArrayList<>()).add(c);
        }
        grouped.forEach((action, perModule) -> {
            actions.add(action);
            byAction.put(action, new ArrayList<>(perModule.values()));
        });
    }

    Graph explore() {
        List<Integer> initial = new ArrayList<>();
        for (int[] s : initialStates()) {
            initial.add(add(s));
        }
        List<List<Choice>> choices = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            choices.add(choices(states.get(i)));
            if (progress != null && (i + 1) % 100_000 == 0) {
                progress.accept(i + 1);
            }
        }
        return new Graph(states, choices, initial);
    }

    private int add(int[] s) {
        Key key = new Key(s);
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        if (states.size() >= limit) {
            throw new PrismError(limitPos, DiagnosticCode.PRISM_TOO_LARGE, "the PRISM model has more than " + limit
                    + " reachable states; mincirc finds minimal circuits for small models, so make this one smaller");
        }
        states.add(s);
        index.put(key, states.size() - 1);
        return states.size() - 1;
    }

    /** The one state of the variables' init values (default: lower bound, false), or every state satisfying 'init ... endinit'. */
    private List<int[]> initialStates() {
        List<Compiled.Variable> vars = model.variables();
        if (model.initPredicate() == null) {
            int[] s = new int[vars.size()];
            for (int v = 0; v < s.length; v++) {
                Integer init = vars.get(v).init();
                s[v] = init == null ? vars.get(v).lo() : init;
            }
            return List.of(s);
        }
        long count = 1;
        for (Compiled.Variable v : vars) {
            count *= (long) v.hi() - v.lo() + 1;
            if (count > limit) {
                throw new PrismError(model.initPos(), DiagnosticCode.PRISM_TOO_LARGE, "the variables have more than " + limit
                        + " valuations, too many to search for the states of 'init ... endinit'; give each variable its own init");
            }
        }
        List<int[]> result = new ArrayList<>();
        int[] s = new int[vars.size()];
        for (int v = 0; v < s.length; v++) {
            s[v] = vars.get(v).lo();
        }
        for (long k = 0; k < count; k++) {
            if (model.initPredicate().bool(s)) {
                result.add(s.clone());
            }
            for (int v = s.length - 1; v >= 0; v--) {
                if (s[v] < vars.get(v).hi()) {
                    s[v]++;
                    break;
                }
                s[v] = vars.get(v).lo();
            }
        }
        if (result.isEmpty()) {
            throw new PrismError(model.initPos(), DiagnosticCode.PRISM_INIT, "no valuation of the variables satisfies the "
                    + "init predicate, so the model has no initial state");
        }
        return result;
    }

    private List<Choice> choices(int[] s) {
        List<Choice> result = new ArrayList<>();
        for (String action : actions) {
            List<Compiled.Command> joint = new ArrayList<>();
            boolean enabled = true;
            for (List<Compiled.Command> moduleCommands : byAction.get(action)) {
                Compiled.Command chosen = null;
                for (Compiled.Command c : moduleCommands) {
                    if (c.guard().bool(s)) {
                        if (chosen != null) {
                            throw new PrismError(c.pos(), DiagnosticCode.PRISM_NONDETERMINISM, "in state " + describe(s)
                                    + " this command and the one at " + where(chosen.pos()) + " are both enabled for action "
                                    + action + "; in mincirc the actions are the only choices, so make the guards exclusive");
                        }
                        chosen = c;
                    }
                }
                if (chosen == null) {
                    enabled = false;
                    break;
                }
                joint.add(chosen);
            }
            if (enabled) {
                result.add(new Choice(action, reward(s, action), successors(s, joint), joint.get(0).pos()));
            }
        }
        return result;
    }

    /** The product of the joint commands' branch distributions, merged by successor state. */
    private Map<Integer, BigFraction> successors(int[] s, List<Compiled.Command> joint) {
        List<BigFraction> probs = new ArrayList<>(List.of(BigFraction.ONE));
        List<List<Compiled.Assignment>> changes = new ArrayList<>();
        changes.add(List.of());
        for (Compiled.Command c : joint) {
            List<BigFraction> branchProbs = branchProbabilities(s, c);
            List<BigFraction> nextProbs = new ArrayList<>();
            List<List<Compiled.Assignment>> nextChanges = new ArrayList<>();
            for (int k = 0; k < probs.size(); k++) {
                for (int u = 0; u < c.updates().size(); u++) {
                    if (branchProbs.get(u).signum() == 0) {
                        continue; // PRISM allows probability 0: the branch never happens
                    }
                    nextProbs.add(probs.get(k).multiply(branchProbs.get(u)));
                    List<Compiled.Assignment> all = new ArrayList<>(changes.get(k));
                    all.addAll(c.updates().get(u).assignments());
                    nextChanges.add(all);
                }
            }
            probs = nextProbs;
            changes = nextChanges;
        }
        Map<Integer, BigFraction> result = new LinkedHashMap<>();
        for (int k = 0; k < probs.size(); k++) {
            int target = add(apply(s, changes.get(k), joint.get(0).action()));
            result.merge(target, probs.get(k), BigFraction::add);
        }
        return result;
    }

    private List<BigFraction> branchProbabilities(int[] s, Compiled.Command c) {
        List<BigFraction> result = new ArrayList<>();
        BigFraction sum = BigFraction.ZERO;
        for (Compiled.Update u : c.updates()) {
            BigFraction p = u.probability() == null ? BigFraction.ONE : u.probability().num(s);
            if (p.signum() < 0 || p.compareTo(BigFraction.ONE) > 0) {
                throw new PrismError(u.pos(), DiagnosticCode.PROBABILITY_RANGE, "probability " + Rationals.format(p)
                        + " in state " + describe(s) + " lies outside [0, 1]");
            }
            sum = sum.add(p);
            result.add(p);
        }
        if (sum.compareTo(BigFraction.ONE) != 0) {
            throw new PrismError(c.pos(), DiagnosticCode.PROBABILITY_SUM, "the probabilities of this command (action "
                    + c.action() + ") sum to " + Rationals.format(sum) + ", not 1, in state " + describe(s));
        }
        return result;
    }

    /** The successor valuation; every right-hand side reads the old state s (PRISM's primed semantics). */
    private int[] apply(int[] s, List<Compiled.Assignment> changes, String action) {
        int[] t = s.clone();
        Map<Integer, Compiled.Assignment> seen = new HashMap<>();
        for (Compiled.Assignment a : changes) {
            Compiled.Variable v = model.variables().get(a.variable());
            Compiled.Assignment other = seen.putIfAbsent(a.variable(), a);
            if (other != null) {
                throw new PrismError(a.pos(), DiagnosticCode.PRISM_UPDATE, "two commands synchronising on action " + action
                        + " both change " + v.name() + " (here and at " + where(other.pos()) + ")");
            }
            int value;
            if (v.bool()) {
                value = a.value().bool(s) ? 1 : 0;
            } else {
                BigFraction q = a.value().num(s);
                java.math.BigInteger w = Term.whole(q);
                if (w.compareTo(java.math.BigInteger.valueOf(v.lo())) < 0 || w.compareTo(java.math.BigInteger.valueOf(v.hi())) > 0) {
                    throw new PrismError(a.pos(), DiagnosticCode.PRISM_RANGE, "this update of a command for action " + action
                            + " gives " + v.name() + " the value " + w + " in state " + describe(s) + ", outside its range ["
                            + v.lo() + ".." + v.hi() + "]");
                }
                value = w.intValueExact();
            }
            t[a.variable()] = value;
        }
        return t;
    }

    /** State rewards of s plus the action rewards of (s, action), summed over the chosen structure's items. */
    private BigFraction reward(int[] s, String action) {
        BigFraction r = BigFraction.ZERO;
        for (Compiled.RewardItem item : model.rewards()) {
            if ((item.action() == null || item.action().equals(action)) && item.guard().bool(s)) {
                r = r.add(item.value().num(s));
            }
        }
        return r;
    }

    /** "(x=1, y=2)" for messages. */
    String describe(int[] s) {
        List<String> parts = new ArrayList<>();
        for (int v = 0; v < s.length; v++) {
            Compiled.Variable var = model.variables().get(v);
            parts.add(var.name() + "=" + var.text(s[v]));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String where(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }

    /** Valuations as hash keys. */
    private record Key(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
