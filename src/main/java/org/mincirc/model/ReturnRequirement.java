package org.mincirc.model;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * {@code require return >= r}: either an absolute r, or {@code optimal - slack} where optimal is
 * the best return any policy expressible by the interface reaches on the target.
 */
public record ReturnRequirement(boolean relativeToOptimal, BigFraction value, SourcePos pos) {
    public static ReturnRequirement absolute(BigFraction r, SourcePos pos) {
        return new ReturnRequirement(false, r, pos);
    }

    public static ReturnRequirement optimalMinus(BigFraction slack, SourcePos pos) {
        return new ReturnRequirement(true, slack, pos);
    }

    @Override
    public String toString() {
        if (!relativeToOptimal) {
            return ">= " + Rationals.format(value);
        }
        return value.signum() == 0 ? ">= optimal" : ">= optimal - " + Rationals.format(value);
    }
}
