package org.mincirc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mincirc.model.Interface;
import org.mincirc.query.QueryResult;
import org.mincirc.report.CircuitFiles;

/**
 * {@code run --out DIR} and {@code check --out DIR}: writes the circuits of each result into one
 * flat directory. Each input file gets a stem from its name; two files with the same name (in
 * different directories) get {@code name-2}, {@code name-3}, ... so no file overwrites another's.
 */
final class OutDir {
    private final Path dir;
    private final Map<String, String> stemOfFile = new HashMap<>();
    private final Set<String> usedStems = new HashSet<>();
    /** Whether the one line saying why there are no pictures was printed. */
    private boolean toldNoPictures;

    private OutDir(Path dir) {
        this.dir = dir;
    }

    /** The directory, created if missing. */
    static OutDir create(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new OutDir(dir);
    }

    /** Writes the result's circuit files and says where on {@code err}; returns how many files. */
    int write(QueryResult result, Interface iface, PrintStream err) throws IOException {
        String stem = stem(result.file());
        List<CircuitFiles.File> files = CircuitFiles.of(result, iface, stem);
        boolean pictures = Graphviz.unavailability().isEmpty();
        int written = 0;
        for (CircuitFiles.File f : files) {
            Files.write(dir.resolve(f.name()), f.content());
            written++;
            if (pictures && f.name().endsWith(".dot")) {
                String svg = f.name().substring(0, f.name().length() - ".dot".length()) + ".svg";
                Files.write(dir.resolve(svg), Graphviz.svg(f.text()));
                written++;
            }
        }
        if (!files.isEmpty()) {
            String prefix = stem + "." + result.query().name() + ".";
            int circuits = files.size() / CircuitFiles.FORMATS.size();
            err.println("mincirc: wrote " + circuits + (circuits == 1 ? " circuit" : " circuits") + " of "
                    + result.query().name() + " to " + dir.resolve(prefix) + "*.{"
                    + String.join(",", CircuitFiles.FORMATS) + (pictures ? ",svg" : "") + "}");
            if (!pictures && !toldNoPictures) {
                err.println("mincirc: " + Graphviz.unavailability().orElseThrow());
                toldNoPictures = true;
            }
        }
        return written;
    }

    /** The file's name without {@code .mdp}, kept to safe characters, unique among this run's files. */
    String stem(String file) {
        return stemOfFile.computeIfAbsent(file, f -> {
            String name = Path.of(f).getFileName().toString();
            String base = name.endsWith(".mdp") ? name.substring(0, name.length() - 4) : name;
            base = base.replaceAll("[^A-Za-z0-9_-]", "_");
            if (base.isEmpty()) {
                base = "file";
            }
            String stem = base;
            for (int k = 2; !usedStems.add(stem); k++) {
                stem = base + "-" + k;
            }
            return stem;
        });
    }
}
