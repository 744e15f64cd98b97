package org.mincirc.solver;

import static org.mincirc.solver.Capability.ASSUMPTIONS;
import static org.mincirc.solver.Capability.INCREMENTAL;
import static org.mincirc.solver.Capability.NATIVE_PSEUDO_BOOLEAN;
import static org.mincirc.solver.Capability.RATIONAL_ARITHMETIC;
import static org.mincirc.solver.Capability.TIME_LIMIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mincirc.solver.dimacs.DimacsProcessBackend;
import org.mincirc.solver.portfolio.PortfolioBackend;
import org.mincirc.solver.sat4j.Sat4jBackend;
import org.mincirc.solver.z3.Z3Backend;
import org.mincirc.solver.z3.Z3Library;
import org.mincirc.solver.z3.Z3SatBackend;

/**
 * Every backend mincirc knows, in one list (JavaSMT's SolverContextFactory): the factory, the
 * command line's {@code --backend} help and refusals, and the parameterized backend tests all
 * read it, so a backend added here is offered, probed and tested everywhere.
 */
public final class BackendRegistry {
    /** The pure-Java backend that runs wherever Java does: the fallback of every default. */
    public static final String FALLBACK = "sat4j";

    private static final List<BackendInfo> ALL = List.of(
            new BackendInfo("sat4j", "sat4j, pure Java, native pseudo-Boolean constraints; runs everywhere",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, NATIVE_PSEUDO_BOOLEAN, TIME_LIMIT),
                    Optional::empty, Sat4jBackend::new),
            new BackendInfo("z3", "Z3 (bundled native library), exact rational returns through Bellman equations",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, NATIVE_PSEUDO_BOOLEAN, RATIONAL_ARITHMETIC, TIME_LIMIT),
                    Z3Library::problem, Z3Backend::new),
            new BackendInfo("z3-sat", "Z3's SAT core alone (logic QF_FD), no real arithmetic; faster than z3 on "
                    + "circuit questions",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, NATIVE_PSEUDO_BOOLEAN, TIME_LIMIT),
                    Z3Library::problem, Z3SatBackend::new),
            new BackendInfo("cadical-process", "an external cadical executable on the PATH, one process per solve",
                    EnumSet.of(ASSUMPTIONS, TIME_LIMIT),
                    () -> executable("cadical").isPresent() ? Optional.empty()
                            : Optional.of("no cadical executable on the PATH (apt-get install cadical)"),
                    () -> new DimacsProcessBackend("cadical-process", executable("cadical").orElseThrow(
                            () -> new SolverException("no cadical executable on the PATH")))),
            new BackendInfo("portfolio", "races the two fastest available backends on every solve and takes the "
                    + "first answer (uses two cores)",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, TIME_LIMIT),
                    () -> portfolioMembers().size() >= 2 ? Optional.empty()
                            : Optional.of("fewer than two backends are available here"),
                    () -> new PortfolioBackend(portfolioMembers().stream()
                            .map(n -> find(n).orElseThrow().factory().get()).toList())));

    /** Portfolio members in order of preference: the fastest engines first, measured (see the README). */
    private static final List<String> PORTFOLIO_PREFERENCE = List.of("sat4j", "z3");

    private BackendRegistry() {}

    public static List<BackendInfo> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(BackendInfo::name).toList();
    }

    /** The backend of that name (case and surrounding blanks ignored). */
    public static Optional<BackendInfo> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(b -> b.name().equals(key)).findFirst();
    }

    /** The backend of that name; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
    public static BackendInfo require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown solver backend '" + name + "' (known: " + String.join(", ", names()) + ")"));
    }

    /** The default: the first available backend in order of measured speed (see the README). */
    public static String defaultName() {
        for (String name : List.of("sat4j")) {
            if (find(name).map(BackendInfo::available).orElse(false)) {
                return name;
            }
        }
        return FALLBACK;
    }

    /** The backends a portfolio races: the first two available of {@link #PORTFOLIO_PREFERENCE}. */
    public static List<String> portfolioMembers() {
        return PORTFOLIO_PREFERENCE.stream().filter(n -> find(n).map(BackendInfo::available).orElse(false))
                .limit(2).toList();
    }

    /** One line per backend for help texts: name, whether it runs here, what it is. */
    public static String describeAll() {
        return ALL.stream().map(b -> b.name() + (b.available() ? "" : " (not available here)") + ": " + b.summary())
                .collect(Collectors.joining("; "));
    }

    /** The first executable of that name on the PATH. */
    static Optional<Path> executable(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
