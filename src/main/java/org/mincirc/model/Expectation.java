package org.mincirc.model;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An {@code expect} line: a key (a result field such as {@code size} or {@code return}, a
 * predicate name, or {@code verdict} for {@code expect holds|fails}) and the expected value.
 */
public record Expectation(String key, Expected value, SourcePos pos) {
    /** The verdict key used by {@code expect holds;} and {@code expect fails;}. */
    public static final String VERDICT = "verdict";

    /** An expected value, one of four shapes. */
    public sealed interface Expected {
        String text();
    }

    /** An exact number: {@code expect size = 3}, {@code expect return = 13/4}. */
    public record Number(BigFraction value) implements Expected {
        public String text() {
            return Rationals.format(value);
        }
    }

    /** {@code all | some | none}: over every minimal circuit's policy. */
    public record Quantified(Quant quant) implements Expected {
        public String text() {
            return quant.name().toLowerCase();
        }
    }

    /** {@code true | false}: a predicate on one given policy (eval), or a flag. */
    public record Bool(boolean value) implements Expected {
        public String text() {
            return Boolean.toString(value);
        }
    }

    /** A word such as {@code optimal}, {@code infeasible}, {@code holds}, {@code fails}. */
    public record Word(String word) implements Expected {
        public String text() {
            return word;
        }
    }

    /** How many minimal policies satisfy a predicate. */
    public enum Quant {
        ALL, SOME, NONE
    }
}
