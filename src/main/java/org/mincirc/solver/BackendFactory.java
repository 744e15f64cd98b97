package org.mincirc.solver;

import java.util.List;
import org.mincirc.solver.dimacs.DimacsProcessBackend;
import org.mincirc.solver.sat4j.Sat4jBackend;
import org.mincirc.solver.z3.Z3Backend;
import org.mincirc.solver.z3.Z3Library;

/** Picks a backend by name; "sat4j" is the default (JavaSMT's SolverContextFactory idea). */
public final class BackendFactory {
    public static final String DEFAULT = "sat4j";

    private BackendFactory() {}

    /** The names {@link #create} accepts. */
    public static List<String> names() {
        return List.of("sat4j", "z3", "cadical");
    }

    /**
     * Why the named backend cannot run on this machine (Z3 without its native library), or empty
     * if it can; unknown names throw {@link IllegalArgumentException}.
     */
    public static java.util.Optional<String> unavailability(String name) {
        String key = name == null ? DEFAULT : name.trim().toLowerCase();
        if (!names().contains(key)) {
            throw new IllegalArgumentException(
                    "unknown solver backend '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return key.equals("z3") ? Z3Library.problem() : java.util.Optional.empty();
    }

    /** A fresh backend; unknown names throw {@link IllegalArgumentException}. */
    public static Backend create(String name) {
        String key = name == null ? DEFAULT : name.trim().toLowerCase();
        return switch (key) {
            case "sat4j" -> new Sat4jBackend();
            case "z3" -> new Z3Backend();
            case "cadical" -> new DimacsProcessBackend("cadical", java.nio.file.Path.of("/usr/bin/cadical"));
            default -> throw new IllegalArgumentException(
                    "unknown solver backend '" + name + "' (known: " + String.join(", ", names()) + ")");
        };
    }
}
