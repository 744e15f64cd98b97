package org.mincirc.lang;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.ArithContext;
import org.mincirc.model.Rationals;

/**
 * Exact arithmetic over the parameters of an mdp instance (an addition to the contract): where
 * a number is expected, {@code (k/4)}, {@code (1 - 1/k)}, {@code (mod(k, 2))}. Operators
 * {@code + - * /} on rationals; functions {@code floor(x)}, {@code ceil(x)}, {@code mod(i, n)}
 * (whole numbers, n &gt; 0), {@code min(...)}, {@code max(...)}. A failure (division by zero, an
 * unknown name or function) is reported once, at its position, and the expression reads as 0 so
 * that no second error follows from it.
 */
final class Arithmetic {
    private final Reporter reporter;
    private final Map<String, BigFraction> env;

    /** @param env the parameter values of the instance being built (empty outside instances) */
    Arithmetic(Reporter reporter, Map<String, BigFraction> env) {
        this.reporter = reporter;
        this.env = env;
    }

    /** A plain number or a parenthesised expression. */
    BigFraction value(MdpParser.QuantityContext q) {
        if (q.number() != null) {
            return Numbers.value(q.number(), reporter);
        }
        try {
            return eval(q.arith());
        } catch (Failure f) {
            return BigFraction.ZERO;
        }
    }

    /** An expression that must be a whole number (bits(e, w)); empty after a reported error. */
    java.util.Optional<BigInteger> whole(ArithContext a, String what) {
        BigFraction v;
        try {
            v = eval(a);
        } catch (Failure f) {
            return java.util.Optional.empty();
        }
        if (!Numbers.isInteger(v)) {
            reporter.error(reporter.at(a), DiagnosticCode.CODE_BITS,
                    what + " must be a whole number, not " + Numbers.text(v));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(v.getNumerator().divide(v.getDenominator()));
    }

    /** Thrown after the error is reported, to abandon the expression. */
    private static final class Failure extends Exception {
        Failure() {
            super(null, null, false, false);
        }
    }

    private BigFraction eval(ArithContext a) throws Failure {
        if (a instanceof MdpParser.NumberArithContext n) {
            try {
                return Rationals.parse(n.NUMBER().getText());
            } catch (NumberFormatException | ArithmeticException e) {
                throw fail(a, "cannot read number " + n.NUMBER().getText() + ": the denominator is zero");
            }
        }
        if (a instanceof MdpParser.NameArithContext n) {
            BigFraction v = env.get(n.ident().getText());
            if (v == null) {
                throw fail(a, "unknown name " + n.ident().getText() + " in an expression; "
                        + (env.isEmpty() ? "only a parametrised mdp, mdp M(k) { ... }, has names to use here"
                                : "the parameters are " + String.join(", ", env.keySet())));
            }
            return v;
        }
        if (a instanceof MdpParser.ParenArithContext p) {
            return eval(p.arith());
        }
        if (a instanceof MdpParser.NegArithContext n) {
            return eval(n.arith()).negate();
        }
        if (a instanceof MdpParser.AddArithContext s) {
            BigFraction l = eval(s.arith(0));
            BigFraction r = eval(s.arith(1));
            return s.op.getText().equals("+") ? l.add(r) : l.subtract(r);
        }
        if (a instanceof MdpParser.MulArithContext m) {
            BigFraction l = eval(m.arith(0));
            BigFraction r = eval(m.arith(1));
            if (m.op.getText().equals("*")) {
                return l.multiply(r);
            }
            if (r.signum() == 0) {
                throw fail(m.arith(1), "division by zero: " + m.arith(1).getText() + " is 0");
            }
            return l.divide(r);
        }
        return call((MdpParser.CallArithContext) a);
    }

    private BigFraction call(MdpParser.CallArithContext c) throws Failure {
        String f = c.ident().getText();
        List<ArithContext> args = c.arith();
        switch (f) {
            case "floor", "ceil" -> {
                arity(c, 1);
                BigFraction x = eval(args.get(0));
                BigInteger[] qr = x.getNumerator().divideAndRemainder(x.getDenominator());
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (x.signum() < 0) == f.equals("floor")) {
                    q = q.add(BigInteger.valueOf(x.signum()));  // toward minus infinity for floor, plus for ceil
                }
                return BigFraction.of(q);
            }
            case "mod" -> {
                arity(c, 2);
                BigFraction i = eval(args.get(0));
                BigFraction n = eval(args.get(1));
                if (!Numbers.isInteger(i) || !Numbers.isInteger(n) || n.signum() <= 0) {
                    throw fail(c, "mod(i, n) takes whole numbers with n > 0, not mod(" + Numbers.text(i) + ", "
                            + Numbers.text(n) + ")");
                }
                return BigFraction.of(i.getNumerator().mod(n.getNumerator()));
            }
            case "min", "max" -> {
                BigFraction best = eval(args.get(0));
                for (ArithContext x : args.subList(1, args.size())) {
                    BigFraction v = eval(x);
                    if (f.equals("min") ? v.compareTo(best) < 0 : v.compareTo(best) > 0) {
                        best = v;
                    }
                }
                return best;
            }
            default -> throw fail(c, "unknown function " + f + "; the functions are floor, ceil, mod, min and max"
                    + " (and bits(e, w) in a code)");
        }
    }

    private void arity(MdpParser.CallArithContext c, int n) throws Failure {
        if (c.arith().size() != n) {
            throw fail(c, c.ident().getText() + " takes " + n + (n == 1 ? " argument" : " arguments") + ", not "
                    + c.arith().size());
        }
    }

    private Failure fail(org.antlr.v4.runtime.ParserRuleContext at, String message) {
        reporter.error(reporter.at(at), DiagnosticCode.EXPRESSION, message);
        return new Failure();
    }
}
