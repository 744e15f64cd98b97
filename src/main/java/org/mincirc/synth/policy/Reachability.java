package org.mincirc.synth.policy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.mincirc.exact.Policy;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Target;
import org.mincirc.model.Transition;

/**
 * The codes of the states a policy visits with positive probability before the horizon. A
 * target's return depends only on the actions at these codes, which is what makes a blocking
 * clause over them sound: every policy that agrees there has the same return.
 */
final class Reachability {
    private Reachability() {}

    static Set<Integer> codes(Target target, Policy policy) {
        Set<Integer> codes = new HashSet<>();
        for (Family.Member m : ReturnForms.members(target)) {
            codes.addAll(codes(m.mdp(), policy));
        }
        return codes;
    }

    private static Set<Integer> codes(Mdp mdp, Policy policy) {
        int horizon = mdp.horizon().orElse(Integer.MAX_VALUE);
        int n = mdp.states().size();
        // earliest[s]: first step at which s can be visited; a later visit adds no new code.
        int[] earliest = new int[n];
        java.util.Arrays.fill(earliest, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (mdp.state(s).init().signum() > 0) {
                earliest[s] = 0;
                queue.add(s);
            }
        }
        Set<Integer> codes = new HashSet<>();
        while (!queue.isEmpty()) {
            int s = queue.poll();
            State state = mdp.state(s);
            codes.add(state.code());
            if (earliest[s] + 1 >= horizon) {
                continue;
            }
            int out = policy.output(state.code()).orElseThrow();
            Transition t = state.transitionByCode(out).orElseThrow();
            for (Successor next : t.successors()) {
                if (!next.stops() && earliest[next.state()] < 0) {
                    earliest[next.state()] = earliest[s] + 1;
                    queue.add(next.state());
                }
            }
        }
        return codes;
    }
}
