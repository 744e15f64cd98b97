package org.mincirc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mincirc}: the top-level command; every action is a subcommand. */
@Command(name = "mincirc", mixinStandardHelpOptions = true, version = "mincirc 0.1.0",
        description = "Provably minimal Boolean circuits for the policies of finite MDPs, and exact deception checks.",
        subcommands = {RunCommand.class, CheckCommand.class, CatalogCommand.class, SynthCommand.class, BackendsCommand.class,
                ShowCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        BackendChoice.publishNames();
        CommandLine cl = new CommandLine(new Main());
        // Command-line mistakes are bad input (exit 2); a bug is exit 3, reported without a trace.
        cl.setParameterExceptionHandler((ex, a) -> {
            // One line a user can act on, as git does; the full usage is one --help away.
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            ex.getCommandLine().getErr().println("mincirc: " + ex.getMessage().replaceAll("\\s+", " ").strip()
                    + " (see '" + command + " --help')");
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("mincirc: internal error: " + ex);
            if (System.getenv("MINCIRC_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL_OR_TIMEOUT;
        });
        return cl.execute(args);
    }
}
