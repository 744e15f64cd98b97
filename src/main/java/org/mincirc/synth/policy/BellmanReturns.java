package org.mincirc.synth.policy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Expr;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Target;
import org.mincirc.model.Transition;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.RationalArithmetic;
import org.mincirc.solver.RealSum;

/**
 * A target's return as an exact rational term, for backends with {@link RationalArithmetic}:
 * one real variable per value and the Bellman equation of each allowed action, asserted under
 * the literal "the circuit chooses that action at the state's code",
 * <pre>  [pi(code(s)) = a]  ->  V(s) = r(s, a) + gamma * sum_s' p(s' | s, a) * V(s')</pre>
 * With a finite horizon the value carries the steps left, V_k(s) with V_0 = 0; with an infinite
 * one the equations of a fixed policy have exactly one solution (gamma &lt; 1; or gamma = 1 in an
 * mdp without end components, where every policy's chain is absorbing). Every care code's
 * output is one of its allowed actions in any model, so each value is pinned down and the
 * return sum_members w * sum_s p0(s) * V(s) is exact for every kind of target, stochastic and
 * discounted included.
 */
final class BellmanReturns {
    private final PolicySpace space;
    private final ActionLiterals actions;
    private final RationalArithmetic reals;
    private final Map<Mdp, RealSum> byMdp = new IdentityHashMap<>();

    BellmanReturns(PolicySpace space, ActionLiterals actions, RationalArithmetic reals) {
        this.space = space;
        this.actions = actions;
        this.reals = reals;
    }

    /**
     * If the encoding's backend has rational arithmetic, makes {@code atoms} exact through
     * Bellman equations and asserts the threshold; returns whether it did.
     */
    static boolean attach(PolicySpace space, ActionLiterals actions, ReturnAtoms atoms, Target target,
                          java.util.Optional<BigFraction> threshold) {
        if (!(actions.backend() instanceof RationalArithmetic reals)) {
            return false;
        }
        BellmanReturns bellman = new BellmanReturns(space, actions, reals);
        atoms.useBellman(bellman);
        threshold.ifPresent(r -> bellman.assertAtLeast(target, r));
        return true;
    }

    /** Asserts return(target) >= bound. */
    void assertAtLeast(Target target, BigFraction bound) {
        reals.addLinear(of(target), Comparison.AT_LEAST, bound);
    }

    /** A literal equivalent to the atom {@code return(T) op q}. */
    int literal(Expr.ReturnCmp atom) {
        RealSum r = of(atom.target());
        return switch (atom.op()) {
            case GE -> reals.reifyAtLeast(r, atom.bound(), false);
            case GT -> reals.reifyAtLeast(r, atom.bound(), true);
            case LT -> -reals.reifyAtLeast(r, atom.bound(), false);
            case LE -> -reals.reifyAtLeast(r, atom.bound(), true);
            case EQ -> equal(r, atom.bound());
            case NE -> -equal(r, atom.bound());
        };
    }

    /** r == q iff r >= q and not r > q. */
    private int equal(RealSum r, BigFraction q) {
        int atLeast = reals.reifyAtLeast(r, q, false);
        int above = reals.reifyAtLeast(r, q, true);
        int v = actions.backend().newVar();
        actions.backend().addClause(-v, atLeast);
        actions.backend().addClause(-v, -above);
        actions.backend().addClause(v, -atLeast, above);
        return v;
    }

    RealSum of(Target target) {
        RealSum sum = RealSum.ZERO;
        for (Family.Member m : ReturnForms.members(target)) {
            sum = sum.plus(byMdp.computeIfAbsent(m.mdp(), this::ofMdp).times(m.weight()));
        }
        return sum;
    }

    private RealSum ofMdp(Mdp mdp) {
        int horizon = mdp.horizon().orElse(-1);
        if (horizon == 0) {
            return RealSum.ZERO;
        }
        Values values = new Values(mdp, horizon);
        RealSum sum = RealSum.ZERO;
        for (int x = 0; x < mdp.states().size(); x++) {
            BigFraction p0 = mdp.state(x).init();
            if (p0.signum() != 0) {
                sum = sum.plusTerm(values.of(x, horizon), p0);
            }
        }
        values.defineAll();
        return sum;
    }

    /**
     * The value variables of one mdp, created on demand and defined by a worklist so only the
     * (state, steps left) pairs reachable from the start get a variable. An infinite horizon is
     * written steps = -1 throughout.
     */
    private final class Values {
        private final Mdp mdp;
        private final int horizon;
        private final Map<Long, Integer> variable = new HashMap<>();
        private final Deque<long[]> undefined = new ArrayDeque<>();

        Values(Mdp mdp, int horizon) {
            this.mdp = mdp;
            this.horizon = horizon;
        }

        int of(int state, int steps) {
            long key = ((long) state << 32) | (steps & 0xffffffffL);
            return variable.computeIfAbsent(key, k -> {
                undefined.push(new long[] {state, steps});
                return reals.newReal();
            });
        }

        void defineAll() {
            while (!undefined.isEmpty()) {
                long[] next = undefined.pop();
                define((int) next[0], (int) next[1]);
            }
        }

        /** V(s) - gamma * sum p * V(s') = r(s, a) under each allowed action a. */
        private void define(int x, int steps) {
            State s = mdp.state(x);
            int v = of(x, steps);
            int after = horizon < 0 ? -1 : steps - 1;
            for (Action a : space.allowed(s.code())) {
                Transition t = s.transition(a).orElseThrow();
                RealSum equation = RealSum.variable(v);
                if (after != 0) {
                    for (Successor next : t.successors()) {
                        if (!next.stops()) {
                            equation = equation.plusTerm(of(next.state(), after),
                                    next.probability().multiply(mdp.discount()).negate());
                        }
                    }
                }
                reals.addLinearIf(actions.chooses(s.code(), a.code()), equation, Comparison.EXACTLY, t.reward());
            }
        }
    }
}
