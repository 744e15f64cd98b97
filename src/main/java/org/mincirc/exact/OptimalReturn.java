package org.mincirc.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Target;

/**
 * The best return any policy expressible by the interface reaches on a target: deterministic,
 * memoryless, a function of codes (states sharing a code, even across family members, take the
 * same action, which must be an action of each of them, reachable or not).
 *
 * <p>Plain backward induction or policy iteration is not enough: it may pick different actions for
 * states sharing a code, and with a finite horizon its optimum may be non-stationary when states
 * are revisited. So the optimum is found by exact branch and bound over the per-code choices
 * (Land and Doig 1960): a node fixes the actions of some codes; its bound is the optimum of the
 * relaxation where every other state chooses freely, non-stationarily and fully observed
 * ({@link Relaxation}); a candidate policy is read off the relaxation and evaluated exactly, and
 * when it meets the bound the node is closed. A horizon of 1 is separable per code and solved
 * directly; with one state per code and an infinite horizon the root relaxation (exact policy
 * iteration) is already expressible and closes the search at once.
 *
 * <p>For discounted targets, floating-point policy iteration ({@link FloatGuide}) proposes the
 * decisions and a sound bound is read from its estimate by one exact residual pass
 * ({@link Relaxation#upperBound}); exact linear solves are spent only to confirm a candidate.
 * Floats never decide anything: every prune compares exact rationals, and the final answer is
 * re-evaluated by {@link Returns}.
 */
public final class OptimalReturn {
    /** The default limit on branch-and-bound nodes before giving up with a clear message. */
    public static final long DEFAULT_NODE_LIMIT = 1L << 16;

    private OptimalReturn() {}

    /**
     * An optimum: its exact value, one optimal code -> action choice (for every code carried by
     * a state of the target) and that choice as a policy.
     */
    public record Optimum(BigFraction value, Map<Integer, Action> actionByCode, Policy policy) {}

    /** The optimal return. @throws OptimumUnavailableException as {@link #argmax(Target, Interface, long)} */
    public static BigFraction of(Target target, Interface iface) {
        return argmax(target, iface).value();
    }

    public static Optimum argmax(Target target, Interface iface) {
        return argmax(target, iface, DEFAULT_NODE_LIMIT);
    }

    /**
     * @throws OptimumUnavailableException when some code's states share no action (no valid
     *     policy exists), or the search needs more than {@code nodeLimit} nodes
     */
    public static Optimum argmax(Target target, Interface iface, long nodeLimit) {
        return argmax(new CodedTarget(target, iface), target, iface, nodeLimit);
    }

    /**
     * The optimum over policies that at each code use only the actions {@code allowedAt} gives
     * (null: no restriction): a solve ranges over policies valid on every state of its file, so
     * its {@code optimal} is the best of those.
     */
    public static Optimum argmax(Target target, Interface iface, java.util.function.IntFunction<List<Action>> allowedAt) {
        return argmax(new CodedTarget(target, iface, allowedAt), target, iface, DEFAULT_NODE_LIMIT);
    }

    private static Optimum argmax(CodedTarget coded, Target target, Interface iface, long nodeLimit) {
        Search search = horizonOne(target) ? null : new Search(coded, target, nodeLimit);
        int[] choice = search == null ? separable(coded) : search.run();
        Map<Integer, Action> actionByCode = new LinkedHashMap<>();
        Map<Integer, Integer> outputs = new LinkedHashMap<>();
        for (int c = 0; c < coded.codes.length; c++) {
            int a = choice[c];
            actionByCode.put(coded.codes[c], iface.actionByCode(a).orElseThrow());
            outputs.put(coded.codes[c], a);
        }
        Policy policy = Policy.ofOutputs(outputs, iface);
        BigFraction value;
        try {
            value = Returns.of(target, policy);  // the judge checks the optimizer's own answer
        } catch (InvalidPolicyException e) {
            throw new IllegalStateException("optimal policy is not valid: " + e.getMessage(), e);
        }
        if (search != null && !value.equals(search.incumbent)) {
            throw new IllegalStateException("search value " + search.incumbent + " differs from the return " + value);
        }
        return new Optimum(value, Collections.unmodifiableMap(actionByCode), policy);
    }

