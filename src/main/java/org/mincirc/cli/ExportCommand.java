package org.mincirc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.LoadException;
import org.mincirc.lang.Loader;
import org.mincirc.lang.drn.DrnWriter;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mincirc export FILE --mdp NAME --format drn}: one mdp of a file (written, a union, or
 * built from a PRISM model) in Storm's explicit DRN format with exact rational values; the file
 * reads back with {@code mdp M from "m.drn" { horizon ...; }}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one mdp of a .mdp file in an explicit format (drn: Storm's DRN, exact rationals).")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .mdp file")
    Path file;

    @Option(names = "--mdp", paramLabel = "NAME", required = true, description = "the mdp to export")
    String mdpName;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "drn", description = "drn (the only format so far)")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "write to PATH instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("drn")) {
            System.err.println("mincirc: unknown --format " + format + "; the formats are: drn");
            return ExitCodes.BAD_INPUT;
        }
        Document doc;
        try {
            doc = Loader.load(file);
        } catch (LoadException e) {
            for (Diagnostic d : e.diagnostics()) {
                System.err.println(d.format());
            }
            return ExitCodes.BAD_INPUT;
        }
        Optional<Mdp> mdp = doc.mdp(mdpName);
        if (mdp.isEmpty()) {
            System.err.println("mincirc: " + file + " has no mdp " + mdpName + "; its mdps are "
                    + String.join(", ", doc.mdps().stream().map(Mdp::name).toList()));
            return ExitCodes.BAD_INPUT;
        }
        String text = DrnWriter.write(mdp.get(), doc.iface(), file.toString());
        if (out == null) {
            System.out.print(text);
        } else {
            try {
                Files.writeString(out, text);
            } catch (IOException e) {
                System.err.println("mincirc: cannot write " + out + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        return ExitCodes.OK;
    }
}
