package org.mincirc.exact;

import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.StateRef;
import org.mincirc.model.Target;

/**
 * R_T(pi) exactly, as in "Are minimal circuits deceptive?": E[sum_{t<H} gamma^t r(x_t, pi(x_t))],
 * x_0 ~ p, stopping early when the episode ends; for a family, sum_i w_i R_{T_i}(pi).
 */
public final class Returns {
    private Returns() {}

    /**
     * The exact return of the policy on an mdp or a family. Only states reached with positive
     * probability (within the horizon) need an action.
     *
     * @throws InvalidPolicyException naming the first reached state whose output is missing or is
     *     not one of its actions
     */
    public static BigFraction of(Target target, Policy policy) throws InvalidPolicyException {
        if (target instanceof Mdp mdp) {
            return of(mdp, policy);
        }
        BigFraction sum = BigFraction.ZERO;
        for (Family.Member m : ((Family) target).members()) {
            sum = sum.add(m.weight().multiply(of(m.mdp(), policy)));
        }
        return sum;
    }

    private static BigFraction of(Mdp mdp, Policy policy) throws InvalidPolicyException {
        OptionalInt horizon = mdp.horizon();
        if (horizon.isPresent()) {
            int h = horizon.getAsInt();
            if (h <= 0) {
                return BigFraction.ZERO;
            }
            Chain chain = Chain.build(mdp, policy, h - 1);
            return chain.expectation(ChainValues.finite(chain, h, mdp.discount()));
        }
        Chain chain = Chain.build(mdp, policy, Integer.MAX_VALUE);
        return chain.expectation(ChainValues.discounted(chain.reward, chain.next, chain.prob, mdp.discount()));
    }

    /**
     * Validity as {@code eval} means it: the policy must give every state of the target (all
     * states of all members, reachable or not) one of that state's actions.
     *
     * @return the problem at the first offending state in declaration order, or empty if valid
     */
    public static Optional<InvalidPolicyException> validity(Target target, Policy policy) {
        if (target instanceof Mdp mdp) {
            return validity(mdp, policy);
        }
        return ((Family) target).members().stream()
                .map(m -> validity(m.mdp(), policy))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<InvalidPolicyException> validity(Mdp mdp, Policy policy) {
        for (int i = 0; i < mdp.states().size(); i++) {
            State s = mdp.state(i);
            OptionalInt out = policy.output(s.code());
            if (out.isEmpty()) {
                return Optional.of(InvalidPolicyException.noAction(new StateRef(mdp, i), policy, false));
            }
            if (s.transitionByCode(out.getAsInt()).isEmpty()) {
                return Optional.of(InvalidPolicyException.notAnAction(new StateRef(mdp, i), out.getAsInt(), policy));
            }
        }
        return Optional.empty();
    }

    /** True if the policy is valid on every state of the target (see {@link #validity}). */
    public static boolean isValid(Target target, Policy policy) {
        return validity(target, policy).isEmpty();
    }
}