    private static boolean horizonOne(Target target) {
        return Codes.mdps(target).stream().allMatch(m -> m.horizon().isPresent() && m.horizon().getAsInt() == 1);
    }

    /** Horizon 1: R = sum_x w p(x) r(x, pi(code x)) is a sum of independent per-code terms. */
    private static int[] separable(CodedTarget coded) {
        int[] choice = new int[coded.codes.length];
        for (int c = 0; c < choice.length; c++) {
            BigFraction best = null;
            for (int a : coded.allowed[c]) {
                BigFraction sum = BigFraction.ZERO;
                for (CodedTarget.Member member : coded.members) {
                    CodedTarget.Compiled m = member.mdp();
                    for (int x = 0; x < m.size; x++) {
                        if (m.codeIndex[x] == c) {
                            sum = sum.add(member.weight().multiply(m.init[x]).multiply(m.reward[x][m.optionOf(x, a)]));
                        }
                    }
                }
                if (best == null || Fractions.compare(sum, best) > 0) {
                    best = sum;
                    choice[c] = a;
                }
            }
        }
        return choice;
    }

    /** Depth-first branch and bound over the codes that matter. */
    private static final class Search {
        private final CodedTarget coded;
        private final Target target;
        private final long nodeLimit;
        /** Codes with a choice that matters: carried by a reachable state, with two or more actions. */
        private final boolean[] relevant;
        private final int[][] warm;
        private long nodes;
        private BigFraction incumbent;
        private int[] incumbentChoice;

        Search(CodedTarget coded, Target target, long nodeLimit) {
            this.coded = coded;
            this.target = target;
            this.nodeLimit = nodeLimit;
            relevant = new boolean[coded.codes.length];
            for (CodedTarget.Member member : coded.members) {
                for (int x = 0; x < member.mdp().size; x++) {
                    int c = member.mdp().codeIndex[x];
                    relevant[c] |= coded.allowed[c].length > 1;
                }
            }
            warm = new int[coded.members.size()][];
        }

        int[] run() {
            int[] choice = new int[coded.codes.length];
            for (int c = 0; c < choice.length; c++) {
                // Codes that do not matter take their first allowed action.
                choice[c] = relevant[c] ? -1 : coded.allowed[c][0];
            }
            search(choice);
            return incumbentChoice;
        }

        private void search(int[] choice) {
            if (++nodes > nodeLimit) {
                long space = 1;
                for (int c = 0; c < relevant.length; c++) {
                    if (relevant[c]) {
                        space = Math.multiplyHigh(space, coded.allowed[c].length) != 0 ? Long.MAX_VALUE
                                : space * coded.allowed[c].length;
                    }
                }
                throw new OptimumUnavailableException(OptimumUnavailableException.Reason.SEARCH_LIMIT,
                        "the optimal return of " + target.name() + " needs a search over more than " + nodeLimit
                        + " partial policies (" + (space == Long.MAX_VALUE ? "too many" : space)
                        + " code -> action choices in all); give an absolute return threshold instead of 'optimal'");
            }
            Bound bound = bound(choice, false);
            if (incumbent != null && Fractions.compare(bound.value, incumbent) <= 0) {
                return;
            }
            int[] rounded = round(choice, bound);
            if (!bound.exact && consistent(rounded, bound)) {
                // The estimate says the relaxation's optimum is expressible: confirm it exactly.
                bound = bound(choice, true);
                if (incumbent != null && Fractions.compare(bound.value, incumbent) <= 0) {
                    return;
                }
                rounded = round(choice, bound);
            }
            BigFraction exact = null;
            if (bound.exact && consistent(rounded, bound)) {
                // The relaxation's optimal decisions are already one expressible policy.
                exact = bound.value;
            } else if (worthEvaluating(rounded, bound)) {
                exact = bound(rounded, true).value;
            }
            if (exact != null && (incumbent == null || Fractions.compare(exact, incumbent) > 0)) {
                incumbent = exact;
                incumbentChoice = rounded;
            }
            if (exact != null && Fractions.compare(exact, bound.value) >= 0) {
                return;  // the relaxation's optimum is attained by an expressible policy
            }
            int c = branchCode(choice, bound);
            if (c < 0) {
                return;
            }
            List<Integer> order = new ArrayList<>();
            order.add(rounded[c]);
            for (int a : coded.allowed[c]) {
                if (a != rounded[c]) {
                    order.add(a);
                }
            }
            for (int a : order) {
                choice[c] = a;
                search(choice);
            }
            choice[c] = -1;
        }

