package org.mincirc.synth.policy;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.OptimumUnavailableException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.PolicyBounds;
import org.mincirc.exact.Predicates;
import org.mincirc.model.Expr;
import org.mincirc.model.Target;

/**
 * Why a rejected policy fails, as a small set of codes: every policy that agrees with it on
 * those codes fails the same way, so one blocking clause removes the whole family (the "search
 * that learns" of the architecture; abstraction refinement as in PAYNT, Andriushchenko et al.,
 * CAV 2021, but per code so that the clause is over a circuit's outputs). The families are
 * proven to fail by {@link PolicyBounds}' exact bounds; where no bound proves it, the old
 * explanation is used (the codes the policy reaches: every policy agreeing there has the same
 * return).
 */
final class FailureCuts {
    /** How often a cut was learned, and how often the fallback had to be used. */
    static final class Counts {
        final java.util.concurrent.atomic.AtomicInteger cuts = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger fallbacks = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger rejected = new java.util.concurrent.atomic.AtomicInteger();
    }

    private final PolicySpace space;
    private final Map<Target, Optional<PolicyBounds>> bounds = new IdentityHashMap<>();
    private final Counts counts;

    FailureCuts(PolicySpace space, Counts counts) {
        this.space = space;
        this.counts = counts;
    }

    /**
     * Codes forcing "return(target) < q" for every agreeing policy, when an exact bound proves it;
     * empty when none does (the policy may still fail: its exact return decides). A policy that
     * a bound proves failing needs no exact evaluation of its own.
     */
    Optional<Set<Integer>> provenBelow(Target target, Policy policy, BigFraction q) {
        // A candidate estimated well above q will be accepted by its exact return: no bound is tried.
        double estimate = bounds(target).map(b -> b.estimate(policy)).orElse(Double.NaN);
        if (estimate > q.doubleValue() + 1e-9 * (1 + Math.abs(q.doubleValue()))) {
            return Optional.empty();
        }
        Optional<Set<Integer>> cut = returnCut(target, policy, PolicyBounds.Side.BELOW, q, true, false);
        cut.ifPresent(c -> counts.cuts.incrementAndGet());
        return cut;
    }

    /** Codes forcing "return(target) < q", for a policy whose exact return is known to be below q. */
    Set<Integer> belowThreshold(Target target, Policy policy, BigFraction q) {
        Optional<Set<Integer>> cut = returnCut(target, policy, PolicyBounds.Side.BELOW, q, true, true);
        if (cut.isPresent()) {
            counts.cuts.incrementAndGet();
            return cut.get();
        }
        return reachedCodes(target, policy);
    }

    /** The codes the policy reaches (every agreeing policy has its return): the fallback explanation. */
    Set<Integer> reachedCodes(Target target, Policy policy) {
        counts.fallbacks.incrementAndGet();
        return Reachability.codes(target, policy);
    }

    /** Codes forcing {@code e} to keep the value it has under {@code policy}, for every agreeing policy. */
    Set<Integer> forcing(Expr e, Policy policy) throws InvalidPolicyException {
        return why(e, Predicates.holds(e, policy), policy);
    }

    private Set<Integer> why(Expr e, boolean value, Policy policy) throws InvalidPolicyException {
        if (e instanceof Expr.Const) {
            return Set.of();
        }
        if (e instanceof Expr.Not n) {
            return why(n.operand(), !value, policy);
        }
        if (e instanceof Expr.Ref r) {
            return why(r.predicate().body(), value, policy);
        }
        if (e instanceof Expr.And a) {
            return junction(a.left(), false, a.right(), false, value, true, policy);
        }
        if (e instanceof Expr.Or o) {
            return junction(o.left(), false, o.right(), false, value, false, policy);
        }
        if (e instanceof Expr.Implies i) {
            // a -> b is (not a) or b
            return junction(i.left(), true, i.right(), false, value, false, policy);
        }
        if (e instanceof Expr.ActIn atom && atom.state() instanceof Expr.StateTerm.Fixed f) {
            return Set.of(f.state().code());
        }
        if (e instanceof Expr.ReturnCmp cmp) {
            return returnAtom(cmp, value, policy);
        }
        // Quantifiers: every code of the domain and every code the body speaks of.
        return PolicyHooks.relevantCodes(e, policy);
    }

