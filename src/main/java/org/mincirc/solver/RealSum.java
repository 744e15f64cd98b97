package org.mincirc.solver;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact linear expression over the real variables of a {@link RationalArithmetic} backend:
 * sum of coefficient * variable, plus a constant. Immutable; zero coefficients are dropped so
 * two equal sums print and compare alike.
 */
public final class RealSum {
    public static final RealSum ZERO = new RealSum(new TreeMap<>(), BigFraction.ZERO);

    private final TreeMap<Integer, BigFraction> coefficients;
    private final BigFraction constant;

    private RealSum(TreeMap<Integer, BigFraction> coefficients, BigFraction constant) {
        this.coefficients = coefficients;
        this.constant = constant;
    }

    public static RealSum constant(BigFraction c) {
        return new RealSum(new TreeMap<>(), c);
    }

    /** 1 * variable. */
    public static RealSum variable(int real) {
        return ZERO.plusTerm(real, BigFraction.ONE);
    }

    /** This sum plus coefficient * variable. */
    public RealSum plusTerm(int real, BigFraction coefficient) {
        if (real < 1) {
            throw new IllegalArgumentException("real variables are numbered from 1, not " + real);
        }
        TreeMap<Integer, BigFraction> copy = new TreeMap<>(coefficients);
        BigFraction sum = copy.getOrDefault(real, BigFraction.ZERO).add(coefficient);
        if (sum.signum() == 0) {
            copy.remove(real);
        } else {
            copy.put(real, sum);
        }
        return new RealSum(copy, constant);
    }

    public RealSum plusConstant(BigFraction c) {
        return new RealSum(coefficients, constant.add(c));
    }

    public RealSum plus(RealSum other) {
        RealSum r = plusConstant(other.constant);
        for (Map.Entry<Integer, BigFraction> e : other.coefficients.entrySet()) {
            r = r.plusTerm(e.getKey(), e.getValue());
        }
        return r;
    }

    public RealSum times(BigFraction factor) {
        if (factor.signum() == 0) {
            return ZERO;
        }
        TreeMap<Integer, BigFraction> copy = new TreeMap<>();
        coefficients.forEach((v, c) -> copy.put(v, c.multiply(factor)));
        return new RealSum(copy, constant.multiply(factor));
    }

    /** Variable -> coefficient, none zero, in variable order. */
    public Map<Integer, BigFraction> coefficients() {
        return Collections.unmodifiableMap(coefficients);
    }

    public BigFraction constant() {
        return constant;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RealSum r && r.coefficients.equals(coefficients) && r.constant.equals(constant);
    }

    @Override
    public int hashCode() {
        return coefficients.hashCode() * 31 + constant.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        coefficients.forEach((v, c) -> sb.append(c).append("*r").append(v).append(" + "));
        return sb.append(constant).toString();
    }
}
