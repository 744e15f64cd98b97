package org.mincirc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.LoadException;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;

/** Finds {@code .mdp} files (directories searched recursively, hidden files skipped) and loads them, printing diagnostics. */
final class Inputs {
    private Inputs() {}

    /** Files as given, and every {@code *.mdp} under each directory, in sorted order. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".mdp")
                            && !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The document, or empty after printing every diagnostic as {@code file:line:col: error: ...}. */
    static Optional<Document> load(Path file, PrintStream err) {
        try {
            return Optional.of(Loader.load(file));
        } catch (LoadException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.format());
            }
            return Optional.empty();
        } catch (UncheckedIOException e) {
            err.println(file + ": error: cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }
}
