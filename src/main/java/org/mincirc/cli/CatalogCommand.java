package org.mincirc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mincirc.model.Document;
import org.mincirc.query.QueryResult;
import org.mincirc.query.RunOptions;
import org.mincirc.query.Suite;
import org.mincirc.report.CatalogTable;
import org.mincirc.report.HeaderComment;
import org.mincirc.report.MarkedSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mincirc catalog PATH...}: runs the instances and prints a Markdown table of what each
 * file shows and what its queries found. The table is printed even when an expectation fails,
 * but the exit code is then 1, so a README is never regenerated from a broken library unnoticed.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Run the queries of .mdp files and print a Markdown table of what each file shows.")
final class CatalogCommand implements Callable<Integer> {
    static final MarkedSection SECTION = new MarkedSection("catalog");

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".mdp files or directories (searched for *.mdp)")
    List<Path> paths;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "queries run in parallel (default 1)")
    int jobs;

    @Option(names = "--into", paramLabel = "FILE",
            description = "write the table into FILE between <!-- catalog:begin --> and <!-- catalog:end --> instead of printing it")
    Path into;

    @Override
    public Integer call() throws IOException {
        if (jobs < 1) {
            System.err.println("mincirc: --jobs takes a positive whole number");
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files = Inputs.expand(paths);
        if (files.isEmpty()) {
            System.err.println("mincirc: no .mdp files found in " + paths);
            return ExitCodes.BAD_INPUT;
        }
        List<Document> documents = new ArrayList<>();
        List<CatalogTable.Entry> entries = new ArrayList<>();
        boolean badInput = false;
        for (Path file : files) {
            Optional<Document> doc = Inputs.load(file, System.err);
            badInput |= doc.isEmpty();
            if (doc.isPresent()) {
                documents.add(doc.get());
                entries.add(new CatalogTable.Entry(doc.get().file(),
                        HeaderComment.firstSentence(Files.readString(file))));
            }
        }
        List<QueryResult> results = new Suite(RunOptions.defaults(), jobs).run(documents);
        String table = CatalogTable.render(entries, results);
        if (into == null) {
            System.out.print(table);
        } else if (!writeInto(into, table)) {
            return ExitCodes.BAD_INPUT;
        }
        if (badInput) {
            return ExitCodes.BAD_INPUT;
        }
        if (!results.stream().allMatch(QueryResult::passed)) {
            System.err.println("mincirc: some expectations failed; run `mincirc check` for details");
            return ExitCodes.EXPECTATION_FAILED;
        }
        return ExitCodes.OK;
    }

    private static boolean writeInto(Path file, String table) throws IOException {
        Optional<String> updated = SECTION.replace(Files.readString(file), table);
        if (updated.isEmpty()) {
            System.err.println("mincirc: " + file + " has no <!-- catalog:begin --> ... <!-- catalog:end --> markers");
            return false;
        }
        Files.writeString(file, updated.get());
        return true;
    }
}
