package org.mincirc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mincirc.solver.BackendRegistry;

/**
 * Pictures of circuits: the DOT text mincirc writes anyway, laid out by Graphviz's {@code dot}
 * (Debian package {@code graphviz}) as SVG. Graphviz is optional: without it the DOT files are
 * still written and the user is told once how to get the pictures.
 */
final class Graphviz {
    /** Overrides where {@code dot} is looked for (a path to the executable). */
    static final String PROPERTY = "mincirc.dot";

    /** A picture of a few dozen gates takes milliseconds; this is far beyond any that finishes. */
    private static final long LIMIT_SECONDS = 60;

    private static volatile Optional<Path> found;

    private Graphviz() {}

    /** Why no pictures can be drawn here, or empty if they can. */
    static Optional<String> unavailability() {
        return executable().isPresent() ? Optional.empty()
                : Optional.of("Graphviz's dot is not on the PATH, so no .svg pictures (apt-get install graphviz)");
    }

    /** The SVG of a DOT graph; an {@link IOException} says what went wrong in dot. */
    static byte[] svg(String dot) throws IOException {
        Path exe = executable().orElseThrow(() -> new IOException(unavailability().orElseThrow()));
        // Messages go to a file: a full stderr pipe must not stall dot while stdout is read.
        Path messages = Files.createTempFile("mincirc-dot-", ".err");
        try {
            return run(exe, dot, messages);
        } finally {
            Files.deleteIfExists(messages);
        }
    }

    private static byte[] run(Path exe, String dot, Path messages) throws IOException {
        Process p = new ProcessBuilder(exe.toString(), "-Tsvg").redirectError(messages.toFile()).start();
        // dot reads all of its input before it writes, so the input may be written in one go.
        try (OutputStream in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out;
        try (InputStream stdout = p.getInputStream()) {
            out = stdout.readAllBytes();
        }
        try {
            if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("dot took longer than " + LIMIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while dot ran", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("dot failed (exit " + p.exitValue() + "): "
                    + Files.readString(messages, StandardCharsets.UTF_8).strip());
        }
        return out;
    }

    private static Optional<Path> executable() {
        Optional<Path> exe = found;
        if (exe == null) {
            exe = locate();
            found = exe;
        }
        return exe;
    }

    private static Optional<Path> locate() {
        String override = System.getProperty(PROPERTY);
        if (override != null) {
            Path p = Path.of(override);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        return BackendRegistry.executable("dot");
    }

    /** For tests: forget what was found, so a changed {@link #PROPERTY} is read again. */
    static void forget() {
        found = null;
    }
}
