package org.mincirc.cli;

import java.util.Optional;
import org.mincirc.solver.BackendFactory;
import org.mincirc.solver.BackendInfo;
import org.mincirc.solver.BackendRegistry;
import org.mincirc.solver.Workload;

/**
 * Checks a {@code --backend} name against the {@link BackendRegistry} before any query runs, so
 * an unknown name or a solver that cannot run here is one line on stderr and exit 2, never a
 * stack trace or a failure repeated for every query.
 */
final class BackendChoice {
    /** The help text of every {@code --backend} option; the registry is named in full by {@code mincirc backends}. */
    static final String HELP = "solver backend: default (the fastest available here for the command's questions), or one of "
            + "${sys:mincirc.backend.names}; `mincirc backends` lists them with what each can do";

    private BackendChoice() {}

    /** Publishes the registry's names for {@link #HELP} (picocli reads system properties). */
    static void publishNames() {
        System.setProperty("mincirc.backend.names", String.join(", ", BackendRegistry.names()));
    }

    /** The registered name the choice stands for ("default" resolved); call after {@link #problem}. */
    static String normalize(String name, Workload workload) {
        return BackendFactory.resolve(name, workload);
    }

    /** What is wrong with the choice, as the line to print (without the "mincirc: " prefix). */
    static Optional<String> problem(String name, Workload workload) {
        Optional<BackendInfo> info = name == null || name.trim().equalsIgnoreCase(BackendFactory.DEFAULT)
                ? BackendRegistry.find(BackendRegistry.defaultFor(workload)) : BackendRegistry.find(name);
        if (info.isEmpty()) {
            return Optional.of("unknown backend '" + name + "' (default, "
                    + String.join(", ", BackendRegistry.names()) + ")");
        }
        return info.get().unavailability().map(reason -> "the " + info.get().name()
                + " backend is not available here: " + reason.replaceAll("\\s+", " ") + "; use --backend "
                + BackendRegistry.FALLBACK);
    }
}
