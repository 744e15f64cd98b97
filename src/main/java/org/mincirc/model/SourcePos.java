package org.mincirc.model;

/** A place in a source file, 1-based line and column, as printed in {@code file:line:col}. */
public record SourcePos(String file, int line, int column) {
    public static final SourcePos NONE = new SourcePos("<none>", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
