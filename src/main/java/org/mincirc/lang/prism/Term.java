package org.mincirc.lang.prism;

import java.math.BigInteger;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.SourcePos;

/**
 * A type-checked PRISM expression with its names resolved: constants are values, formulas are
 * inlined, variables are indices into a state (an int per variable, Booleans as 0/1). Every
 * number is an exact rational (the manual's "/ always performs floating point division" becomes
 * exact division), so guards, probabilities and rewards are never rounded.
 */
abstract class Term {
    final Type type;
    final SourcePos pos;

    Term(Type type, SourcePos pos) {
        this.type = type;
        this.pos = pos;
    }

    /** The value of a numeric term in state s. */
    BigFraction num(int[] s) {
        throw new IllegalStateException("not numeric: " + getClass().getSimpleName());
    }

    /** The value of a Boolean term in state s. */
    boolean bool(int[] s) {
        throw new IllegalStateException("not Boolean: " + getClass().getSimpleName());
    }

    /** True when the term reads no variable, so it can be evaluated once (constants, ranges). */
    abstract boolean closed();

    static boolean isInteger(BigFraction q) {
        return q.getDenominator().equals(BigInteger.ONE) || q.getNumerator().remainder(q.getDenominator()).signum() == 0;
    }

    /** The integer value of an integral rational (the type checker guarantees integrality). */
    static BigInteger whole(BigFraction q) {
        return q.getNumerator().divide(q.getDenominator());
    }

    static final class NumConst extends Term {
        final BigFraction value;

        NumConst(BigFraction value, Type type, SourcePos pos) {
            super(type, pos);
            this.value = value;
        }

        @Override
        BigFraction num(int[] s) {
            return value;
        }

        @Override
        boolean closed() {
            return true;
        }
    }

    static final class BoolConst extends Term {
        final boolean value;

        BoolConst(boolean value, SourcePos pos) {
            super(Type.BOOL, pos);
            this.value = value;
        }

        @Override
        boolean bool(int[] s) {
            return value;
        }

        @Override
        boolean closed() {
            return true;
        }
    }

    static final class Var extends Term {
        final int index;

        Var(int index, Type type, SourcePos pos) {
            super(type, pos);
            this.index = index;
        }

        @Override
        BigFraction num(int[] s) {
            return BigFraction.of(s[index]);
        }

        @Override
        boolean bool(int[] s) {
            return s[index] != 0;
        }

        @Override
        boolean closed() {
            return false;
        }
    }

    static final class Neg extends Term {
        final Term a;

        Neg(Term a, SourcePos pos) {
            super(a.type, pos);
            this.a = a;
        }

        @Override
        BigFraction num(int[] s) {
            return a.num(s).negate();
        }

        @Override
        boolean closed() {
            return a.closed();
        }
    }

    static final class Not extends Term {
        final Term a;

        Not(Term a, SourcePos pos) {
            super(Type.BOOL, pos);
            this.a = a;
        }

        @Override
        boolean bool(int[] s) {
            return !a.bool(s);
        }

        @Override
        boolean closed() {
            return a.closed();
        }
    }

    enum ArithOp { ADD, SUB, MUL, DIV }

    static final class Arith extends Term {
        final ArithOp op;
        final Term a;
        final Term b;

        Arith(ArithOp op, Term a, Term b, SourcePos pos) {
            super(op == ArithOp.DIV ? Type.RATIONAL : Type.join(a.type, b.type), pos);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        BigFraction num(int[] s) {
            BigFraction x = a.num(s);
            BigFraction y = b.num(s);
            return switch (op) {
                case ADD -> x.add(y);
                case SUB -> x.subtract(y);
                case MUL -> x.multiply(y);
                case DIV -> {
                    if (y.signum() == 0) {
                        throw new PrismError(pos, DiagnosticCode.PRISM_EVALUATION, "division by zero");
                    }
                    yield x.divide(y);
                }
            };
        }

        @Override
        boolean closed() {
            return a.closed() && b.closed();
        }
    }

    enum CompareOp { LT, LE, GE, GT, EQ, NE }

    static final class Compare extends Term {
        final CompareOp op;
        final Term a;
        final Term b;

        Compare(CompareOp op, Term a, Term b, SourcePos pos) {
            super(Type.BOOL, pos);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        boolean bool(int[] s) {
            if (a.type == Type.BOOL) {
                boolean equal = a.bool(s) == b.bool(s);
                return op == CompareOp.EQ ? equal : !equal;
            }
            int c = a.num(s).compareTo(b.num(s));
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GE -> c >= 0;
                case GT -> c > 0;
                case EQ -> c == 0;
                case NE -> c != 0;
            };
        }

        @Override
        boolean closed() {
            return a.closed() && b.closed();
        }
    }

