package org.mincirc.query;

import java.util.Optional;
import org.mincirc.model.Expectation;

/**
 * How many of the minimal policies satisfy a predicate: all, some, none, or unknown when that
 * could not be decided in time. The decided three are the language's {@link Expectation.Quant}.
 */
public enum Quantifier {
    ALL, SOME, NONE, UNKNOWN;

    /** The word in reports, the same as in {@code expect P = all|some|none}. */
    public String keyword() {
        return name().toLowerCase();
    }

    /** The language's quantifier, or empty when not decided. */
    public Optional<Expectation.Quant> decided() {
        return this == UNKNOWN ? Optional.empty() : Optional.of(Expectation.Quant.valueOf(name()));
    }

    /** all of them, none of them, or some: the quantifier of {@code holding} out of {@code total}. */
    static Quantifier of(long holding, long total) {
        return holding == total ? ALL : holding == 0 ? NONE : SOME;
    }
}
