package org.mincirc.solver.cryptominisat;

import org.mincirc.solver.LibraryProbe;
import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mincirc.solver.SolverException;

/**
 * Finds and loads CryptoMiniSat 5's shared library, once per JVM, in this order:
 * <ol>
 *   <li>the file named by the system property {@value #PROPERTY},</li>
 *   <li>the file named by the environment variable {@value #ENVIRONMENT},</li>
 *   <li>{@code libcryptominisat5.so} on the library path (the -dev package's link),</li>
 *   <li>{@code libcryptominisat5.so.<version>} in the usual library directories: the runtime
 *       package alone (libcryptominisat5-5.11 on Debian) ships only the versioned file.</li>
 * </ol>
 * An explicitly named file that is missing or does not load is reported, not skipped.
 */
public final class CryptoMiniSatLibrary {
    /** System property naming the shared library to use. */
    public static final String PROPERTY = "mincirc.cryptominisat.lib";
    /** Environment variable naming the shared library to use (after the property). */
    public static final String ENVIRONMENT = "MINCIRC_CRYPTOMINISAT_LIB";
    /**
     * A seam for tests: while this system property is set, the library counts as not loadable,
     * with the property's value as the reason.
     */
    public static final String SIMULATE_FAILURE = "mincirc.cryptominisat.simulateLoadFailure";

    private static final String BASE_NAME = "libcryptominisat5.so";
    private static final List<String> LIBRARY_DIRECTORIES = List.of("/usr/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib", "/usr/local/lib64");

    private static final LibraryProbe PROBE = new LibraryProbe(SIMULATE_FAILURE, "CryptoMiniSat", CryptoMiniSatLibrary::probe);
    private static CmsNative api;
    private static Function interrupt;
    private static Path loadedFrom;

    private CryptoMiniSatLibrary() {}

    /**
     * Why CryptoMiniSat cannot be used here (one line a user can act on), or empty if it can.
     * The real probe runs once per JVM; this never throws.
     */
    public static Optional<String> problem() {
        return PROBE.problem();
    }

    /** The file the library was loaded from; just the library name when found on the library path. */
    public static Optional<Path> loadedFrom() {
        return problem().isEmpty() ? Optional.ofNullable(loadedFrom) : Optional.empty();
    }

    /**
     * Whether a solve can be stopped at a wall-clock deadline ({@code SATSolver::interrupt_asap}
     * is exported); without it only CryptoMiniSat's CPU-time limit bounds a solve.
     */
    public static boolean canInterrupt() {
        return problem().isEmpty() && interrupt != null;
    }

    /** The bound API; throws the probe's reason as a {@link SolverException} if there is none. */
    static CmsNative api() {
        Optional<String> p = problem();
        if (p.isPresent()) {
            throw new SolverException("CryptoMiniSat is not available here: " + p.get());
        }
        return api;
    }

    /** {@code interrupt_asap}, or null (see {@link #canInterrupt}). */
    static Function interruptFunction() {
        return canInterrupt() ? interrupt : null;
    }

    private static Optional<String> probe() {
        Optional<Optional<String>> named = LibraryProbe.named(PROPERTY, ENVIRONMENT, CryptoMiniSatLibrary::tryLoad);
        if (named.isPresent()) {
            return named.get();
        }
        // JNA's search by name covers jna.library.path, LD_LIBRARY_PATH and the loader's cache.
        if (tryLoad("cryptominisat5", Path.of(BASE_NAME)) == null) {
            return Optional.empty();
        }
        String last = null;
        for (Path candidate : versionedCandidates()) {
            last = tryLoad(candidate.toString(), candidate);
            if (last == null) {
                return Optional.empty();
            }
        }
        String hint = "apt-get install libcryptominisat5-5.11 (or set " + PROPERTY + " or " + ENVIRONMENT
                + " to a " + BASE_NAME + ")";
        return Optional.of(last == null ? BASE_NAME + " not found: " + hint
                : BASE_NAME + " found but does not load (" + last + "): " + hint);
    }

    /** libcryptominisat5.so.* in the usual directories, highest version first. */
    private static List<Path> versionedCandidates() {
        List<Path> found = new ArrayList<>();
        for (String dir : LIBRARY_DIRECTORIES) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                files.filter(f -> f.getFileName().toString().startsWith(BASE_NAME + "."))
                        .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                        .forEach(found::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable directory holds nothing we can load
            }
        }
        return found;
    }

    /** Loads and binds the library; null on success, else why not. */
    private static String tryLoad(String nameOrPath, Path file) {
        try {
            NativeLibrary library = NativeLibrary.getInstance(nameOrPath);
            for (String function : CmsNative.FUNCTIONS) {
                library.getFunction(function); // throws if the symbol is missing: not a CryptoMiniSat 5
            }
            Function interruptAsap;
            try {
                interruptAsap = library.getFunction(CmsNative.INTERRUPT_SYMBOL);
            } catch (UnsatisfiedLinkError e) {
                interruptAsap = null;
            }
            api = Native.load(nameOrPath, CmsNative.class);
            interrupt = interruptAsap;
            loadedFrom = file;
            return null;
        } catch (LinkageError | RuntimeException e) {
            return LibraryProbe.innermost(e);
        }
    }
}
