package org.mincirc.synth.policy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;

/**
 * A return written exactly as sum_i coef_i * [lit_i] over solver literals, and the
 * pseudo-Boolean constraints that compare it with a rational: everything is multiplied by the
 * least common multiple of the denominators, so the integer constraint means exactly the
 * rational one.
 */
final class LinearForm {
    private final List<Integer> literals = new ArrayList<>();
    private final List<BigFraction> coefficients = new ArrayList<>();

    void add(int literal, BigFraction coefficient) {
        if (coefficient.signum() != 0) {
            literals.add(literal);
            coefficients.add(coefficient);
        }
    }

    private BigInteger scale(BigFraction bound) {
        BigInteger lcm = bound.getDenominator().abs();
        for (BigFraction c : coefficients) {
            BigInteger d = c.getDenominator().abs();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        return lcm;
    }

    private static BigInteger scaled(BigFraction q, BigInteger scale) {
        // q * scale is an integer by the choice of scale.
        BigFraction s = q.multiply(BigFraction.of(scale));
        return s.getNumerator().divide(s.getDenominator());
    }

    private int[] lits() {
        return literals.stream().mapToInt(Integer::intValue).toArray();
    }

    private List<BigInteger> scaledCoefficients(BigInteger scale) {
        return coefficients.stream().map(c -> scaled(c, scale)).toList();
    }

    /** Adds sum >= bound. */
    void assertAtLeast(Backend backend, BigFraction bound) {
        BigInteger scale = scale(bound);
        backend.addPseudoBoolean(lits(), scaledCoefficients(scale), Comparison.AT_LEAST, scaled(bound, scale));
    }

    /**
     * A fresh literal l with l <-> (sum >= bound), or with {@code strict} l <-> (sum > bound).
     * Big-M reification; M comes from the least and greatest values the sum can take.
     */
    int reifyAtLeast(Backend backend, BigFraction bound, boolean strict) {
        BigInteger scale = scale(bound);
        List<BigInteger> coefs = scaledCoefficients(scale);
        BigInteger q = scaled(bound, scale).add(strict ? BigInteger.ONE : BigInteger.ZERO);
        BigInteger min = BigInteger.ZERO;
        BigInteger max = BigInteger.ZERO;
        for (BigInteger c : coefs) {
            if (c.signum() < 0) {
                min = min.add(c);
            } else {
                max = max.add(c);
            }
        }
        int l = backend.newVar();
        int[] lits = lits();
        // l -> sum >= q:        sum + M1 * (not l) >= q,              M1 = q - min
        BigInteger m1 = q.subtract(min).max(BigInteger.ZERO);
        backend.addPseudoBoolean(append(lits, -l), appendCoef(coefs, m1), Comparison.AT_LEAST, q);
        // not l -> sum <= q - 1: sum - M2 * l <= q - 1,               M2 = max - (q - 1)
        BigInteger m2 = max.subtract(q.subtract(BigInteger.ONE)).max(BigInteger.ZERO);
        backend.addPseudoBoolean(append(lits, l), appendCoef(coefs, m2.negate()), Comparison.AT_MOST,
                q.subtract(BigInteger.ONE));
        return l;
    }

    private static int[] append(int[] lits, int lit) {
        int[] r = java.util.Arrays.copyOf(lits, lits.length + 1);
        r[lits.length] = lit;
        return r;
    }

    private static List<BigInteger> appendCoef(List<BigInteger> coefs, BigInteger c) {
        List<BigInteger> r = new ArrayList<>(coefs);
        r.add(c);
        return r;
    }
}
