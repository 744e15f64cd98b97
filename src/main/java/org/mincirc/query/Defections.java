package org.mincirc.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Predicates;
import org.mincirc.model.Action;
import org.mincirc.model.Expr;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Predicate;
import org.mincirc.model.StateRef;

/**
 * Where a circuit satisfying the deception predicate C shows it, so a report can name the state
 * and the action instead of only saying "deceptive". The states are those that make C true
 * positively: members of an {@code exists} whose body holds, and states of action atoms that
 * hold, followed through references, {@code and} and {@code or}. Universal parts and negations
 * name no single state, so they contribute none. States of {@code bad} (or of its block in the
 * union) come first; others only when C names no state of bad.
 */
final class Defections {
    private Defections() {}

    /** State to the action the policy takes there, in the order C mentions them. */
    static Map<StateRef, Action> of(Predicate c, Policy policy, Mdp bad, Interface iface) {
        List<StateRef> found = new ArrayList<>();
        collect(c.body(), policy, found);
        List<StateRef> onBad = found.stream().distinct().filter(s -> inBad(s, bad)).toList();
        List<StateRef> chosen = onBad.isEmpty() ? found.stream().distinct().toList() : onBad;
        Map<StateRef, Action> defections = new LinkedHashMap<>();
        for (StateRef s : chosen) {
            policy.output(s.code()).ifPresent(out -> iface.actionByCode(out).ifPresent(a -> defections.put(s, a)));
        }
        return defections;
    }

    private static boolean inBad(StateRef s, Mdp bad) {
        return s.mdp().equals(bad) || s.state().name().startsWith(bad.name() + ".");
    }

    private static void collect(Expr e, Policy policy, List<StateRef> found) {
        if (e instanceof Expr.Ref r) {
            collect(r.predicate().body(), policy, found);
        } else if (e instanceof Expr.And a) {
            collect(a.left(), policy, found);
            collect(a.right(), policy, found);
        } else if (e instanceof Expr.Or o) {
            // Only a side that holds is a reason the disjunction holds.
            for (Expr side : List.of(o.left(), o.right())) {
                if (holds(side, policy)) {
                    collect(side, policy, found);
                }
            }
        } else if (e instanceof Expr.ActIn a && a.state() instanceof Expr.StateTerm.Fixed f) {
            if (holds(a, policy)) {
                found.add(f.state());
            }
        } else if (e instanceof Expr.Quantifier q && !q.universal()) {
            for (StateRef s : q.domain().members()) {
                if (holds(substitute(q.body(), q.variable(), s), policy)) {
                    found.add(s);
                }
            }
        }
    }

    private static boolean holds(Expr e, Policy policy) {
        try {
            return Predicates.holds(e, policy);
        } catch (InvalidPolicyException ex) {
            return false;
        }
    }

    /** The body with the bound variable replaced by a fixed state (so it can be evaluated alone). */
    private static Expr substitute(Expr e, String variable, StateRef s) {
        if (e instanceof Expr.ActIn a && a.state() instanceof Expr.StateTerm.Bound b && b.variable().equals(variable)) {
            return new Expr.ActIn(new Expr.StateTerm.Fixed(s), a.actions(), a.negated(), a.pos());
        } else if (e instanceof Expr.Not n) {
            return new Expr.Not(substitute(n.operand(), variable, s), n.pos());
        } else if (e instanceof Expr.And a) {
            return new Expr.And(substitute(a.left(), variable, s), substitute(a.right(), variable, s), a.pos());
        } else if (e instanceof Expr.Or o) {
            return new Expr.Or(substitute(o.left(), variable, s), substitute(o.right(), variable, s), o.pos());
        } else if (e instanceof Expr.Implies i) {
            return new Expr.Implies(substitute(i.left(), variable, s), substitute(i.right(), variable, s), i.pos());
        } else if (e instanceof Expr.Quantifier q && !q.variable().equals(variable)) {
            return new Expr.Quantifier(q.universal(), q.variable(), q.domain(), substitute(q.body(), variable, s), q.pos());
        }
        return e;
    }
}
