package org.mincirc.cli;

import java.util.Locale;
import java.util.Optional;
import org.mincirc.solver.BackendFactory;

/**
 * Checks a {@code --backend} name before any query runs, so an unknown name or a solver whose
 * native library does not load here is one line on stderr and exit 2, never a stack trace or a
 * failure repeated for every query.
 */
final class BackendChoice {
    private BackendChoice() {}

    /** The normalized name. */
    static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with the choice, as the line to print (without the "mincirc: " prefix). */
    static Optional<String> problem(String name) {
        String key = normalize(name);
        if (!BackendFactory.names().contains(key)) {
            return Optional.of("unknown backend '" + name + "' (" + String.join(", ", BackendFactory.names()) + ")");
        }
        return BackendFactory.unavailability(key).map(reason -> "the " + key + " backend is not available here: "
                + reason.replaceAll("\\s+", " ") + "; use --backend " + BackendFactory.DEFAULT);
    }
}
