package org.mincirc.model;

import java.util.Objects;
import org.mincirc.circuit.Circuit;

/**
 * What a solve minimizes: gates, depth, one then the other (lexicographic), or a weighted sum
 * {@code a·size + b·depth}. The one objective of mincirc: queries carry it and the synthesis
 * driver minimizes it.
 *
 * <p>The weighted sum answers the objection in the comments on Hubinger's "Are minimal circuits
 * deceptive?" that a real cost is size and depth together ("minimal in width + depth, so a GLUT
 * would definitely lose out"): neither lexicographic order is that cost.
 *
 * <p>The four fixed objectives are singletons, so {@code ==} compares them; a weighted objective
 * is a value ({@link #equals}).
 */
public final class Objective {
    /** Which kind of cost. */
    public enum Kind { SIZE, DEPTH, SIZE_THEN_DEPTH, DEPTH_THEN_SIZE, WEIGHTED }

    public static final Objective SIZE = new Objective(Kind.SIZE, 1, 0);
    public static final Objective DEPTH = new Objective(Kind.DEPTH, 0, 1);
    public static final Objective SIZE_THEN_DEPTH = new Objective(Kind.SIZE_THEN_DEPTH, 1, 0);
    public static final Objective DEPTH_THEN_SIZE = new Objective(Kind.DEPTH_THEN_SIZE, 0, 1);

    /** The fixed objectives, in the order the language lists them. */
    private static final Objective[] FIXED = {SIZE, DEPTH, SIZE_THEN_DEPTH, DEPTH_THEN_SIZE};

    private final Kind kind;
    private final int sizeWeight;
    private final int depthWeight;

    private Objective(Kind kind, int sizeWeight, int depthWeight) {
        this.kind = kind;
        this.sizeWeight = sizeWeight;
        this.depthWeight = depthWeight;
    }

    /**
     * {@code sizeWeight·size + depthWeight·depth}; both weights whole numbers of at least 1 (with
     * a zero weight the objective is plain size or depth: write that instead).
     */
    public static Objective weighted(int sizeWeight, int depthWeight) {
        if (sizeWeight < 1 || depthWeight < 1) {
            throw new IllegalArgumentException("weights of size + depth must be at least 1, not "
                    + sizeWeight + " and " + depthWeight);
        }
        return new Objective(Kind.WEIGHTED, sizeWeight, depthWeight);
    }

    /** The size, depth and lexicographic objectives (not the weighted ones, which are infinitely many). */
    public static Objective[] fixed() {
        return FIXED.clone();
    }

    public Kind kind() {
        return kind;
    }

    /** The weight of a gate in {@link #cost}: 1 for the size-first kinds and 0 for depth-first ones. */
    public int sizeWeight() {
        return sizeWeight;
    }

    /** The weight of a level in {@link #cost}. */
    public int depthWeight() {
        return depthWeight;
    }

    public boolean weightedSum() {
        return kind == Kind.WEIGHTED;
    }

    /**
     * The cost this objective minimizes first: gates, levels, or the weighted sum. Every
     * minimal circuit has the same value of it.
     */
    public int cost(Circuit c) {
        return switch (kind) {
            case SIZE, SIZE_THEN_DEPTH -> c.size();
            case DEPTH, DEPTH_THEN_SIZE -> c.depth();
            case WEIGHTED -> sizeWeight * c.size() + depthWeight * c.depth();
        };
    }

    /** What {@link #cost} counts, for messages: "size", "depth" or "size + depth". */
    public String costName() {
        return switch (kind) {
            case SIZE, SIZE_THEN_DEPTH -> "size";
            case DEPTH, DEPTH_THEN_SIZE -> "depth";
            case WEIGHTED -> keyword();
        };
    }

    /** The words of the language's {@code minimize} clause, as reports print them. */
    public String keyword() {
        return switch (kind) {
            case SIZE -> "size";
            case DEPTH -> "depth";
            case SIZE_THEN_DEPTH -> "size then depth";
            case DEPTH_THEN_SIZE -> "depth then size";
            case WEIGHTED -> term(sizeWeight, "size") + " + " + term(depthWeight, "depth");
        };
    }

    private static String term(int weight, String word) {
        return weight == 1 ? word : weight + " " + word;
    }

    /**
     * The command-line spelling ({@code synth --objective}): the keyword with hyphens for
     * spaces, and no spaces in a sum ({@code size+depth}, {@code 2size+3depth}).
     */
    public String optionName() {
        return kind == Kind.WEIGHTED ? keyword().replace(" ", "") : keyword().replace(' ', '-');
    }

    /**
     * The objective of a command-line spelling, e.g. {@code size-then-depth} or
     * {@code 2size+3depth}.
     *
     * @throws IllegalArgumentException naming the accepted spellings
     */
    public static Objective ofOptionName(String s) {
        String t = s.trim().toLowerCase().replace(" ", "");
        for (Objective o : FIXED) {
            if (o.optionName().equals(t)) {
                return o;
            }
        }
        String[] terms = t.split("\\+", -1);
        if (terms.length == 2) {
            Integer a = weightOf(terms[0], "size");
            Integer b = weightOf(terms[1], "depth");
            if (a != null && b != null && a >= 1 && b >= 1) {
                return weighted(a, b);
            }
        }
        throw new IllegalArgumentException("unknown objective '" + s + "'; use size, depth, size-then-depth,"
                + " depth-then-size, or a weighted sum such as size+depth or 2size+3depth");
    }

    /** The weight of {@code [digits]word}, or null when the term is not of that shape. */
    private static Integer weightOf(String term, String word) {
        if (!term.endsWith(word)) {
            return null;
        }
        String digits = term.substring(0, term.length() - word.length());
        if (digits.isEmpty()) {
            return 1;
        }
        if (!digits.matches("[0-9]{1,6}")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** True if the primary cost is the gate count. */
    public boolean sizeFirst() {
        return kind == Kind.SIZE || kind == Kind.SIZE_THEN_DEPTH;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Objective other && kind == other.kind && sizeWeight == other.sizeWeight
                && depthWeight == other.depthWeight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, sizeWeight, depthWeight);
    }

    @Override
    public String toString() {
        return keyword();
    }
}
