package org.mincirc.solver.cadical;

import org.mincirc.solver.LibraryProbe;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mincirc.solver.SolverException;

/**
 * Finds, if need be builds, and loads the shared CaDiCaL library, once per JVM.
 *
 * <p>Debian and Ubuntu ship CaDiCaL's library only as a static, position-independent
 * {@code libcadical.a} (package libcadical-dev), which Java cannot load. So the library is
 * looked for in this order, and the first that exists is used:
 * <ol>
 *   <li>the file named by the system property {@value #PROPERTY},</li>
 *   <li>the file named by the environment variable {@value #ENVIRONMENT},</li>
 *   <li>a {@code libcadical.so} on the system library path (a CaDiCaL built from source and
 *       installed, or a distribution that ships one),</li>
 *   <li>{@code libcadical.so} in the cache directory ({@code $XDG_CACHE_HOME/mincirc}, else
 *       {@code ~/.cache/mincirc}),</li>
 *   <li>else, if {@code libcadical.a} and a C++ compiler ({@code $CXX}, else g++) are there,
 *       the cached library is linked from the archive (well under a second) and used: built
 *       into a temporary file next to it and renamed, so a second JVM never sees half a file.</li>
 * </ol>
 * An explicitly named file that is missing or does not load is reported, not skipped: the
 * user asked for that one.
 */
public final class CadicalLibrary {
    /** System property naming the shared library to use. */
    public static final String PROPERTY = "mincirc.cadical.lib";
    /** Environment variable naming the shared library to use (after the property). */
    public static final String ENVIRONMENT = "MINCIRC_CADICAL_LIB";
    /**
     * A seam for tests: while this system property is set, the library counts as not loadable,
     * with the property's value as the reason.
     */
    public static final String SIMULATE_FAILURE = "mincirc.cadical.simulateLoadFailure";

    private static final String FILE_NAME = "libcadical.so";
    private static final String ARCHIVE = "libcadical.a";
    private static final String INSTALL_HINT = "apt-get install libcadical-dev";
    /** Linking is quick; this only guards against a compiler that hangs. */
    private static final long BUILD_TIMEOUT_S = 120;

    private static final LibraryProbe PROBE = new LibraryProbe(SIMULATE_FAILURE, "CaDiCaL", CadicalLibrary::probe);
    private static String signature;
    private static Path loadedFrom;

    private CadicalLibrary() {}

    /**
     * Why CaDiCaL cannot be used here (one line a user can act on), or empty if it can. The real
     * probe, which may build the cached library, runs once per JVM; this never throws.
     */
    public static Optional<String> problem() {
        return PROBE.problem();
    }

    /** CaDiCaL's version signature (e.g. "cadical-1.5.3"), once loaded. */
    public static Optional<String> signature() {
        return problem().isEmpty() ? Optional.ofNullable(signature) : Optional.empty();
    }

    /** The file the library was loaded from; just {@code libcadical.so} when found on the system path. */
    public static Optional<Path> loadedFrom() {
        return problem().isEmpty() ? Optional.ofNullable(loadedFrom) : Optional.empty();
    }

    /** Throws the probe's reason as a {@link SolverException} if CaDiCaL cannot be used. */
    static void require() {
        Optional<String> p = problem();
        if (p.isPresent()) {
            throw new SolverException("CaDiCaL is not available here: " + p.get());
        }
    }

