package org.mincirc.synth.policy;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.model.Expr;
import org.mincirc.model.Predicate;
import org.mincirc.model.StateRef;
import org.mincirc.solver.Backend;

/**
 * Encodes a predicate over the circuit's outputs with Tseitin definitions (each subformula gets
 * a literal equivalent to it), so a predicate can be asserted, negated or reported alike.
 * Quantifiers expand over their state sets; action atoms become {@link ActionLiterals}.
 * A {@code return(...)} atom gets a literal from {@link ReturnAtoms}: exact where the return is
 * linear in the actions, otherwise free, in which case the candidate check (the exact judge)
 * rejects every candidate on which the guess was wrong.
 */
final class PredicateEncoder {
    private final ActionLiterals actions;
    private final ReturnAtoms returns;
    private final Backend backend;
    private final Map<Predicate, Integer> byPredicate = new IdentityHashMap<>();

    PredicateEncoder(ActionLiterals actions, ReturnAtoms returns) {
        this.actions = actions;
        this.returns = returns;
        this.backend = actions.backend();
    }

    int encode(Expr e) {
        return encode(e, Map.of());
    }

    private int encode(Expr e, Map<String, StateRef> env) {
        if (e instanceof Expr.Const c) {
            return c.value() ? actions.trueLit() : -actions.trueLit();
        } else if (e instanceof Expr.Not n) {
            return -encode(n.operand(), env);
        } else if (e instanceof Expr.And a) {
            return and(new int[] {encode(a.left(), env), encode(a.right(), env)});
        } else if (e instanceof Expr.Or o) {
            return or(new int[] {encode(o.left(), env), encode(o.right(), env)});
        } else if (e instanceof Expr.Implies i) {
            return or(new int[] {-encode(i.left(), env), encode(i.right(), env)});
        } else if (e instanceof Expr.Ref r) {
            // A referenced predicate has no free variables, so one definition serves every use.
            Integer lit = byPredicate.get(r.predicate());
            if (lit == null) {
                lit = encode(r.predicate().body(), Map.of());
                byPredicate.put(r.predicate(), lit);
            }
            return lit;
        } else if (e instanceof Expr.Quantifier q) {
            List<StateRef> domain = q.domain().members();
            int[] parts = new int[domain.size()];
            for (int i = 0; i < parts.length; i++) {
                Map<String, StateRef> inner = new HashMap<>(env);
                inner.put(q.variable(), domain.get(i));
                parts[i] = encode(q.body(), inner);
            }
            return q.universal() ? and(parts) : or(parts);
        } else if (e instanceof Expr.ActIn atom) {
            StateRef state = resolve(atom.state(), env);
            int[] options = atom.actions().stream().mapToInt(a -> actions.chooses(state.code(), a.code())).toArray();
            int lit = or(options);
            return atom.negated() ? -lit : lit;
        } else if (e instanceof Expr.ReturnCmp cmp) {
            return returns.literal(cmp, actions);
        }
        throw new IllegalArgumentException("unknown expression " + e);
    }

    private static StateRef resolve(Expr.StateTerm term, Map<String, StateRef> env) {
        if (term instanceof Expr.StateTerm.Fixed f) {
            return f.state();
        }
        String variable = ((Expr.StateTerm.Bound) term).variable();
        StateRef s = env.get(variable);
        if (s == null) {
            throw new IllegalStateException("unbound variable " + variable);
        }
        return s;
    }

    /** A literal equivalent to the conjunction (true for none). */
    int and(int[] parts) {
        if (parts.length == 0) {
            return actions.trueLit();
        }
        if (parts.length == 1) {
            return parts[0];
        }
        int v = backend.newVar();
        int[] back = new int[parts.length + 1];
        back[0] = v;
        for (int i = 0; i < parts.length; i++) {
            backend.addClause(-v, parts[i]);
            back[i + 1] = -parts[i];
        }
        backend.addClause(back);
        return v;
    }

    /** A literal equivalent to the disjunction (false for none). */
    int or(int[] parts) {
        int[] negated = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            negated[i] = -parts[i];
        }
        return -and(negated);
    }
}