    enum LogicOp { AND, OR, IFF, IMPLIES }

    static final class Logic extends Term {
        final LogicOp op;
        final Term a;
        final Term b;

        Logic(LogicOp op, Term a, Term b, SourcePos pos) {
            super(Type.BOOL, pos);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        boolean bool(int[] s) {
            return switch (op) {
                case AND -> a.bool(s) && b.bool(s);
                case OR -> a.bool(s) || b.bool(s);
                case IFF -> a.bool(s) == b.bool(s);
                case IMPLIES -> !a.bool(s) || b.bool(s);
            };
        }

        @Override
        boolean closed() {
            return a.closed() && b.closed();
        }
    }

    static final class Cond extends Term {
        final Term c;
        final Term a;
        final Term b;

        Cond(Term c, Term a, Term b, SourcePos pos) {
            super(a.type == Type.BOOL ? Type.BOOL : Type.join(a.type, b.type), pos);
            this.c = c;
            this.a = a;
            this.b = b;
        }

        @Override
        BigFraction num(int[] s) {
            return c.bool(s) ? a.num(s) : b.num(s);
        }

        @Override
        boolean bool(int[] s) {
            return c.bool(s) ? a.bool(s) : b.bool(s);
        }

        @Override
        boolean closed() {
            return c.closed() && a.closed() && b.closed();
        }
    }

    /** The built-in functions that are exact on rationals (manual: "Built-in Functions"). */
    enum Function { MIN, MAX, FLOOR, CEIL, ROUND, POW, MOD }

    static final class Call extends Term {
        final Function f;
        final List<Term> args;

        Call(Function f, Type type, List<Term> args, SourcePos pos) {
            super(type, pos);
            this.f = f;
            this.args = List.copyOf(args);
        }

        @Override
        BigFraction num(int[] s) {
            switch (f) {
                case MIN, MAX -> {
                    BigFraction best = args.get(0).num(s);
                    for (Term t : args.subList(1, args.size())) {
                        BigFraction v = t.num(s);
                        int c = v.compareTo(best);
                        if (f == Function.MIN ? c < 0 : c > 0) {
                            best = v;
                        }
                    }
                    return best;
                }
                case FLOOR -> {
                    return BigFraction.of(floor(args.get(0).num(s)));
                }
                case CEIL -> {
                    return BigFraction.of(floor(args.get(0).num(s).negate()).negate());
                }
                case ROUND -> {
                    // Manual: ties round up, round(-1.5) = -1, i.e. floor(x + 1/2).
                    return BigFraction.of(floor(args.get(0).num(s).add(BigFraction.of(1, 2))));
                }
                case POW -> {
                    return pow(args.get(0).num(s), args.get(1).num(s));
                }
                case MOD -> {
                    BigInteger i = whole(args.get(0).num(s));
                    BigInteger n = whole(args.get(1).num(s));
                    if (n.signum() <= 0) {
                        throw new PrismError(pos, DiagnosticCode.PRISM_EVALUATION,
                                "mod(i, n) needs n > 0, here n = " + n);
                    }
                    return BigFraction.of(i.mod(n));
                }
                default -> throw new IllegalStateException(f.name());
            }
        }

        private BigFraction pow(BigFraction base, BigFraction exponent) {
            if (!isInteger(exponent) || exponent.getNumerator().abs().bitLength() > 16) {
                throw new PrismError(pos, DiagnosticCode.PRISM_EVALUATION, "pow(x, y) is exact only for a whole exponent y"
                        + " of at most 65535 in size; here y = " + org.mincirc.model.Rationals.format(exponent));
            }
            int e = exponent.getNumerator().divide(exponent.getDenominator()).intValueExact();
            if (e < 0 && base.signum() == 0) {
                throw new PrismError(pos, DiagnosticCode.PRISM_EVALUATION, "pow(0, y) with y < 0 divides by zero");
            }
            if (type == Type.INT && e < 0) {
                throw new PrismError(pos, DiagnosticCode.PRISM_EVALUATION,
                        "pow of two integers needs an exponent >= 0 to stay an integer; write a double base, e.g. pow(2.0, -1)");
            }
            BigFraction r = base.pow(Math.abs(e));
            return e < 0 ? r.reciprocal() : r;
        }

        private static BigInteger floor(BigFraction q) {
            BigInteger[] qr = q.getNumerator().divideAndRemainder(q.getDenominator());
            BigInteger f = qr[0];
            // divideAndRemainder truncates toward zero; step down when the remainder is negative.
            if (qr[1].signum() != 0 && (qr[1].signum() < 0) != (q.getDenominator().signum() < 0)) {
                f = f.subtract(BigInteger.ONE);
            }
            return f;
        }

        @Override
        boolean closed() {
            return args.stream().allMatch(Term::closed);
        }
    }
}
