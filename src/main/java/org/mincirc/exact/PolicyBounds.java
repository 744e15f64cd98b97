package org.mincirc.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.Target;

/**
 * Sound bounds on the return of a whole family of policies at once: those that keep the actions
 * of some codes fixed and choose freely elsewhere. The upper bound is the relaxation where every
 * free state chooses its best action, fully observed and (finite horizon) non-stationary; the
 * lower bound is the same relaxation where every free state plays its worst. Every expressible
 * policy agreeing with the fixed codes is one of the relaxation's choices, so it lies between the
 * two bounds. This is the family bound of abstraction refinement in PAYNT (Andriushchenko et
 * al., CAV 2021; Češka et al., TACAS 2021: one MDP over-approximates a family of memoryless
 * policies), read per code so that a failed bound names the codes that caused it.
 *
 * <p>{@link #cut} turns one failing policy into a small set of codes whose fixed actions alone
 * make every agreeing policy fail: a blocking clause over those codes removes a whole family,
 * and only policies that provably fail. Every bound that decides is an exact rational (for
 * discounted targets read off a floating-point estimate by one exact residual pass,
 * {@link Relaxation#upperBound}, which is sound whatever the estimate); floating point only
 * orders the codes tried.
 */
public final class PolicyBounds {
    /** Which side of the threshold a cut proves the family on. */
    public enum Side {
        /** Every agreeing policy's return is below the bound (upper bound, the rest plays best). */
        BELOW,
        /** Every agreeing policy's return is above the bound (lower bound, the rest plays worst). */
        ABOVE
    }

    private final CodedTarget coded;
    private final List<CodedTarget.Compiled> negated = new ArrayList<>();
    private final java.util.Map<Integer, Integer> indexOfCode = new java.util.HashMap<>();
    /** Code indices whose choice can change a return: carried by a compiled state, two or more actions. */
    private final int[] relevant;
    private final int[][] warmUpper;
    private final int[][] warmLower;

    private PolicyBounds(CodedTarget coded) {
        this.coded = coded;
        for (int c = 0; c < coded.codes.length; c++) {
            indexOfCode.put(coded.codes[c], c);
        }
        boolean[] matters = new boolean[coded.codes.length];
        for (CodedTarget.Member member : coded.members) {
            negated.add(member.mdp().negated());
            for (int x = 0; x < member.mdp().size; x++) {
                int c = member.mdp().codeIndex[x];
                matters[c] |= coded.allowed[c].length > 1;
            }
        }
        relevant = java.util.stream.IntStream.range(0, matters.length).filter(c -> matters[c]).toArray();
        warmUpper = new int[coded.members.size()][];
        warmLower = new int[coded.members.size()][];
    }

    /**
     * @param allowedAt per code, the actions policies may use there (as {@link OptimalReturn}'s
     *     restriction), or null everywhere for the target's own
     * @throws OptimumUnavailableException when some code's states share no action
     */
    public static PolicyBounds of(Target target, Interface iface, IntFunction<List<Action>> allowedAt) {
        return new PolicyBounds(new CodedTarget(target, iface, allowedAt));
    }

    /** A sound upper bound on the return of every policy taking {@code fixed}'s actions (code -> action code). */
    public BigFraction upper(Map<Integer, Integer> fixed) {
        return bound(choiceOf(fixed), Side.BELOW, false);
    }

    /** A sound lower bound on the return of every policy taking {@code fixed}'s actions. */
    public BigFraction lower(Map<Integer, Integer> fixed) {
        return bound(choiceOf(fixed), Side.ABOVE, false);
    }

    /**
     * A floating-point estimate of the policy's return, to choose which exact check to run first
     * (never to decide); NaN when it cannot be estimated.
     */
    public double estimate(Policy policy) {
        int[] full = new int[coded.codes.length];
        for (int c = 0; c < full.length; c++) {
            OptionalInt out = policy.output(coded.codes[c]);
            int a = out.isPresent() ? out.getAsInt() : -1;
            final int action = a;
            full[c] = Arrays.stream(coded.allowed[c]).anyMatch(x -> x == action) ? a : coded.allowed[c][0];
        }
        double sum = 0;
        for (CodedTarget.Member member : coded.members) {
            sum += member.weight().doubleValue() * FloatGuide.value(member.mdp(), full);
        }
        return sum;
    }

    private int[] choiceOf(Map<Integer, Integer> fixed) {
        int[] choice = new int[coded.codes.length];
        Arrays.fill(choice, -1);
        fixed.forEach((code, action) -> {
            Integer c = indexOfCode.get(code);
            if (c != null) {
                choice[c] = action;
            }
        });
        return choice;
    }

