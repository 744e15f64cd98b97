package org.mincirc.lang;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.AtomContext;
import org.mincirc.lang.antlr.MdpParser.ExprContext;
import org.mincirc.lang.antlr.MdpParser.IdentContext;
import org.mincirc.lang.antlr.MdpParser.QnameContext;
import org.mincirc.lang.antlr.MdpParser.UnaryExprContext;
import org.mincirc.model.Action;
import org.mincirc.model.Cmp;
import org.mincirc.model.Expr;
import org.mincirc.model.Interface;
import org.mincirc.model.SourcePos;
import org.mincirc.model.StateRef;
import org.mincirc.model.StateSet;
import org.mincirc.model.Target;

/**
 * Turns a predicate expression into a resolved {@link Expr}. Broken pieces are reported and
 * replaced by {@code false}, so one mistake yields one diagnostic and the rest is still checked.
 */
final class ExprBuilder {
    /** Where references to other predicates are resolved. */
    interface Predicates {
        Optional<org.mincirc.model.Predicate> resolve(String name);

        boolean isDeclared(String name);
    }

    private final Reporter reporter;
    private final Interface iface;
    private final Tasks tasks;
    private final StateNames names;
    private final Predicates predicates;
    private final Deque<String> bound = new ArrayDeque<>();

    ExprBuilder(Reporter reporter, Interface iface, Tasks tasks, StateNames names, Predicates predicates) {
        this.reporter = reporter;
        this.iface = iface;
        this.tasks = tasks;
        this.names = names;
        this.predicates = predicates;
    }

    Expr build(ExprContext ctx) {
        SourcePos pos = reporter.at(ctx);
        Expr left = or(ctx.orExpr());
        if (ctx.IMPLIES() == null) {
            return left;
        }
        return new Expr.Implies(left, build(ctx.expr()), pos);
    }

    private Expr or(MdpParser.OrExprContext ctx) {
        Expr result = and(ctx.andExpr(0));
        for (MdpParser.AndExprContext next : ctx.andExpr().subList(1, ctx.andExpr().size())) {
            result = new Expr.Or(result, and(next), reporter.at(ctx));
        }
        return result;
    }

    private Expr and(MdpParser.AndExprContext ctx) {
        Expr result = unary(ctx.unaryExpr(0));
        for (UnaryExprContext next : ctx.unaryExpr().subList(1, ctx.unaryExpr().size())) {
            result = new Expr.And(result, unary(next), reporter.at(ctx));
        }
        return result;
    }

    private Expr unary(UnaryExprContext ctx) {
        SourcePos pos = reporter.at(ctx);
        if (ctx instanceof MdpParser.NotExprContext n) {
            return new Expr.Not(unary(n.unaryExpr()), pos);
        }
        if (ctx instanceof MdpParser.QuantExprContext q) {
            StateSet domain = domain(q.stateSet()).orElse(new StateSet("(unknown)", List.of()));
            String variable = q.ident().getText();
            bound.push(variable);
            Expr body = build(q.expr());
            bound.pop();
            return new Expr.Quantifier(q.quant.getType() == MdpParser.FORALL, variable, domain, body, pos);
        }
        return atom(((MdpParser.AtomExprContext) ctx).atom());
    }

