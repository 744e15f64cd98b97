package org.mincirc.exact;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Safe ordering of exact rationals. Do not use {@code BigFraction.compareTo} from
 * commons-numbers-fraction 1.2: when both values are negative it compares their absolute values
 * and so gets the order backwards (-1/2 compareTo -1/3 is +1). The sign of the difference is
 * always right.
 */
public final class Fractions {
    private Fractions() {}

    /** The sign of a - b: negative, zero or positive, as a comparator. */
    public static int compare(BigFraction a, BigFraction b) {
        return a.subtract(b).signum();
    }

    public static boolean greater(BigFraction a, BigFraction b) {
        return compare(a, b) > 0;
    }

    public static BigFraction max(BigFraction a, BigFraction b) {
        return compare(a, b) >= 0 ? a : b;
    }
}
