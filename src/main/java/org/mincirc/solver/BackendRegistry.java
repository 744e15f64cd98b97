package org.mincirc.solver;

import static org.mincirc.solver.Capability.ASSUMPTIONS;
import static org.mincirc.solver.Capability.INCREMENTAL;
import static org.mincirc.solver.Capability.INTERRUPT;
import static org.mincirc.solver.Capability.NATIVE_XOR;
import static org.mincirc.solver.Capability.NATIVE_PSEUDO_BOOLEAN;
import static org.mincirc.solver.Capability.RATIONAL_ARITHMETIC;
import static org.mincirc.solver.Capability.TIME_LIMIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mincirc.solver.cadical.CadicalBackend;
import org.mincirc.solver.cadical.CadicalLibrary;
import org.mincirc.solver.cryptominisat.CryptoMiniSatBackend;
import org.mincirc.solver.cryptominisat.CryptoMiniSatLibrary;
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
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, NATIVE_PSEUDO_BOOLEAN, TIME_LIMIT, INTERRUPT),
                    Optional::empty, Sat4jBackend::new),
            new BackendInfo("cadical", "CaDiCaL in process (Debian's libcadical.a, linked once into "
                    + "~/.cache/mincirc/libcadical.so), incremental; pseudo-Boolean lowered to clauses",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, TIME_LIMIT, INTERRUPT),
                    CadicalLibrary::problem, CadicalBackend::new),
            new BackendInfo("cryptominisat", "CryptoMiniSat 5 in process (Debian's libcryptominisat5), "
                    + "incremental, native xor; pseudo-Boolean lowered to clauses",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, TIME_LIMIT, INTERRUPT, NATIVE_XOR),
                    CryptoMiniSatLibrary::problem, CryptoMiniSatBackend::new),
            new BackendInfo("z3", "Z3 (bundled native library), exact rational returns through Bellman equations",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, NATIVE_PSEUDO_BOOLEAN, RATIONAL_ARITHMETIC, TIME_LIMIT),
                    Z3Library::problem, Z3Backend::new),
            new BackendInfo("z3-sat", "Z3's SAT core alone (logic QF_FD) on clauses, no real arithmetic; faster "
                    + "than z3 on circuit questions; pseudo-Boolean lowered to clauses",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, TIME_LIMIT),
                    Z3Library::problem, Z3SatBackend::new),
            new BackendInfo("cadical-process", "an external cadical executable on the PATH, one process per solve",
                    EnumSet.of(ASSUMPTIONS, TIME_LIMIT, INTERRUPT),
                    () -> executable("cadical").isPresent() ? Optional.empty()
                            : Optional.of("no cadical executable on the PATH (apt-get install cadical)"),
                    () -> new DimacsProcessBackend("cadical-process", executable("cadical").orElseThrow(
                            () -> new SolverException("no cadical executable on the PATH")))),
            new BackendInfo("portfolio", "races the two fastest available backends on every solve and takes the "
                    + "first answer (uses two cores)",
                    EnumSet.of(INCREMENTAL, ASSUMPTIONS, TIME_LIMIT, INTERRUPT),
                    () -> portfolioMembers().size() >= 2 ? Optional.empty()
                            : Optional.of("fewer than two backends are available here"),
                    () -> new PortfolioBackend(portfolioMembers().stream()
                            .map(n -> find(n).orElseThrow().factory().get()).toList())));

    /** Portfolio members in order of preference: the fastest engines first, measured (see the README). */
    private static final List<String> PORTFOLIO_PREFERENCE = List.of("cadical", "sat4j", "cryptominisat",
            "cadical-process");

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

    /**
     * The default for a workload: the first available backend in order of measured speed
     * (README, Performance, measured in one run each). Circuits: on the 222 NPN-4 classes
     * z3-sat 59.1 s, cadical 63.5 s, sat4j 118.0 s, and on 5-input majority only cadical decides
     * k = 8 (95 s), so cadical first. Policies: on the scaling cases sat4j's native
     * pseudo-Boolean solving proves stochastic and discounted targets (2 to 28 s) where cadical
     * on the lowered returns runs out of a minute, and loses only on bandits (26.6 s against
     * 11.4 s at 64 states), so sat4j first. The portfolio is not a default: it takes both cores.
     */
    public static String defaultFor(Workload workload) {
        List<String> preference = workload == Workload.CIRCUIT ? List.of("cadical", "z3-sat", "sat4j")
                : List.of("sat4j");
        for (String name : preference) {
            if (find(name).map(BackendInfo::available).orElse(false)) {
                return name;
            }
        }
        return FALLBACK;
    }

    /** The backends a portfolio races: the first two available of {@link #PORTFOLIO_PREFERENCE}. */
    public static List<String> portfolioMembers() {
        String chosen = System.getProperty("mincirc.portfolio", System.getenv("MINCIRC_PORTFOLIO"));
        if (chosen != null && !chosen.isBlank()) {
            // The user's members, in the user's order (a comma-separated list of backend names).
            return java.util.Arrays.stream(chosen.split(",")).map(String::trim)
                    .filter(n -> find(n).map(BackendRegistry::canRace).orElse(false)).toList();
        }
        return PORTFOLIO_PREFERENCE.stream().filter(n -> find(n).map(BackendRegistry::canRace).orElse(false))
                .limit(2).toList();
    }

    /** A portfolio member must run here and survive being interrupted. */
    private static boolean canRace(BackendInfo b) {
        return !b.name().equals("portfolio") && b.has(INTERRUPT) && b.available();
    }

    /**
     * The first executable of that name on the PATH; the registry probes external solvers with
     * it, and the command line finds Graphviz with it.
     */
    public static Optional<Path> executable(String command) {
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
