package org.mincirc.exact;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Expr;
import org.mincirc.model.Predicate;
import org.mincirc.model.StateRef;
import org.mincirc.model.Target;

/**
 * Evaluates predicates over a policy exactly. Connectives short-circuit left to right. Action
 * atoms compare the policy's output code at the state's code; return atoms compare the exact
 * return, computed once per target and evaluation.
 */
public final class Predicates {
    private Predicates() {}

    public static boolean holds(Predicate predicate, Policy policy) throws InvalidPolicyException {
        return holds(predicate.body(), policy);
    }

    /**
     * @throws InvalidPolicyException when an action atom asks about a state where the policy is
     *     undefined, or a return atom's target reaches a state the policy gives no valid action
     */
    public static boolean holds(Expr expr, Policy policy) throws InvalidPolicyException {
        return new Evaluator(policy).eval(expr, Bindings.EMPTY);
    }

    /** Variables bound by quantifiers, innermost first (a later binding shadows an earlier one). */
    private record Bindings(String variable, StateRef state, Bindings outer) {
        static final Bindings EMPTY = new Bindings(null, null, null);

        StateRef lookup(String name) {
            for (Bindings b = this; b != EMPTY; b = b.outer) {
                if (b.variable.equals(name)) {
                    return b.state;
                }
            }
            throw new IllegalArgumentException("unbound state variable " + name);
        }
    }

    private static final class Evaluator {
        private final Policy policy;
        private final Map<Target, BigFraction> returns = new IdentityHashMap<>();

        Evaluator(Policy policy) {
            this.policy = policy;
        }

        boolean eval(Expr e, Bindings env) throws InvalidPolicyException {
            if (e instanceof Expr.Const c) {
                return c.value();
            }
            if (e instanceof Expr.Not n) {
                return !eval(n.operand(), env);
            }
            if (e instanceof Expr.And a) {
                return eval(a.left(), env) && eval(a.right(), env);
            }
            if (e instanceof Expr.Or o) {
                return eval(o.left(), env) || eval(o.right(), env);
            }
            if (e instanceof Expr.Implies i) {
                return !eval(i.left(), env) || eval(i.right(), env);
            }
            if (e instanceof Expr.Ref r) {
                // Predicate bodies are closed: the referenced one sees no outer variables.
                return eval(r.predicate().body(), Bindings.EMPTY);
            }
            if (e instanceof Expr.Quantifier q) {
                for (StateRef s : q.domain().members()) {
                    boolean b = eval(q.body(), new Bindings(q.variable(), s, env));
                    if (b != q.universal()) {
                        return b;
                    }
                }
                return q.universal();
            }
            if (e instanceof Expr.ActIn act) {
                StateRef s = act.state() instanceof Expr.StateTerm.Bound b ? env.lookup(b.variable())
                        : ((Expr.StateTerm.Fixed) act.state()).state();
                OptionalInt out = policy.output(s.code());
                if (out.isEmpty()) {
                    throw new InvalidPolicyException(s, "state " + InvalidPolicyException.describe(s, policy)
                            + " is asked about (act) but the policy gives it no action");
                }
                boolean in = act.actions().stream().mapToInt(Action::code).anyMatch(c -> c == out.getAsInt());
                return in != act.negated();
            }
            if (e instanceof Expr.ReturnCmp rc) {
                BigFraction value = returns.get(rc.target());
                if (value == null) {
                    value = Returns.of(rc.target(), policy);
                    returns.put(rc.target(), value);
                }
                return rc.op().holds(Fractions.compare(value, rc.bound()));
            }
            throw new IllegalArgumentException("unknown expression " + e);
        }
    }
}