    /**
     * A small set of codes S such that every policy agreeing with {@code policy} on S has a return
     * below {@code q} ({@link Side#BELOW}; at most q when not strict) or above it
     * ({@link Side#ABOVE}; at least q when not strict), shrunk greedily: start from every code
     * that matters, drop codes while the exact bound still proves the claim. Empty when the bound
     * cannot prove it even with every code fixed (the claim may still hold: the bound of a full
     * policy is its exact return only up to the estimate's residual).
     */
    public Optional<SortedSet<Integer>> cut(Policy policy, Side side, BigFraction q, boolean strict) {
        return cut(policy, side, q, strict, true);
    }

    /**
     * As {@link #cut(Policy, Side, BigFraction, boolean)}; without {@code exactFirst} the whole
     * policy is bounded from the estimate only (no exact solve), for a first try that is cheap
     * when it fails.
     */
    public Optional<SortedSet<Integer>> cut(Policy policy, Side side, BigFraction q, boolean strict,
                                            boolean exactFirst) {
        int[] choice = new int[coded.codes.length];
        Arrays.fill(choice, -1);
        for (int c : relevant) {
            OptionalInt out = policy.output(coded.codes[c]);
            if (out.isEmpty() || Arrays.stream(coded.allowed[c]).noneMatch(a -> a == out.getAsInt())) {
                return Optional.empty();
            }
            choice[c] = out.getAsInt();
        }
        if (!proves(choice, side, q, strict) && !(exactFirst && proves(choice, side, q, strict, true))) {
            // Not even the exact bound of the whole policy proves it (the relaxation of a policy
            // fixed everywhere is exact: the claim is false, or the estimate broke down).
            return Optional.empty();
        }
        // Codes where the policy already does what the unconstrained relaxation does are the
        // likeliest to be irrelevant to the failure: try dropping them all at once, then one by one.
        int[] free = new int[coded.codes.length];
        Arrays.fill(free, -1);
        boolean[] agrees = agreement(choice, free, side);
        int[] trial = choice.clone();
        for (int c : relevant) {
            if (agrees[c]) {
                trial[c] = -1;
            }
        }
        if (proves(trial, side, q, strict)) {
            choice = trial;
        }
        for (int c : relevant) {
            if (choice[c] < 0) {
                continue;
            }
            int kept = choice[c];
            choice[c] = -1;
            if (!proves(choice, side, q, strict)) {
                choice[c] = kept;
            }
        }
        SortedSet<Integer> codes = new TreeSet<>();
        for (int c : relevant) {
            if (choice[c] >= 0) {
                codes.add(coded.codes[c]);
            }
        }
        return Optional.of(codes);
    }

    private boolean proves(int[] choice, Side side, BigFraction q, boolean strict) {
        return proves(choice, side, q, strict, false);
    }

    /** With {@code exact}, the relaxation is solved exactly (exact policy iteration), not bounded from an estimate. */
    private boolean proves(int[] choice, Side side, BigFraction q, boolean strict, boolean exact) {
        int cmp = bound(choice, side, exact).compareTo(q);
        return side == Side.BELOW ? (strict ? cmp < 0 : cmp <= 0) : (strict ? cmp > 0 : cmp >= 0);
    }

    /** Per code index: true if every state carrying it takes the fixed action in the free relaxation. */
    private boolean[] agreement(int[] choice, int[] free, Side side) {
        boolean[] agrees = new boolean[coded.codes.length];
        Arrays.fill(agrees, true);
        for (int i = 0; i < coded.members.size(); i++) {
            CodedTarget.Compiled m = side == Side.BELOW ? coded.members.get(i).mdp() : negated.get(i);
            Relaxation.Result r = Relaxation.solve(m, free, null, false);
            for (int x = 0; x < m.size; x++) {
                int c = m.codeIndex[x];
                agrees[c] &= !r.mixed()[x] && r.decision()[x] == choice[c];
            }
        }
        return agrees;
    }

    /** The weighted sum of the members' relaxations: an upper bound (BELOW) or lower bound (ABOVE). */
    private BigFraction bound(int[] choice, Side side, boolean exact) {
        BigFraction sum = BigFraction.ZERO;
        for (int i = 0; i < coded.members.size(); i++) {
            CodedTarget.Member member = coded.members.get(i);
            CodedTarget.Compiled m = side == Side.BELOW ? member.mdp() : negated.get(i);
            int[][] warm = side == Side.BELOW ? warmUpper : warmLower;
            Relaxation.Result r = Relaxation.solve(m, choice, warm[i], exact);
            warm[i] = r.decision();
            sum = sum.add(member.weight().multiply(r.value()));
        }
        return side == Side.BELOW ? sum : sum.negate();
    }
}
