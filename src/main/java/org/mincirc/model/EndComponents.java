package org.mincirc.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Whether some policy can keep an episode of an mdp going forever: an end component, a set of
 * states with a choice of actions whose successors never stop and never leave the set, strongly
 * connected (de Alfaro 1997; Baier and Katoen, Principles of Model Checking, 2008, alg. 47, the
 * maximal end component decomposition). Without one, every policy that chooses by state, and so
 * every policy a circuit can express, stops with probability 1, and the expected total reward is
 * finite: the condition that lets an infinite horizon go undiscounted.
 *
 * <p>Only states reachable from the initial distribution (under any action) count: the others
 * never influence a return. It lives in the model, beside {@link Union}, because the loader
 * decides with it whether an mdp is well formed; it is a graph algorithm with no arithmetic.
 */
public final class EndComponents {
    private EndComponents() {}

    /**
     * An end component: states (ascending indices) and per state the action a looping policy
     * takes, whose successors all lie among the states.
     */
    public record Loop(List<Integer> states, List<Action> actions) {}

    /** The end component of the maximal ones that holds the first state, or empty if there is none. */
    public static Optional<Loop> find(Mdp mdp) {
        int n = mdp.states().size();
        boolean[] alive = reachable(mdp);
        boolean[][] enabled = new boolean[n][];
        for (int s = 0; s < n; s++) {
            enabled[s] = new boolean[mdp.state(s).transitions().size()];
            Arrays.fill(enabled[s], alive[s]);
        }
        int[] component = new int[n];
        while (true) {
            prune(mdp, alive, enabled, null);
            sccs(mdp, alive, enabled, component);
            if (!prune(mdp, alive, enabled, component)) {
                break;  // every remaining action stays in its component: these are the maximal end components
            }
        }
        for (int s = 0; s < n; s++) {
            if (alive[s]) {
                List<Integer> states = new ArrayList<>();
                List<Action> actions = new ArrayList<>();
                for (int t = 0; t < n; t++) {
                    if (alive[t] && component[t] == component[s]) {
                        states.add(t);
                        actions.add(mdp.state(t).transitions().get(firstEnabled(enabled[t])).action());
                    }
                }
                return Optional.of(new Loop(states, actions));
            }
        }
        return Optional.empty();
    }

    private static int firstEnabled(boolean[] enabled) {
        for (int a = 0; a < enabled.length; a++) {
            if (enabled[a]) {
                return a;
            }
        }
        throw new IllegalStateException("a live state keeps an action");
    }

    private static boolean[] reachable(Mdp mdp) {
        int n = mdp.states().size();
        boolean[] seen = new boolean[n];
        Deque<Integer> work = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (mdp.state(s).init().signum() > 0) {
                seen[s] = true;
                work.push(s);
            }
        }
        while (!work.isEmpty()) {
            int s = work.pop();
            for (Transition t : mdp.state(s).transitions()) {
                for (Successor next : t.successors()) {
                    if (!next.stops() && !seen[next.state()]) {
                        seen[next.state()] = true;
                        work.push(next.state());
                    }
                }
            }
        }
        return seen;
    }

    /**
     * Disables every action that may stop, leave the live states or (with {@code component})
     * leave its state's component, then kills states left without actions, until nothing changes.
     *
     * @return whether anything was disabled
     */
    private static boolean prune(Mdp mdp, boolean[] alive, boolean[][] enabled, int[] component) {
        boolean any = false;
        int[] within = component;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = 0; s < alive.length; s++) {
                if (!alive[s]) {
                    continue;
                }
                boolean keeps = false;
                List<Transition> ts = mdp.state(s).transitions();
                for (int a = 0; a < ts.size(); a++) {
                    if (enabled[s][a] && !stays(ts.get(a), s, alive, within)) {
                        enabled[s][a] = false;
                        changed = true;
                    }
                    keeps |= enabled[s][a];
                }
                if (!keeps) {
                    alive[s] = false;
                    changed = true;
                }
            }
            any |= changed;
            within = null;  // later rounds only follow the states that died
        }
        return any;
    }

    private static boolean stays(Transition t, int s, boolean[] alive, int[] component) {
        if (t.successors().isEmpty()) {
            return false;
        }
        for (Successor next : t.successors()) {
            if (next.stops() || !alive[next.state()] || (component != null && component[next.state()] != component[s])) {
                return false;
            }
        }
        return true;
    }

    /** Strongly connected components of the live states over their enabled actions (iterative Tarjan). */
    private static void sccs(Mdp mdp, boolean[] alive, boolean[][] enabled, int[] component) {
        int n = alive.length;
        int[][] next = new int[n][];
        for (int s = 0; s < n; s++) {
            List<Integer> out = new ArrayList<>();
            if (alive[s]) {
                List<Transition> ts = mdp.state(s).transitions();
                for (int a = 0; a < ts.size(); a++) {
                    if (enabled[s][a]) {
                        ts.get(a).successors().forEach(x -> out.add(x.state()));
                    }
                }
            }
            next[s] = out.stream().mapToInt(Integer::intValue).toArray();
        }
        Arrays.fill(component, -1);
        List<List<Integer>> components = StrongComponents.of(next);
        for (int id = 0; id < components.size(); id++) {
            for (int w : components.get(id)) {
                component[w] = id;
            }
        }
    }
}
