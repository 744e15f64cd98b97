package org.mincirc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mincirc.model.Document;
import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.UnsupportedResult;
import org.mincirc.report.JsonReport;
import org.mincirc.report.ProfileChart;
import org.mincirc.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mincirc run FILE...}: runs every query and prints its results. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every query of the given .mdp files and print the results.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".mdp files (directories are searched for *.mdp)")
    List<Path> files;

    @Option(names = "--json", description = "print {\"results\": [...]} for machines")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write every minimal circuit (and each lemma's witness) to DIR as .blif, .aag, .v "
                    + "and .dot, named FILE.QUERY.N")
    Path outDir;

    @Option(names = "--plot", paramLabel = "DIR",
            description = "write every profile's and series' chart to DIR as an SVG file: the name of its plot clause, "
                    + "else FILE.QUERY.svg (without --plot, only those with a plot clause are drawn, next to "
                    + "their .mdp file)")
    Path plotDir;

    @picocli.CommandLine.Mixin
    QueryOptions queryOptions = new QueryOptions();

    @Override
    public Integer call() throws IOException {
        Optional<org.mincirc.query.RunOptions> options = queryOptions.toRunOptions();
        if (options.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        OutDir circuits = null;
        if (outDir != null) {
            try {
                circuits = OutDir.create(outDir);
            } catch (IOException e) {
                err.println("mincirc: cannot create --out directory " + outDir + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        int exit = ExitCodes.OK;
        List<QueryResult> all = new ArrayList<>();
        for (Path file : Inputs.expand(files)) {
            Optional<Document> doc = Inputs.load(file, err);
            if (doc.isEmpty()) {
                exit = Math.max(exit, ExitCodes.BAD_INPUT);
                continue;
            }
            for (QueryResult r : new QueryRunner(doc.get(), options.get()).runAll()) {
                all.add(r);
                exit = Math.max(exit, exitCodeOf(r, err));
                try {
                    writeChart(r, file, err);
                } catch (IOException e) {
                    err.println("mincirc: cannot write the chart of " + r.query().name() + ": " + e.getMessage());
                    exit = Math.max(exit, ExitCodes.BAD_INPUT);
                }
                if (circuits != null) {
                    try {
                        circuits.write(r, doc.get().iface(), err);
                    } catch (IOException e) {
                        err.println("mincirc: cannot write circuits to " + outDir + ": " + e.getMessage());
                        exit = Math.max(exit, ExitCodes.BAD_INPUT);
                    }
                }
                if (!json) {
                    out.print(TextReport.render(r));
                    out.println();
                }
            }
        }
        if (json) {
            out.println(JsonReport.render(all, options.get().backend()));
        }
        return exit;
    }

    /**
     * A profile's SVG chart: under --plot DIR as its plot clause's file name or FILE.QUERY.svg;
     * without --plot, where its plot clause says (relative to the .mdp file), or not at all.
     */
    private void writeChart(QueryResult r, Path file, PrintStream err) throws IOException {
        Optional<ProfileResult> profile = ProfileChart.profileOf(r);
        Optional<org.mincirc.query.SeriesResult> series = org.mincirc.report.SeriesChart.seriesOf(r);
        if (profile.isEmpty() && series.isEmpty()) {
            return;
        }
        Optional<String> clause = profile.isPresent() ? profile.get().query().plot() : series.get().query().plot();
        Path target;
        if (plotDir != null) {
            String base = file.getFileName().toString().replaceFirst("\\.mdp$", "");
            target = plotDir.resolve(clause.map(c -> Path.of(c).getFileName().toString())
                    .orElse(base + "." + r.query().name() + ".svg"));
        } else if (clause.isPresent()) {
            Path dir = file.toAbsolutePath().getParent();
            target = dir.resolve(clause.get()).normalize();
        } else {
            return;
        }
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.write(target, profile.isPresent() ? ProfileChart.svg(profile.get())
                : org.mincirc.report.SeriesChart.svg(series.get()));
        err.println("mincirc: wrote the chart of " + r.query().kind() + " " + r.query().name() + " to " + target);
    }

    /** Errors in a query's input are reported like load errors, at the query's position. */
    private static int exitCodeOf(QueryResult result, PrintStream err) {
        return result.accept(new QueryResult.Visitor<Integer>() {
            @Override
            public Integer eval(EvalResult e) {
                if (!e.valid() && !expectsInvalid(e)) {
                    err.println(e.query().pos() + ": error: eval " + e.query().name() + ": " + e.invalidReason());
                    return ExitCodes.BAD_INPUT;
                }
                return ExitCodes.OK;
            }

            @Override
            public Integer solve(SolveResult s) {
                return ExitCodes.OK;
            }

            @Override
            public Integer lemma(LemmaResult l) {
                return ExitCodes.OK;
            }

            @Override
            public Integer profile(ProfileResult l) {
                return ExitCodes.OK;
            }

            @Override
            public Integer series(SeriesResult s) {
                int worst = ExitCodes.OK;
                for (SeriesResult.Member m : s.members()) {
                    worst = Math.max(worst, exitCodeOf(m.result(), err));
                }
                return worst;
            }

            @Override
            public Integer failed(FailedResult f) {
                err.println(f.query().pos() + ": error: " + f.query().kind() + " " + f.query().name() + ": "
                        + f.message());
                return f.kind() == FailedResult.Kind.BAD_INPUT ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_OR_TIMEOUT;
            }

            @Override
            public Integer unsupported(UnsupportedResult u) {
                return ExitCodes.OK;
            }
        });
    }

    private static boolean expectsInvalid(EvalResult e) {
        return e.query().expectations().stream().anyMatch(x -> x.key().equals("valid"));
    }
}
