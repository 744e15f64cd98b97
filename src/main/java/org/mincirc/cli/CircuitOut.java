package org.mincirc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.io.CircuitFormats;

/**
 * {@code synth --out FILE}: the file's extension picks the format. Checked before solving, so a
 * typo costs a usage error rather than a finished synthesis with nowhere to go.
 */
final class CircuitOut {
    /** The extensions {@link CircuitFormats#write} knows, in the order the usage message lists them. */
    static final List<String> EXTENSIONS = List.of("blif", "aag", "aig", "v", "dot", "svg");

    private final Path file;

    private CircuitOut(Path file) {
        this.file = file;
    }

    /** The target, or a message saying which extensions work. */
    static CircuitOut of(Path file) throws SynthCommand.BadInput {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(ext)) {
            throw new SynthCommand.BadInput("--out " + file + ": the extension names the format; use ."
                    + String.join(", .", EXTENSIONS));
        }
        if (ext.equals("svg") && Graphviz.unavailability().isPresent()) {
            throw new SynthCommand.BadInput("--out " + file + ": " + Graphviz.unavailability().get());
        }
        return new CircuitOut(file);
    }

    Path file() {
        return file;
    }

    void write(Circuit c) throws IOException {
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            java.nio.file.Files.write(file, Graphviz.svg(CircuitFormats.toText(c, "dot")));
        } else {
            CircuitFormats.write(c, file);
        }
    }
}
