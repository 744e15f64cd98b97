package org.mincirc.model;

/** What a solve minimizes: gates, depth, or one then the other (lexicographic). */
public enum Objective {
    SIZE("size"), DEPTH("depth"), SIZE_THEN_DEPTH("size then depth"), DEPTH_THEN_SIZE("depth then size");

    private final String text;

    Objective(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
