package org.mincirc.lang.explicit;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Rationals;

/**
 * Exact number text for files other tools read: a rational whose reduced denominator is
 * 2^a 5^b is a finite decimal and is written as one ({@code 0.8}, {@code -0.0009765625}, {@code 3});
 * any other is written {@code p/q} ({@code 1/3}). Never rounded: the text reads back as the same
 * rational ({@link Rationals#parse}).
 */
public final class ExactDecimal {
    private static final BigInteger TWO = BigInteger.TWO;
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private ExactDecimal() {}

    public static String format(BigFraction q) {
        BigInteger[] terms = Rationals.lowestTerms(q);
        BigInteger num = terms[0];
        BigInteger den = terms[1];
        if (!isFinite(den)) {
            return Rationals.format(q);
        }
        return new BigDecimal(num).divide(new BigDecimal(den)).stripTrailingZeros().toPlainString();
    }

    /** True when every value written by {@link #format} for {@code q} is a plain decimal. */
    public static boolean isFiniteDecimal(BigFraction q) {
        BigInteger den = q.getDenominator().abs();
        BigInteger g = q.getNumerator().gcd(den);
        return isFinite(g.signum() == 0 ? den : den.divide(g));
    }

    private static boolean isFinite(BigInteger den) {
        BigInteger d = den;
        while (d.mod(TWO).signum() == 0) {
            d = d.divide(TWO);
        }
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
        }
        return d.equals(BigInteger.ONE);
    }
}
