package org.mincirc.lang.prism;

import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.SourcePos;

/**
 * A rule of the PRISM subset broken at a place in the PRISM file (or in the .mdp braces). Thrown
 * where the problem is found, caught where one declaration or the exploration ends, and turned
 * into a {@link Diagnostic}; it never carries a stack trace to the user.
 */
final class PrismError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    PrismError(SourcePos pos, DiagnosticCode code, String message) {
        super(message, null, false, false);
        this.diagnostic = new Diagnostic(pos, code, message);
    }

    /** An error about a name whose own error was reported already (e.g. a use of a formula in a cycle). */
    static PrismError alreadyReported() {
        return new PrismError();
    }

    private PrismError() {
        super("already reported", null, false, false);
        this.diagnostic = null;
    }

    /** The diagnostic, or null when the cause was reported already. */
    Diagnostic diagnostic() {
        return diagnostic;
    }
}