    private static Optional<String> probe() {
        Optional<Optional<String>> named = LibraryProbe.named(PROPERTY, ENVIRONMENT, CadicalLibrary::tryLoad);
        if (named.isPresent()) {
            return named.get();
        }
        if (tryLoad("cadical", Path.of(FILE_NAME)) == null) {
            return Optional.empty();
        }
        Path cached = cacheDirectory().resolve(FILE_NAME);
        String cachedProblem = null;
        if (Files.isRegularFile(cached)) {
            cachedProblem = tryLoad(cached.toString(), cached);
            if (cachedProblem == null) {
                return Optional.empty();
            }
            // A cache built against another C++ runtime, say, is rebuilt below.
        }
        Optional<String> built = build(cached);
        if (built.isPresent()) {
            return cachedProblem == null ? built
                    : Optional.of(cached + " does not load (" + cachedProblem + ") and rebuilding it failed: "
                            + built.get());
        }
        String loaded = tryLoad(cached.toString(), cached);
        return loaded == null ? Optional.empty()
                : Optional.of("built " + cached + " from " + ARCHIVE + " but it does not load: " + loaded);
    }

    /** Loads and binds the library; null on success, else why not. */
    private static String tryLoad(String nameOrPath, Path file) {
        try {
            NativeLibrary library = NativeLibrary.getInstance(nameOrPath);
            for (String function : CadicalNative.FUNCTIONS) {
                library.getFunction(function); // throws if the symbol is missing: not a CaDiCaL
            }
            CadicalNative.register(library);
            signature = CadicalNative.ccadical_signature();
            loadedFrom = file;
            return null;
        } catch (LinkageError | RuntimeException e) {
            return LibraryProbe.innermost(e);
        }
    }

    static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("mincirc");
    }

    /** Links libcadical.a into {@code target}; empty on success, else why not (with what to do). */
    static Optional<String> build(Path target) {
        String compiler = System.getenv("CXX");
        if (compiler == null || compiler.isBlank()) {
            compiler = "g++";
        }
        Optional<Path> archive = findArchive(compiler);
        if (archive.isEmpty()) {
            return Optional.of(ARCHIVE + " not found: " + INSTALL_HINT + " (or set " + PROPERTY + " or "
                    + ENVIRONMENT + " to a " + FILE_NAME + ")");
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "libcadical-", ".so.part");
            Run link = run(List.of(compiler, "-shared", "-o", temp.toString(), "-Wl,--whole-archive",
                    archive.get().toString(), "-Wl,--no-whole-archive"));
            if (link == null) {
                return Optional.of(compiler + " not found, needed once to turn " + archive.get() + " into "
                        + target + ": apt-get install g++ (or set " + PROPERTY + ")");
            }
            if (link.exit != 0) {
                return Optional.of("linking " + target + " from " + archive.get() + " failed (" + compiler
                        + " exit " + link.exit + "): " + firstLine(link.output));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot build " + target + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while building " + target);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray .part file in the cache is harmless
                }
            }
        }
    }

    /** The archive where the compiler's linker would find it, else in the usual places. */
    private static Optional<Path> findArchive(String compiler) {
        List<Path> candidates = new ArrayList<>();
        try {
            Run r = run(List.of(compiler, "-print-file-name=" + ARCHIVE));
            if (r != null && r.exit == 0) {
                // gcc and clang print the bare name when they do not find the file
                String printed = r.output.strip();
                if (!printed.isEmpty() && Path.of(printed).isAbsolute()) {
                    candidates.add(Path.of(printed).normalize());
                }
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        for (String dir : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
                "/usr/lib", "/usr/local/lib")) {
            candidates.add(Path.of(dir, ARCHIVE));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private record Run(int exit, String output) {}

    /**
     * Runs a command to completion; null if the program does not exist. Its output goes to a
     * file, not a pipe, so the time-out holds even if the program never closes its output.
     */
    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mincirc-cadical-build-", ".log");
        Process process = null;
        try {
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            } catch (IOException e) {
                return null; // no such program
            }
            process.getOutputStream().close();
            if (!process.waitFor(BUILD_TIMEOUT_S, TimeUnit.SECONDS)) {
                throw new IOException(command.get(0) + " did not finish within " + BUILD_TIMEOUT_S + " s");
            }
            return new Run(process.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(out);
        }
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return t.isEmpty() ? "(no output)" : nl < 0 ? t : t.substring(0, nl);
    }
}
