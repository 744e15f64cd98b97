package org.mincirc.lang;

import org.mincirc.model.SourcePos;

/** One error found while loading a file: where, which rule, and what to do about it. */
public record Diagnostic(SourcePos pos, DiagnosticCode code, String message) {
    /** The {@code file:line:col: error: message} form that javac, gcc and editors use. */
    public String format() {
        return pos.file() + ":" + pos.line() + ":" + pos.column() + ": error: " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