    private Optional<StateSet> domain(MdpParser.StateSetContext ctx) {
        if (ctx instanceof MdpParser.NamedSetContext n) {
            return names.namedSet(n.qname());
        }
        MdpParser.LiteralSetContext lit = (MdpParser.LiteralSetContext) ctx;
        Set<StateRef> members = new LinkedHashSet<>();
        boolean ok = true;
        for (QnameContext q : lit.qname()) {
            Optional<StateRef> ref = names.state(q);
            ok &= ref.isPresent();
            ref.ifPresent(members::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        String description = "{" + String.join(", ", members.stream().map(StateRef::qualifiedName).toList()) + "}";
        return Optional.of(new StateSet(description, List.copyOf(members)));
    }

    private Expr atom(AtomContext ctx) {
        SourcePos pos = reporter.at(ctx);
        if (ctx instanceof MdpParser.TrueAtomContext) {
            return new Expr.Const(true, pos);
        }
        if (ctx instanceof MdpParser.FalseAtomContext) {
            return new Expr.Const(false, pos);
        }
        if (ctx instanceof MdpParser.ParenAtomContext p) {
            return build(p.expr());
        }
        if (ctx instanceof MdpParser.ActCmpAtomContext a) {
            Optional<Expr.StateTerm> term = stateTerm(a.qname());
            Optional<Action> action = action(a.ident());
            if (term.isEmpty() || action.isEmpty()) {
                return new Expr.Const(false, pos);
            }
            return new Expr.ActIn(term.get(), Set.of(action.get()), a.op.getText().equals("!="), pos);
        }
        if (ctx instanceof MdpParser.ActInAtomContext a) {
            Optional<Expr.StateTerm> term = stateTerm(a.qname());
            Set<Action> actions = new LinkedHashSet<>();
            boolean ok = term.isPresent();
            for (IdentContext id : a.ident()) {
                Optional<Action> action = action(id);
                ok &= action.isPresent();
                action.ifPresent(actions::add);
            }
            return ok ? new Expr.ActIn(term.get(), actions, false, pos) : new Expr.Const(false, pos);
        }
        if (ctx instanceof MdpParser.ReturnAtomContext r) {
            Optional<Target> target = target(r.ident());
            BigFraction bound = Numbers.value(r.number(), reporter);
            Cmp op = Cmp.ofSymbol(r.cmp().getText());
            return target.<Expr>map(t -> new Expr.ReturnCmp(t, op, bound, pos)).orElse(new Expr.Const(false, pos));
        }
        return reference(((MdpParser.RefAtomContext) ctx).qname(), pos);
    }

    private Expr reference(QnameContext q, SourcePos pos) {
        String name = q.getText();
        if (q.ident().size() == 1) {
            Optional<org.mincirc.model.Predicate> p = predicates.resolve(name);
            if (p.isPresent()) {
                return new Expr.Ref(p.get(), pos);
            }
            if (predicates.isDeclared(name)) {
                return new Expr.Const(false, pos); // part of a cycle, reported there
            }
        }
        String hint = bound.contains(name)
                ? "; " + name + " is a state variable, use it inside act(" + name + ")"
                : "";
        reporter.error(pos, DiagnosticCode.UNKNOWN_PREDICATE, "unknown predicate " + name + hint);
        return new Expr.Const(false, pos);
    }

    private Optional<Expr.StateTerm> stateTerm(QnameContext q) {
        if (q.ident().size() == 1) {
            String name = q.getText();
            if (bound.contains(name)) {
                return Optional.of(new Expr.StateTerm.Bound(name));
            }
            List<String> candidates = names.qualifiedCandidates(name);
            reporter.error(reporter.at(q), DiagnosticCode.UNKNOWN_STATE, "unknown state variable " + name
                    + (candidates.isEmpty()
                            ? "; use a variable bound by exists/forall or a state written Mdp.state"
                            : "; outside its mdp a state is named with its mdp, e.g. " + String.join(" or ", candidates)));
            return Optional.empty();
        }
        return names.state(q).map(Expr.StateTerm.Fixed::new);
    }

    Optional<Action> action(IdentContext id) {
        Optional<Action> a = iface.action(id.getText());
        if (a.isEmpty()) {
            reporter.error(reporter.at(id), DiagnosticCode.UNKNOWN_ACTION,
                    "unknown action " + id.getText() + "; " + InterfaceBuilder.declaredActions(iface));
        }
        return a;
    }

    private Optional<Target> target(IdentContext id) {
        Optional<Target> t = tasks.target(id.getText(), reporter.at(id));
        if (t.isEmpty() && !tasks.isDeclared(id.getText())) {
            reporter.error(reporter.at(id), DiagnosticCode.UNKNOWN_TARGET,
                    "unknown mdp or family " + id.getText() + " in return(...)");
        }
        return t;
    }
}
