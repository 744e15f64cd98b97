package org.mincirc.solver;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether a native solver library can be used here, asked once per JVM: the probe's answer is
 * kept, anything it throws becomes a one-line reason, and a system property can simulate a
 * failure (the test seam for "a machine without the library"). Shared by every native backend.
 */
public final class LibraryProbe {
    private final String simulateProperty;
    private final String library;
    private final Supplier<Optional<String>> probe;
    private Optional<String> answer;

    /**
     * @param simulateProperty while this system property is set, the library counts as not
     *                         loadable, with the property's value as the reason
     * @param library          the name used in reasons ("CaDiCaL")
     * @param probe            loads the library; empty if it works, else the reason
     */
    public LibraryProbe(String simulateProperty, String library, Supplier<Optional<String>> probe) {
        this.simulateProperty = simulateProperty;
        this.library = library;
        this.probe = probe;
    }

    /** Why the library cannot be used here, or empty if it can. Never throws. */
    public Optional<String> problem() {
        String simulated = System.getProperty(simulateProperty);
        if (simulated != null) {
            return Optional.of(simulated.isBlank() ? "simulated load failure" : simulated);
        }
        synchronized (this) {
            if (answer == null) {
                try {
                    answer = probe.get();
                } catch (RuntimeException | LinkageError e) {
                    answer = Optional.of("cannot load " + library + ": " + innermost(e));
                }
            }
            return answer;
        }
    }

    /**
     * The innermost cause's message, on one line. JNA says "Unable to load library 'x':" and then
     * lists every place it looked, one per line; the first of those carries the loader's reason
     * ("invalid ELF header").
     */
    public static String innermost(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        String text = (message == null || message.isBlank()) ? t.getClass().getSimpleName() : message.strip();
        String[] lines = text.split("\\R");
        return lines.length > 1 && lines[0].endsWith(":") ? lines[0] + " " + lines[1].strip() : lines[0];
    }
}