    /**
     * An and (or an or) of two operands, each possibly negated: when the junction's value is
     * decided by one operand alone (a false conjunct, a true disjunct), that operand's reason
     * suffices, the smaller one if both decide; otherwise both reasons are needed.
     */
    private Set<Integer> junction(Expr left, boolean negateLeft, Expr right, boolean negateRight, boolean value,
                                  boolean conjunction, Policy policy) throws InvalidPolicyException {
        boolean l = Predicates.holds(left, policy) ^ negateLeft;
        boolean r = Predicates.holds(right, policy) ^ negateRight;
        boolean decisive = conjunction ? !value : value;  // the operand value that decides alone
        Set<Integer> byLeft = l == decisive ? why(left, l ^ negateLeft, policy) : null;
        Set<Integer> byRight = r == decisive ? why(right, r ^ negateRight, policy) : null;
        if (byLeft != null && byRight != null) {
            return byLeft.size() <= byRight.size() ? byLeft : byRight;
        }
        if (byLeft != null) {
            return byLeft;
        }
        if (byRight != null) {
            return byRight;
        }
        Set<Integer> both = new HashSet<>(why(left, l ^ negateLeft, policy));
        both.addAll(why(right, r ^ negateRight, policy));
        return both;
    }

    /**
     * An atom return(T) op q keeps its value on a family when the family's upper bound stays below
     * (or lower bound above) q on the side the policy's return is on; equalities fall back.
     */
    private Set<Integer> returnAtom(Expr.ReturnCmp cmp, boolean value, Policy policy) {
        Optional<Set<Integer>> cut = switch (cmp.op()) {
            // GE true / LT false: return >= q, proven by a lower bound >= q; GE false: upper < q.
            case GE -> value ? returnCut(cmp.target(), policy, PolicyBounds.Side.ABOVE, cmp.bound(), false)
                    : returnCut(cmp.target(), policy, PolicyBounds.Side.BELOW, cmp.bound(), true);
            case LT -> value ? returnCut(cmp.target(), policy, PolicyBounds.Side.BELOW, cmp.bound(), true)
                    : returnCut(cmp.target(), policy, PolicyBounds.Side.ABOVE, cmp.bound(), false);
            case GT -> value ? returnCut(cmp.target(), policy, PolicyBounds.Side.ABOVE, cmp.bound(), true)
                    : returnCut(cmp.target(), policy, PolicyBounds.Side.BELOW, cmp.bound(), false);
            case LE -> value ? returnCut(cmp.target(), policy, PolicyBounds.Side.BELOW, cmp.bound(), false)
                    : returnCut(cmp.target(), policy, PolicyBounds.Side.ABOVE, cmp.bound(), true);
            case EQ, NE -> Optional.empty();
        };
        if (cut.isPresent()) {
            counts.cuts.incrementAndGet();
            return cut.get();
        }
        return reachedCodes(cmp.target(), policy);
    }

    private Optional<PolicyBounds> bounds(Target target) {
        return bounds.computeIfAbsent(target, t -> {
            try {
                return Optional.of(PolicyBounds.of(t, space.iface(), space::allowed));
            } catch (OptimumUnavailableException e) {
                return Optional.empty();  // no valid policy: nothing to bound
            }
        });
    }

    private Optional<Set<Integer>> returnCut(Target target, Policy policy, PolicyBounds.Side side, BigFraction q,
                                             boolean strict) {
        return returnCut(target, policy, side, q, strict, true);
    }

    private Optional<Set<Integer>> returnCut(Target target, Policy policy, PolicyBounds.Side side, BigFraction q,
                                             boolean strict, boolean exactFirst) {
        return bounds(target).flatMap(x -> x.cut(policy, side, q, strict, exactFirst)).map(c -> (Set<Integer>) c);
    }
}
