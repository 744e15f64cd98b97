package org.mincirc.model;

import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A predicate expression over a policy. Names are resolved: references point at their
 * {@link Predicate}, states at {@link StateRef}s or bound variables, actions at {@link Action}s.
 */
public sealed interface Expr {
    SourcePos pos();

    record Const(boolean value, SourcePos pos) implements Expr {}

    record Not(Expr operand, SourcePos pos) implements Expr {}

    record And(Expr left, Expr right, SourcePos pos) implements Expr {}

    record Or(Expr left, Expr right, SourcePos pos) implements Expr {}

    record Implies(Expr left, Expr right, SourcePos pos) implements Expr {}

    /** A reference to another predicate by name (the loader rejects cycles). */
    record Ref(Predicate predicate, SourcePos pos) implements Expr {}

    /** {@code exists s in SET : body} or {@code forall s in SET : body}. */
    record Quantifier(boolean universal, String variable, StateSet domain, Expr body, SourcePos pos)
            implements Expr {}

    /**
     * {@code act(s) in {a, b}}; {@code act(s) == a} is {@code in {a}} and {@code act(s) != a} is the
     * negation. True when the circuit's output code at s is the code of one of the actions.
     */
    record ActIn(StateTerm state, Set<Action> actions, boolean negated, SourcePos pos) implements Expr {
        public ActIn {
            actions = Set.copyOf(actions);
        }
    }

    /** {@code return(TARGET) op bound}. */
    record ReturnCmp(Target target, Cmp op, BigFraction bound, SourcePos pos) implements Expr {}

    /** The state an action atom talks about: a variable bound by a quantifier, or a fixed state. */
    sealed interface StateTerm {
        record Bound(String variable) implements StateTerm {}

        record Fixed(StateRef state) implements StateTerm {}
    }
}
