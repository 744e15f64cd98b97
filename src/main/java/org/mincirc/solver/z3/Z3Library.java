package org.mincirc.solver.z3;

import java.util.Optional;

/**
 * Whether Z3's native library loads on this machine. z3-turnkey unpacks and loads it in the
 * static initializer of {@code com.microsoft.z3.Native}; a machine it has no build for (or a
 * broken one) fails there with a linkage error, which is turned into one sentence here so the
 * command line can say it instead of printing a stack trace.
 */
public final class Z3Library {
    /**
     * A seam for tests: while this system property is set, the library counts as not loadable,
     * with the property's value as the reason (as on a machine without Z3's native code).
     */
    public static final String SIMULATE_FAILURE = "mincirc.z3.simulateLoadFailure";

    private static volatile Optional<String> loadProblem;

    private Z3Library() {}

    /** Why Z3 cannot be used here, or empty if it can. The real probe runs once per JVM. */
    public static Optional<String> problem() {
        String simulated = System.getProperty(SIMULATE_FAILURE);
        if (simulated != null) {
            return Optional.of(simulated.isBlank() ? "simulated load failure" : simulated);
        }
        Optional<String> known = loadProblem;
        if (known == null) {
            known = probe();
            loadProblem = known;
        }
        return known;
    }

    private static Optional<String> probe() {
        try {
            // Version calls into the native library, so this fails exactly when solving would.
            com.microsoft.z3.Version.getFullVersion();
            return Optional.empty();
        } catch (LinkageError | RuntimeException e) {
            return Optional.of(reason(e));
        }
    }

    /** The innermost message: the initializer error wraps the loader's, which says what is missing. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return (message == null || message.isBlank()) ? t.getClass().getSimpleName() : message.strip();
    }
}
