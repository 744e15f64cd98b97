package org.mincirc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.LoadException;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.report.ShowReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mincirc show FILE}: what a file expands to, without running its queries: per mdp the
 * number of states, actions, transitions and distinct codes, horizon and discount; per family
 * its members and weights. Most useful for mdps built from PRISM models, whose size is not
 * visible in the text. Exploring a large model prints progress to stderr.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show what a .mdp file expands to: states, actions, transitions, codes of each mdp; family members.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .mdp file")
    Path file;

    @Option(names = "--states", description = "also list every state with its code, initial probability, variable values and actions")
    boolean states;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() {
        Document doc;
        try {
            doc = Loader.load(file, n -> System.err.println("mincirc: explored " + n + " states of a PRISM model ..."));
        } catch (LoadException e) {
            for (Diagnostic d : e.diagnostics()) {
                System.err.println(d.format());
            }
            return ExitCodes.BAD_INPUT;
        }
        System.out.print(json ? ShowReport.json(doc, states) : ShowReport.text(doc, states));
        return ExitCodes.OK;
    }
}
