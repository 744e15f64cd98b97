package org.mincirc.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.StateRef;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * The Markov reward chain a policy induces on one mdp, restricted to the states it reaches with
 * positive probability (within the horizon). Local states are numbered in breadth-first order
 * from the initial distribution, so {@code distance} is ascending. The chosen transition of each
 * state is looked up once. Successors first reached at time H (after the horizon) are left out:
 * their value would only be multiplied by the empty-horizon value 0.
 */
final class Chain {
    final int size;
    /** Local index -> state index in the mdp. */
    final int[] stateIndex;
    /** Breadth-first distance from the initial distribution (ascending). */
    final int[] distance;
    final BigFraction[] init;
    final BigFraction[] reward;
    /** Local successor indices (stop outcomes are omitted: they end the episode with value 0). */
    final int[][] next;
    final BigFraction[][] prob;

    private Chain(int[] stateIndex, int[] distance, BigFraction[] init, BigFraction[] reward, int[][] next,
                  BigFraction[][] prob) {
        this.size = stateIndex.length;
        this.stateIndex = stateIndex;
        this.distance = distance;
        this.init = init;
        this.reward = reward;
        this.next = next;
        this.prob = prob;
    }

    /**
     * Follows the policy from the initial distribution for at most {@code maxDistance} steps.
     *
     * @throws InvalidPolicyException for the first reached state (breadth-first, then declaration
     *     order) on which the policy gives no output or an output that is not one of its actions
     */
    static Chain build(Mdp mdp, Policy policy, int maxDistance) throws InvalidPolicyException {
        int n = mdp.states().size();
        int[] local = new int[n];
        Arrays.fill(local, -1);
        List<Integer> order = new ArrayList<>();
        List<Integer> dist = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (mdp.state(i).init().signum() > 0) {
                local[i] = order.size();
                order.add(i);
                dist.add(0);
            }
        }
        List<Transition> chosen = new ArrayList<>();
        for (int head = 0; head < order.size(); head++) {
            int i = order.get(head);
            Transition t = chosenTransition(mdp, i, policy);
            chosen.add(t);
            int d = dist.get(head);
            if (d >= maxDistance) {
                continue;
            }
            for (Successor s : t.successors()) {
                if (!s.stops() && local[s.state()] < 0) {
                    local[s.state()] = order.size();
                    order.add(s.state());
                    dist.add(d + 1);
                }
            }
        }
        int size = order.size();
        int[] stateIndex = new int[size];
        int[] distance = new int[size];
        BigFraction[] init = new BigFraction[size];
        BigFraction[] reward = new BigFraction[size];
        int[][] next = new int[size][];
        BigFraction[][] prob = new BigFraction[size][];
        for (int x = 0; x < size; x++) {
            int i = order.get(x);
            stateIndex[x] = i;
            distance[x] = dist.get(x);
            init[x] = mdp.state(i).init();
            Transition t = chosen.get(x);
            reward[x] = t.reward();
            List<Successor> kept = t.successors().stream()
                    .filter(s -> !s.stops() && local[s.state()] >= 0).toList();
            next[x] = kept.stream().mapToInt(s -> local[s.state()]).toArray();
            prob[x] = kept.stream().map(Successor::probability).toArray(BigFraction[]::new);
        }
        return new Chain(stateIndex, distance, init, reward, next, prob);
    }

    /** The transition the policy takes in state {@code i}, or the error naming that state. */
    static Transition chosenTransition(Mdp mdp, int i, Policy policy) throws InvalidPolicyException {
        State state = mdp.state(i);
        OptionalInt out = policy.output(state.code());
        if (out.isEmpty()) {
            throw InvalidPolicyException.noAction(new StateRef(mdp, i), policy, true);
        }
        Optional<Transition> t = state.transitionByCode(out.getAsInt());
        if (t.isEmpty()) {
            throw InvalidPolicyException.notAnAction(new StateRef(mdp, i), out.getAsInt(), policy);
        }
        return t.get();
    }

    /** sum_x p(x) V(x). */
    BigFraction expectation(BigFraction[] value) {
        BigFraction sum = BigFraction.ZERO;
        for (int x = 0; x < size; x++) {
            if (distance[x] == 0) {
                sum = sum.add(init[x].multiply(value[x]));
            }
        }
        return sum;
    }
}
