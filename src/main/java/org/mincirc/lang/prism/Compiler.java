package org.mincirc.lang.prism;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.lang.prism.antlr.PrismParser;
import org.mincirc.model.SourcePos;

/**
 * Turns a PRISM expression of the parse tree into a type-checked {@link Term}, with the
 * precedence and associativity of the manual ("Expressions": all operators but {@code ? :} are
 * left associative). Names are resolved by a {@link Names} scope, so the same compiler serves
 * constants (no variables in scope), guards, updates, labels and rewards.
 */
final class Compiler {
    /** Resolves an identifier to a constant's value, a formula's term or a variable. */
    interface Names {
        Term resolve(String name, SourcePos pos);
    }

    private final Positions positions;
    private final Names names;

    Compiler(Positions positions, Names names) {
        this.positions = positions;
        this.names = names;
    }

    /** An expression that must have type BOOL (a guard, a label, an init predicate). */
    Term bool(PrismParser.ExprContext ctx, String what) {
        Term t = expr(ctx);
        if (t.type != Type.BOOL) {
            throw typeError(t.pos, what + " must be a Boolean, but this is " + t.type.described());
        }
        return t;
    }

    /** An expression that must be numeric (a probability, a reward, a bound). */
    Term number(PrismParser.ExprContext ctx, String what) {
        Term t = expr(ctx);
        if (!t.type.numeric()) {
            throw typeError(t.pos, what + " must be a number, but this is a Boolean");
        }
        return t;
    }

    Term expr(PrismParser.ExprContext ctx) {
        Term c = implies(ctx.impliesExpr());
        if (ctx.expr().isEmpty()) {
            return c;
        }
        expectBool(c, "the condition of '? :'");
        Term a = expr(ctx.expr(0));
        Term b = expr(ctx.expr(1));
        if ((a.type == Type.BOOL) != (b.type == Type.BOOL)) {
            throw typeError(b.pos, "both branches of '? :' must have the same type, but one is "
                    + a.type.described() + " and the other " + b.type.described());
        }
        return new Term.Cond(c, a, b, c.pos);
    }

    private Term implies(PrismParser.ImpliesExprContext ctx) {
        Term t = iff(ctx.iffExpr(0));
        for (int i = 1; i < ctx.iffExpr().size(); i++) {
            t = logic(Term.LogicOp.IMPLIES, "=>", t, iff(ctx.iffExpr(i)));
        }
        return t;
    }

    private Term iff(PrismParser.IffExprContext ctx) {
        Term t = or(ctx.orExpr(0));
        for (int i = 1; i < ctx.orExpr().size(); i++) {
            t = logic(Term.LogicOp.IFF, "<=>", t, or(ctx.orExpr(i)));
        }
        return t;
    }

    private Term or(PrismParser.OrExprContext ctx) {
        Term t = and(ctx.andExpr(0));
        for (int i = 1; i < ctx.andExpr().size(); i++) {
            t = logic(Term.LogicOp.OR, "|", t, and(ctx.andExpr(i)));
        }
        return t;
    }

    private Term and(PrismParser.AndExprContext ctx) {
        Term t = not(ctx.notExpr(0));
        for (int i = 1; i < ctx.notExpr().size(); i++) {
            t = logic(Term.LogicOp.AND, "&", t, not(ctx.notExpr(i)));
        }
        return t;
    }

    private Term logic(Term.LogicOp op, String symbol, Term a, Term b) {
        expectBool(a, "the left side of '" + symbol + "'");
        expectBool(b, "the right side of '" + symbol + "'");
        return new Term.Logic(op, a, b, a.pos);
    }

    private Term not(PrismParser.NotExprContext ctx) {
        if (ctx.notExpr() != null) {
            Term a = not(ctx.notExpr());
            expectBool(a, "the operand of '!'");
            return new Term.Not(a, positions.at(ctx));
        }
        return eq(ctx.eqExpr());
    }

    private Term eq(PrismParser.EqExprContext ctx) {
        Term t = rel(ctx.relExpr(0));
        for (int i = 1; i < ctx.relExpr().size(); i++) {
            Token op = ctx.op.get(i - 1);
            Term b = rel(ctx.relExpr(i));
            if ((t.type == Type.BOOL) != (b.type == Type.BOOL)) {
                throw typeError(positions.at(op), "'" + op.getText() + "' compares " + t.type.described() + " with "
                        + b.type.described());
            }
            t = new Term.Compare(op.getText().equals("=") ? Term.CompareOp.EQ : Term.CompareOp.NE, t, b, t.pos);
        }
        return t;
    }

    private Term rel(PrismParser.RelExprContext ctx) {
        Term t = add(ctx.addExpr(0));
        for (int i = 1; i < ctx.addExpr().size(); i++) {
            Token op = ctx.op.get(i - 1);
            Term b = add(ctx.addExpr(i));
            expectNumber(t, "the left side of '" + op.getText() + "'");
            expectNumber(b, "the right side of '" + op.getText() + "'");
            Term.CompareOp cmp = switch (op.getText()) {
                case "<" -> Term.CompareOp.LT;
                case "<=" -> Term.CompareOp.LE;
                case ">=" -> Term.CompareOp.GE;
                default -> Term.CompareOp.GT;
            };
            t = new Term.Compare(cmp, t, b, t.pos);
        }
        return t;
    }

    private Term add(PrismParser.AddExprContext ctx) {
        Term t = mul(ctx.mulExpr(0));
        for (int i = 1; i < ctx.mulExpr().size(); i++) {
            Token op = ctx.op.get(i - 1);
            t = arith(op.getText().equals("+") ? Term.ArithOp.ADD : Term.ArithOp.SUB, op, t, mul(ctx.mulExpr(i)));
        }
        return t;
    }

