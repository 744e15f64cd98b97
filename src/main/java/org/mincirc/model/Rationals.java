package org.mincirc.model;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/** Exact rational text: integers as {@code 3}, others as {@code p/q} in lowest terms. */
public final class Rationals {
    private Rationals() {}

    public static String format(BigFraction q) {
        BigInteger[] t = lowestTerms(q);
        return t[1].equals(BigInteger.ONE) ? t[0].toString() : t[0] + "/" + t[1];
    }

    /** Numerator and denominator in lowest terms, the denominator positive. */
    public static BigInteger[] lowestTerms(BigFraction q) {
        BigInteger num = q.getNumerator();
        BigInteger den = q.getDenominator();
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new BigInteger[] {num, den};
    }

    /** Parses {@code 3}, {@code -2}, {@code 3/4}, {@code 0.25} exactly; throws NumberFormatException. */
    public static BigFraction parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            BigInteger den = new BigInteger(t.substring(slash + 1).trim());
            if (den.signum() == 0) {
                throw new NumberFormatException("division by zero in " + text);
            }
            return BigFraction.of(new BigInteger(t.substring(0, slash).trim()), den);
        }
        return fromDecimal(new java.math.BigDecimal(t));
    }

    private static BigFraction fromDecimal(java.math.BigDecimal d) {
        java.math.BigDecimal stripped = d.stripTrailingZeros();
        int scale = stripped.scale();
        if (scale <= 0) {
            return BigFraction.of(stripped.toBigIntegerExact());
        }
        return BigFraction.of(stripped.unscaledValue(), BigInteger.TEN.pow(scale));
    }
}
