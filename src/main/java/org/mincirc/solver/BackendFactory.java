package org.mincirc.solver;

import java.util.List;
import org.mincirc.solver.dimacs.DimacsProcessBackend;
import org.mincirc.solver.sat4j.Sat4jBackend;

/** Picks a backend by name; "sat4j" is the default (JavaSMT's SolverContextFactory idea). */
public final class BackendFactory {
    public static final String DEFAULT = "sat4j";

    private BackendFactory() {}

    /** The names {@link #create} accepts. */
    public static List<String> names() {
        return List.of("sat4j", "cadical");
    }

    /** A fresh backend; unknown names throw {@link IllegalArgumentException}. */
    public static Backend create(String name) {
        String key = name == null ? DEFAULT : name.trim().toLowerCase();
        return switch (key) {
            case "sat4j" -> new Sat4jBackend();
            case "cadical" -> new DimacsProcessBackend("cadical", "/usr/bin/cadical");
            default -> throw new IllegalArgumentException(
                    "unknown solver backend '" + name + "' (known: " + String.join(", ", names()) + ")");
        };
    }
}