    private Term mul(PrismParser.MulExprContext ctx) {
        Term t = unary(ctx.unaryExpr(0));
        for (int i = 1; i < ctx.unaryExpr().size(); i++) {
            Token op = ctx.op.get(i - 1);
            t = arith(op.getText().equals("*") ? Term.ArithOp.MUL : Term.ArithOp.DIV, op, t, unary(ctx.unaryExpr(i)));
        }
        return t;
    }

    private Term arith(Term.ArithOp op, Token symbol, Term a, Term b) {
        expectNumber(a, "the left side of '" + symbol.getText() + "'");
        expectNumber(b, "the right side of '" + symbol.getText() + "'");
        return new Term.Arith(op, a, b, a.pos);
    }

    private Term unary(PrismParser.UnaryExprContext ctx) {
        if (ctx.unaryExpr() != null) {
            Term a = unary(ctx.unaryExpr());
            expectNumber(a, "the operand of unary '-'");
            return new Term.Neg(a, positions.at(ctx));
        }
        return atom(ctx.atom());
    }

    private Term atom(PrismParser.AtomContext ctx) {
        SourcePos pos = positions.at(ctx);
        if (ctx instanceof PrismParser.IntAtomContext i) {
            return new Term.NumConst(BigFraction.of(new BigInteger(i.INTEGER().getText())), Type.INT, pos);
        }
        if (ctx instanceof PrismParser.DecimalAtomContext d) {
            // Exactly the rational the digits write: 0.1 is 1/10 (PRISM would use the nearest double).
            java.math.BigDecimal v = new java.math.BigDecimal(d.DECIMAL().getText());
            return new Term.NumConst(exact(v), Type.RATIONAL, pos);
        }
        if (ctx instanceof PrismParser.TrueAtomContext) {
            return new Term.BoolConst(true, pos);
        }
        if (ctx instanceof PrismParser.FalseAtomContext) {
            return new Term.BoolConst(false, pos);
        }
        if (ctx instanceof PrismParser.ParenAtomContext p) {
            return expr(p.expr());
        }
        if (ctx instanceof PrismParser.NameAtomContext n) {
            return names.resolve(n.ID().getText(), pos);
        }
        if (ctx instanceof PrismParser.LabelRefAtomContext) {
            throw new PrismError(pos, DiagnosticCode.PRISM_UNSUPPORTED,
                    "a label reference " + ctx.getText() + " belongs in a PRISM property, not in the model; "
                            + "use a formula instead");
        }
        return call((PrismParser.CallAtomContext) ctx, pos);
    }

    static BigFraction exact(java.math.BigDecimal v) {
        if (v.scale() <= 0) {
            return BigFraction.of(v.toBigIntegerExact());
        }
        return BigFraction.of(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    private Term call(PrismParser.CallAtomContext ctx, SourcePos pos) {
        String name = ctx.ID().getText();
        List<Term> args = new ArrayList<>();
        for (PrismParser.ExprContext e : ctx.expr()) {
            Term t = expr(e);
            expectNumber(t, "an argument of " + name + "(...)");
            args.add(t);
        }
        Term.Function f = switch (name) {
            case "min" -> Term.Function.MIN;
            case "max" -> Term.Function.MAX;
            case "floor" -> Term.Function.FLOOR;
            case "ceil" -> Term.Function.CEIL;
            case "round" -> Term.Function.ROUND;
            case "pow" -> Term.Function.POW;
            case "mod" -> Term.Function.MOD;
            case "log" -> throw new PrismError(pos, DiagnosticCode.PRISM_UNSUPPORTED,
                    "log(x, b) is not a rational number in general, and mincirc computes exactly; leave it out");
            default -> throw new PrismError(pos, DiagnosticCode.PRISM_UNKNOWN_NAME, "unknown function " + name
                    + "; the functions are min, max, floor, ceil, round, pow and mod");
        };
        int arity = args.size();
        switch (f) {
            case MIN, MAX -> {
                if (arity < 2) {
                    throw typeError(pos, name + "(...) takes two or more numbers");
                }
                Type t = args.stream().map(a -> a.type).reduce(Type.INT, Type::join);
                return new Term.Call(f, t, args, pos);
            }
            case FLOOR, CEIL, ROUND -> {
                arity(name, arity, 1, pos);
                return new Term.Call(f, Type.INT, args, pos);
            }
            case POW -> {
                arity(name, arity, 2, pos);
                return new Term.Call(f, Type.join(args.get(0).type, args.get(1).type), args, pos);
            }
            default -> {
                arity(name, arity, 2, pos);
                for (Term a : args) {
                    if (a.type != Type.INT) {
                        throw typeError(a.pos, "mod(i, n) takes integers, but this is a number that may have a fraction");
                    }
                }
                return new Term.Call(f, Type.INT, args, pos);
            }
        }
    }

    private static void arity(String name, int actual, int wanted, SourcePos pos) {
        if (actual != wanted) {
            throw typeError(pos, name + "(...) takes " + wanted + " argument" + (wanted == 1 ? "" : "s") + ", not " + actual);
        }
    }

    private static void expectBool(Term t, String what) {
        if (t.type != Type.BOOL) {
            throw typeError(t.pos, what + " must be a Boolean, but this is " + t.type.described());
        }
    }

    private static void expectNumber(Term t, String what) {
        if (!t.type.numeric()) {
            throw typeError(t.pos, what + " must be a number, but this is a Boolean");
        }
    }

    static PrismError typeError(SourcePos pos, String message) {
        return new PrismError(pos, DiagnosticCode.PRISM_TYPE, message);
    }
}
