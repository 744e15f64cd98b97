package org.mincirc.lang;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser.NumberContext;
import org.mincirc.model.Rationals;

/** Exact numbers from the text: {@code 3}, {@code -2}, {@code 3/4}, {@code 0.25} as rationals. */
final class Numbers {
    private Numbers() {}

    /** The value of a number; an unreadable one (1/0) is reported and read as 0. */
    static BigFraction value(NumberContext ctx, Reporter reporter) {
        String digits = ctx.NUMBER().getText();
        BigFraction q;
        try {
            q = Rationals.parse(digits);
        } catch (NumberFormatException | ArithmeticException e) {
            reporter.error(reporter.at(ctx.NUMBER()), DiagnosticCode.BAD_NUMBER,
                    "cannot read number " + digits + ": the denominator is zero");
            return BigFraction.ZERO;
        }
        // The sign is its own token (see the grammar), so "-" then the number.
        return ctx.getChildCount() == 2 ? q.negate() : q;
    }

    static boolean isInteger(BigFraction q) {
        return q.getNumerator().remainder(q.getDenominator()).signum() == 0;
    }

    /** The integer value of an integral q, if it fits an int. */
    static boolean fitsInt(BigFraction q) {
        if (!isInteger(q)) {
            return false;
        }
        BigInteger v = q.getNumerator().divide(q.getDenominator());
        return v.bitLength() < 31;
    }

    static int intValue(BigFraction q) {
        return q.getNumerator().divide(q.getDenominator()).intValueExact();
    }

    static String text(BigFraction q) {
        return Rationals.format(q);
    }
}
