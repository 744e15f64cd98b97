package org.mincirc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.export.Choices;
import org.mincirc.export.PrismStrategy;
import org.mincirc.export.StormScheduler;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.LoadException;
import org.mincirc.lang.Loader;
import org.mincirc.lang.drn.DrnWriter;
import org.mincirc.lang.explicit.ExplicitWriter;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mincirc export FILE --mdp NAME --format F}: one mdp of a file (written, a union, or
 * built from a PRISM model) as Storm's DRN ({@code drn}) or PRISM's explicit files
 * ({@code prism-explicit}, with {@code --out BASE}), exact values in both; or a policy on it
 * ({@code --circuit C}, {@code --eval Q}, {@code --solve Q}) as Storm's scheduler JSON
 * ({@code storm-scheduler}) or PRISM's strategy file ({@code prism-strategy}), on the same state
 * ids. The model files read back with {@code mdp M from "m.drn"} and {@code mdp M from "m.tra"}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one mdp of a .mdp file in an explicit format (drn, prism-explicit), exact rationals, "
                + "or a policy on it as a scheduler (storm-scheduler, prism-strategy).")
final class ExportCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("drn", "prism-explicit", "storm-scheduler", "prism-strategy");

    @Parameters(paramLabel = "FILE", description = "the .mdp file")
    Path file;

    @Option(names = "--mdp", paramLabel = "NAME", required = true, description = "the mdp to export")
    String mdpName;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "drn",
            description = "drn (default), prism-explicit, storm-scheduler or prism-strategy")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "write to PATH instead of standard output; "
            + "prism-explicit needs it: BASE gives BASE.tra, BASE.sta, BASE.lab, BASE.srew, BASE.trew, BASE.mincirc")
    Path out;

    @Option(names = "--circuit", paramLabel = "NAME", description = "scheduler formats: the policy of this circuit of the file")
    String circuit;

    @Option(names = "--eval", paramLabel = "QUERY", description = "scheduler formats: the circuit or policy table of this eval query")
    String eval;

    @Option(names = "--solve", paramLabel = "QUERY", description = "scheduler formats: the minimal circuit this solve query reports (it is run)")
    String solve;

    @Override
    public Integer call() throws IOException {
        if (!FORMATS.contains(format)) {
            return refuse("unknown --format " + format + "; the formats are: " + String.join(", ", FORMATS));
        }
        boolean scheduler = format.equals("storm-scheduler") || format.equals("prism-strategy");
        if (!scheduler && (circuit != null || eval != null || solve != null)) {
            return refuse("--circuit, --eval and --solve choose a policy for --format storm-scheduler or prism-strategy, "
                    + "not for " + format);
        }
        if (format.equals("prism-explicit") && out == null) {
            return refuse("--format prism-explicit writes several files; give --out BASE (writes BASE.tra, BASE.sta, "
                    + "BASE.lab, BASE.srew, BASE.trew and BASE.mincirc)");
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
        Optional<Mdp> found = doc.mdp(mdpName);
        if (found.isEmpty()) {
            return refuse(file + " has no mdp " + mdpName + "; its mdps are "
                    + String.join(", ", doc.mdps().stream().map(Mdp::name).toList()));
        }
        Mdp mdp = found.get();
        if (format.equals("prism-explicit")) {
            return writeExplicit(ExplicitWriter.write(mdp, doc.iface(), file.toString()));
        }
        if (!scheduler) {
            return emit(DrnWriter.write(mdp, doc.iface(), file.toString()), out);
        }
        Choices choices;
        try {
            Policy policy = ExportPolicy.of(doc, file.toString(), Optional.ofNullable(circuit), Optional.ofNullable(eval),
                    Optional.ofNullable(solve));
            choices = Choices.of(mdp, policy);
        } catch (ExportPolicy.Refused e) {
            return refuse(e.getMessage());
        } catch (InvalidPolicyException e) {
            return refuse("the policy is not valid on mdp " + mdpName + ": " + e.getMessage());
        }
        return emit(format.equals("storm-scheduler") ? StormScheduler.write(choices, doc.iface()) : PrismStrategy.write(choices), out);
    }

    private int writeExplicit(Map<String, String> files) {
        String base = out.toString().endsWith(".tra") ? out.toString().substring(0, out.toString().length() - 4) : out.toString();
        for (Map.Entry<String, String> f : files.entrySet()) {
            int code = emit(f.getValue(), Path.of(base + "." + f.getKey()));
            if (code != ExitCodes.OK) {
                return code;
            }
        }
        return ExitCodes.OK;
    }

    private static int emit(String text, Path to) {
        if (to == null) {
            System.out.print(text);
            return ExitCodes.OK;
        }
        try {
            Files.writeString(to, text);
        } catch (IOException e) {
            return refuse("cannot write " + to + (e instanceof java.nio.file.NoSuchFileException
                    ? ": its directory does not exist" : ": " + e.getMessage()));
        }
        return ExitCodes.OK;
    }

    private static int refuse(String message) {
        System.err.println("mincirc: " + message);
        return ExitCodes.BAD_INPUT;
    }
}
