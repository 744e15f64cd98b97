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
     * Loads the library the user named with a system property or, failing that, an environment
     * variable; empty if neither names one. A named file is used or reported, never passed over
     * for another found elsewhere.
     *
     * @param load loads and binds a library (path to load, file for records); null on success,
     *             else why not
     * @return empty when nothing is named; else the outcome, empty when it loaded
     */
    public static Optional<Optional<String>> named(String property, String environment,
                                                   java.util.function.BiFunction<String, java.nio.file.Path, String> load) {
        String fromProperty = System.getProperty(property);
        String fromEnvironment = System.getenv(environment);
        String value;
        String source;
        if (fromProperty != null && !fromProperty.isBlank()) {
            value = fromProperty;
            source = "system property " + property;
        } else if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            value = fromEnvironment;
            source = "environment variable " + environment;
        } else {
            return Optional.empty();
        }
        java.nio.file.Path file = java.nio.file.Path.of(value.strip());
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.of(Optional.of(source + " names " + file + ", which is not a file"));
        }
        String problem = load.apply(file.toAbsolutePath().toString(), file);
        return Optional.of(problem == null ? Optional.empty()
                : Optional.of(file + " (from " + source + ") does not load: " + problem));
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
