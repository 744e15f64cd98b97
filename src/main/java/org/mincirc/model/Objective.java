package org.mincirc.model;

/**
 * What a solve minimizes: gates, depth, or one then the other (lexicographic). The one objective
 * of mincirc: queries carry it and the synthesis driver minimizes it.
 */
public enum Objective {
    SIZE("size"), DEPTH("depth"), SIZE_THEN_DEPTH("size then depth"), DEPTH_THEN_SIZE("depth then size");

    private final String keyword;

    Objective(String keyword) {
        this.keyword = keyword;
    }

    /** The words of the language's {@code minimize} clause, as reports print them. */
    public String keyword() {
        return keyword;
    }

    /** The command-line spelling ({@code synth --objective}): the keyword with hyphens for spaces. */
    public String optionName() {
        return keyword.replace(' ', '-');
    }

    /** The objective of a command-line spelling, e.g. {@code size-then-depth}. */
    public static Objective ofOptionName(String s) {
        return valueOf(s.trim().toUpperCase().replace('-', '_'));
    }

    /** True if the primary cost is the gate count. */
    public boolean sizeFirst() {
        return this == SIZE || this == SIZE_THEN_DEPTH;
    }
}
