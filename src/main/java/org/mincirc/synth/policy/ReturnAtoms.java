package org.mincirc.synth.policy;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.mincirc.model.Expr;
import org.mincirc.model.Target;

/**
 * Literals for {@code return(T) op q} atoms in one encoding: exact (reified pseudo-Boolean)
 * where {@link ReturnForms} has an exact form of T's return, otherwise a free literal whose
 * guesses the exact candidate check corrects.
 */
final class ReturnAtoms {
    private ReturnForms forms;
    private final Map<Target, Optional<LinearForm>> byTarget = new IdentityHashMap<>();
    private final Map<Expr.ReturnCmp, Integer> byAtom = new IdentityHashMap<>();
    private boolean allExact = true;
    private BellmanReturns bellman;

    void useForms(ReturnForms forms) {
        this.forms = forms;
    }

    /** With rational arithmetic every atom is exact through Bellman equations, whatever T is. */
    void useBellman(BellmanReturns exact) {
        this.bellman = exact;
    }

    Optional<LinearForm> form(Target target) {
        return byTarget.computeIfAbsent(target, forms::of);
    }

    /** True if every atom encoded so far got an exact literal. */
    boolean allExact() {
        return allExact;
    }

    int literal(Expr.ReturnCmp atom, ActionLiterals actions) {
        Integer known = byAtom.get(atom);
        if (known != null) {
            return known;
        }
        int lit;
        if (bellman != null) {
            lit = bellman.literal(atom);
            byAtom.put(atom, lit);
            return lit;
        }
        Optional<LinearForm> form = form(atom.target());
        if (form.isEmpty()) {
            allExact = false;
            lit = actions.backend().newVar();
        } else {
            LinearForm f = form.get();
            lit = switch (atom.op()) {
                case GE -> f.reifyAtLeast(actions.backend(), atom.bound(), false);
                case GT -> f.reifyAtLeast(actions.backend(), atom.bound(), true);
                case LT -> -f.reifyAtLeast(actions.backend(), atom.bound(), false);
                case LE -> -f.reifyAtLeast(actions.backend(), atom.bound(), true);
                case EQ -> equal(f, atom, actions);
                case NE -> -equal(f, atom, actions);
            };
        }
        byAtom.put(atom, lit);
        return lit;
    }

    /** sum == q  iff  sum >= q and not sum > q. */
    private static int equal(LinearForm f, Expr.ReturnCmp atom, ActionLiterals actions) {
        int atLeast = f.reifyAtLeast(actions.backend(), atom.bound(), false);
        int above = f.reifyAtLeast(actions.backend(), atom.bound(), true);
        int v = actions.backend().newVar();
        actions.backend().addClause(-v, atLeast);
        actions.backend().addClause(-v, -above);
        actions.backend().addClause(v, -atLeast, above);
        return v;
    }
}
