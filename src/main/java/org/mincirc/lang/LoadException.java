package org.mincirc.lang;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A file could not be loaded; {@link #diagnostics()} says every reason, sorted by position. */
public final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;

    static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.pos().file())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column());

    private final transient List<Diagnostic> diagnostics;

    public LoadException(List<Diagnostic> diagnostics) {
        // No stack trace: this is a user error, reported as diagnostics, never as a trace.
        super(summary(sorted(diagnostics)), null, false, false);
        this.diagnostics = sorted(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().sorted(BY_POSITION).toList();
    }

    private static String summary(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
