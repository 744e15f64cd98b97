package org.mincirc.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.StateRef;
import org.mincirc.model.Successor;
import org.mincirc.model.Target;
import org.mincirc.model.Transition;

/**
 * A target prepared for optimization over policies expressible by the interface: the codes its
 * states carry, the actions allowed on each code (those every state with the code offers), and
 * each member compiled to the states reachable under some allowed action (within the horizon).
 */
final class CodedTarget {
    /** Codes of all states of the target, in order of first appearance. */
    final int[] codes;
    /** Allowed action codes per code index, in the first carrying state's declaration order. */
    final int[][] allowed;
    final List<Member> members = new ArrayList<>();

    /** One weighted member, compiled. */
    record Member(BigFraction weight, Compiled mdp) {}

    CodedTarget(Target target, Interface iface) {
        this(target, iface, code -> null);
    }

    /**
     * @param restriction per code, the actions policies may use there (for instance those every
     *     state of the file with the code offers), or null for no restriction beyond the target's
     */
    CodedTarget(Target target, Interface iface, java.util.function.IntFunction<List<Action>> restriction) {
        List<Family.Member> list = target instanceof Mdp m ? List.of(new Family.Member(m, BigFraction.ONE))
                : ((Family) target).members();
        Map<Integer, List<StateRef>> carriers = Codes.statesByCode(target);
        Map<Integer, List<Action>> common = new LinkedHashMap<>(Codes.allowedActions(target));
        codes = carriers.keySet().stream().mapToInt(Integer::intValue).toArray();
        allowed = new int[codes.length][];
        Map<Integer, Integer> indexOfCode = new LinkedHashMap<>();
        for (int c = 0; c < codes.length; c++) {
            indexOfCode.put(codes[c], c);
            List<StateRef> states = carriers.get(codes[c]);
            List<Action> outside = restriction.apply(codes[c]);
            if (outside != null) {
                common.put(codes[c], common.get(codes[c]).stream().filter(outside::contains).toList());
            }
            if (common.get(codes[c]).isEmpty()) {
                throw new OptimumUnavailableException(OptimumUnavailableException.Reason.NO_VALID_POLICY,
                        "no policy the interface can express is valid on " + target.name() + ": code "
                        + Interface.formatCode(codes[c], iface.inputCount()) + " is carried by "
                        + states.stream().map(s -> s.qualifiedName() + " (actions: "
                                + InvalidPolicyException.actionList(s.state()) + ")").collect(Collectors.joining(", "))
                        + ", which share no action" + (outside == null ? "" : " allowed on the whole file"));
            }
            allowed[c] = common.get(codes[c]).stream().mapToInt(Action::code).toArray();
        }
        for (Family.Member fm : list) {
            members.add(new Member(fm.weight(), new Compiled(fm.mdp(), indexOfCode, allowed)));
        }
    }

    /**
     * One mdp restricted to the states reachable from the initial distribution under some allowed
     * action, within H-1 steps (breadth-first order, so distances ascend). Options of a state are its
     * allowed actions; successors beyond the horizon and stop outcomes are left out (value 0).
     */
    static final class Compiled {
        final Mdp mdp;
        final int size;
        final int[] stateIndex;
        final int[] distance;
        final BigFraction[] init;
        final int[] codeIndex;
        final int[][] action;
        final BigFraction[][] reward;
        final int[][][] next;
        final BigFraction[][][] prob;
        /** The same rewards and probabilities as doubles, only for {@link FloatGuide}. */
        final double[][] rewardD;
        final double[][][] probD;