        /** True if every reached state's relaxed decision is the rounded code's action, at every time. */
        private boolean consistent(int[] rounded, Bound bound) {
            for (int i = 0; i < coded.members.size(); i++) {
                CodedTarget.Compiled m = coded.members.get(i).mdp();
                Relaxation.Result r = bound.parts.get(i);
                for (int x = 0; x < m.size; x++) {
                    if (r.mixed()[x] || r.decision()[x] != rounded[m.codeIndex[x]]) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * An exact evaluation of the rounded policy pays off only if it may beat the incumbent or
         * meet the bound; a floating-point estimate with a generous margin decides (a wrong guess
         * only costs search time: the leaves below are evaluated exactly anyway).
         */
        private boolean worthEvaluating(int[] rounded, Bound bound) {
            if (incumbent == null) {
                return true;
            }
            double estimate = 0;
            for (CodedTarget.Member member : coded.members) {
                estimate += member.weight().doubleValue() * FloatGuide.value(member.mdp(), rounded);
            }
            if (Double.isNaN(estimate)) {
                return true;
            }
            double scale = 1e-6 * (1 + Math.abs(estimate));
            return estimate > incumbent.doubleValue() - scale || estimate > bound.value.doubleValue() - scale;
        }

        /**
         * The relaxation summed over members, with each member's decisions; exact if every part
         * is (else value is a sound upper bound and the decisions are estimates).
         */
        private record Bound(BigFraction value, List<Relaxation.Result> parts, boolean exact) {}

        private Bound bound(int[] choice, boolean exactRequired) {
            BigFraction sum = BigFraction.ZERO;
            List<Relaxation.Result> parts = new ArrayList<>();
            boolean exact = true;
            for (int i = 0; i < coded.members.size(); i++) {
                CodedTarget.Member member = coded.members.get(i);
                Relaxation.Result r = Relaxation.solve(member.mdp(), choice, warm[i], exactRequired);
                warm[i] = r.decision();
                parts.add(r);
                sum = sum.add(member.weight().multiply(r.value()));
                exact &= r.exact();
            }
            return new Bound(sum, parts, exact);
        }

        /** A full choice: fixed codes keep theirs; a free code takes its first reached state's decision. */
        private int[] round(int[] choice, Bound bound) {
            int[] rounded = choice.clone();
            for (int i = 0; i < coded.members.size(); i++) {
                CodedTarget.Compiled m = coded.members.get(i).mdp();
                int[] decision = bound.parts.get(i).decision();
                for (int x = 0; x < m.size; x++) {
                    if (rounded[m.codeIndex[x]] < 0) {
                        rounded[m.codeIndex[x]] = decision[x];
                    }
                }
            }
            for (int c = 0; c < rounded.length; c++) {
                if (rounded[c] < 0) {
                    rounded[c] = coded.allowed[c][0];
                }
            }
            return rounded;
        }

        /**
         * A free relevant code whose states disagree in the relaxation (or one state changes its
         * action over time); failing that, the first free relevant code; -1 if none is free.
         */
        private int branchCode(int[] choice, Bound bound) {
            int[] seen = new int[choice.length];
            Arrays.fill(seen, -1);
            int firstFree = -1;
            for (int i = 0; i < coded.members.size(); i++) {
                CodedTarget.Compiled m = coded.members.get(i).mdp();
                Relaxation.Result r = bound.parts.get(i);
                for (int x = 0; x < m.size; x++) {
                    int c = m.codeIndex[x];
                    if (choice[c] >= 0 || !relevant[c]) {
                        continue;
                    }
                    if (firstFree < 0) {
                        firstFree = c;
                    }
                    if (r.mixed()[x] || (seen[c] >= 0 && seen[c] != r.decision()[x])) {
                        return c;
                    }
                    seen[c] = r.decision()[x];
                }
            }
            return firstFree;
        }
    }
}
