package org.mincirc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mincirc.model.Document;
import org.mincirc.query.QueryResult;
import org.mincirc.query.RunOptions;
import org.mincirc.query.Suite;
import org.mincirc.report.CheckTable;
import org.mincirc.report.JunitReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mincirc check PATH...}: the regression runner. Exit 0 only if every file loads, every
 * query runs and every expectation holds; a skipped, failed or timed-out query is never a pass.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the queries of .mdp files, compare their expect lines, print a pass/fail table.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".mdp files or directories (searched for *.mdp)")
    List<Path> paths;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "queries run in parallel (default 1)")
    int jobs;

    @picocli.CommandLine.Mixin
    QueryOptions queryOptions = new QueryOptions();

    @Option(names = "--junit", paramLabel = "FILE", description = "also write the results as JUnit XML")
    Path junit;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write every minimal circuit (and each lemma's witness) to DIR, as run --out does")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        Optional<RunOptions> runOptions = queryOptions.toRunOptions();
        if (jobs < 1) {
            System.err.println("mincirc: --jobs takes a positive whole number");
            return ExitCodes.BAD_INPUT;
        }
        if (runOptions.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files = Inputs.expand(paths);
        if (files.isEmpty()) {
            System.err.println("mincirc: no .mdp files found in " + paths);
            return ExitCodes.BAD_INPUT;
        }
        boolean badInput = false;
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            Optional<Document> doc = Inputs.load(file, System.err);
            doc.ifPresent(documents::add);
            badInput |= doc.isEmpty();
        }
        RunOptions options = runOptions.get();
        List<QueryResult> results = new Suite(options, jobs).run(documents);
        System.out.print(CheckTable.render(results));
        if (junit != null) {
            Files.writeString(junit, JunitReport.render(results));
        }
        if (outDir != null && !writeCircuits(documents, results)) {
            return ExitCodes.BAD_INPUT;
        }
        if (badInput) {
            return ExitCodes.BAD_INPUT;
        }
        return results.stream().allMatch(QueryResult::passed) ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
    }

    /** After the table, so a slow write never delays the verdicts; false if DIR cannot be written. */
    private boolean writeCircuits(List<Document> documents, List<QueryResult> results) {
        Map<String, Document> byFile = new HashMap<>();
        documents.forEach(d -> byFile.put(d.file(), d));
        try {
            OutDir circuits = OutDir.create(outDir);
            for (QueryResult r : results) {
                Document doc = byFile.get(r.file());
                if (doc != null) {
                    circuits.write(r, doc.iface(), System.err);
                }
            }
            return true;
        } catch (IOException e) {
            System.err.println("mincirc: cannot write circuits to " + outDir + ": " + e.getMessage());
            return false;
        }
    }
}