        Compiled(Mdp mdp, Map<Integer, Integer> indexOfCode, int[][] allowed) {
            this.mdp = mdp;
            OptionalInt horizon = mdp.horizon();
            int maxDistance = horizon.isPresent() ? horizon.getAsInt() - 1 : Integer.MAX_VALUE;
            int n = mdp.states().size();
            int[] local = new int[n];
            Arrays.fill(local, -1);
            List<Integer> order = new ArrayList<>();
            List<Integer> dist = new ArrayList<>();
            if (maxDistance >= 0) {
                for (int i = 0; i < n; i++) {
                    if (mdp.state(i).init().signum() > 0) {
                        local[i] = order.size();
                        order.add(i);
                        dist.add(0);
                    }
                }
            }
            for (int head = 0; head < order.size(); head++) {
                int d = dist.get(head);
                if (d >= maxDistance) {
                    continue;
                }
                for (Transition t : allowedTransitions(mdp.state(order.get(head)), indexOfCode, allowed)) {
                    for (Successor s : t.successors()) {
                        if (!s.stops() && local[s.state()] < 0) {
                            local[s.state()] = order.size();
                            order.add(s.state());
                            dist.add(d + 1);
                        }
                    }
                }
            }
            size = order.size();
            stateIndex = order.stream().mapToInt(Integer::intValue).toArray();
            distance = dist.stream().mapToInt(Integer::intValue).toArray();
            init = new BigFraction[size];
            codeIndex = new int[size];
            action = new int[size][];
            reward = new BigFraction[size][];
            next = new int[size][][];
            prob = new BigFraction[size][][];
            rewardD = new double[size][];
            probD = new double[size][][];
            for (int x = 0; x < size; x++) {
                State s = mdp.state(stateIndex[x]);
                init[x] = s.init();
                codeIndex[x] = indexOfCode.get(s.code());
                List<Transition> options = allowedTransitions(s, indexOfCode, allowed);
                int k = options.size();
                action[x] = new int[k];
                reward[x] = new BigFraction[k];
                next[x] = new int[k][];
                prob[x] = new BigFraction[k][];
                for (int o = 0; o < k; o++) {
                    Transition t = options.get(o);
                    action[x][o] = t.action().code();
                    reward[x][o] = t.reward();
                    List<Successor> kept = t.successors().stream()
                            .filter(su -> !su.stops() && local[su.state()] >= 0).toList();
                    next[x][o] = kept.stream().mapToInt(su -> local[su.state()]).toArray();
                    prob[x][o] = kept.stream().map(Successor::probability).toArray(BigFraction[]::new);
                }
            }
            fillDoubles();
        }

        /** The same mdp with every reward negated: the minimum of a return is minus the maximum of this one's. */
        private Compiled(Compiled m) {
            this(m, BigFraction::negate);
        }

        /** The same states, options and transitions with every reward mapped by {@code f}. */
        private Compiled(Compiled m, java.util.function.UnaryOperator<BigFraction> f) {
            mdp = m.mdp;
            size = m.size;
            stateIndex = m.stateIndex;
            distance = m.distance;
            init = m.init;
            codeIndex = m.codeIndex;
            action = m.action;
            next = m.next;
            prob = m.prob;
            probD = m.probD;
            reward = new BigFraction[size][];
            rewardD = new double[size][];
            for (int x = 0; x < size; x++) {
                reward[x] = new BigFraction[m.reward[x].length];
                rewardD[x] = new double[m.reward[x].length];
                for (int o = 0; o < reward[x].length; o++) {
                    reward[x][o] = f.apply(m.reward[x][o]);
                    rewardD[x][o] = reward[x][o].doubleValue();
                }
            }
        }

        private IntegerResiduals residuals;

        /** The integer form of this mdp's Bellman residuals, built on first use. */
        synchronized IntegerResiduals residuals() {
            if (residuals == null) {
                residuals = new IntegerResiduals(this);
            }
            return residuals;
        }

        Compiled negated() {
            return new Compiled(this);
        }

        private ImprovementStep improvement;

        /** The integer form of the policy-improvement test, built on first use. */
        synchronized ImprovementStep improvementStep() {
            if (improvement == null) {
                improvement = new ImprovementStep(this);
            }
            return improvement;
        }

        private BigFraction[] steps;

        /**
         * Per state, the most expected steps any choice of options takes until the episode stops,
         * exactly (an undiscounted mdp without end components, so every choice stops): the
         * weights that make the cheap bound of {@link Relaxation#upperBound} sound at gamma = 1.
         * Solved once, on first use.
         */
        synchronized BigFraction[] stepsToStop() {
            if (steps == null) {
                steps = Relaxation.values(new Compiled(this, r -> BigFraction.ONE));
            }
            return steps;
        }

        private static List<Transition> allowedTransitions(State s, Map<Integer, Integer> indexOfCode, int[][] allowed) {
            int[] ok = allowed[indexOfCode.get(s.code())];
            List<Transition> result = new ArrayList<>();
            for (int a : ok) {
                result.add(s.transitionByCode(a).orElseThrow());
            }
            return result;
        }

        private void fillDoubles() {
            for (int x = 0; x < size; x++) {
                rewardD[x] = new double[action[x].length];
                probD[x] = new double[action[x].length][];
                for (int o = 0; o < action[x].length; o++) {
                    rewardD[x][o] = reward[x][o].doubleValue();
                    probD[x][o] = new double[prob[x][o].length];
                    for (int j = 0; j < prob[x][o].length; j++) {
                        probD[x][o][j] = prob[x][o][j].doubleValue();
                    }
                }
            }
        }

        /** The option index of action code {@code a} in state x, or -1. */
        int optionOf(int x, int a) {
            for (int o = 0; o < action[x].length; o++) {
                if (action[x][o] == a) {
                    return o;
                }
            }
            return -1;
        }
    }
}
