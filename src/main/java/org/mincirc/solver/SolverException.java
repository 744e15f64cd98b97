package org.mincirc.solver;

/** Any failure inside a native or library solver, translated once at the backend edge. */
public final class SolverException extends RuntimeException {
    public SolverException(String message) {
        super(message);
    }

    public SolverException(String message, Throwable cause) {
        super(message, cause);
    }
}
