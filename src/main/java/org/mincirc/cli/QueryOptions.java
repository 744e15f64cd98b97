package org.mincirc.cli;

import java.time.Duration;
import java.util.Optional;
import org.mincirc.query.RunOptions;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code check} share: how queries are run, not what they ask. */
final class QueryOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "time limit per query; a query out of time reports its proven bounds (status unknown)")
    Integer timeoutSeconds;

    @Option(names = {"--backend", "--solver"}, paramLabel = "NAME", defaultValue = "default",
            description = BackendChoice.HELP)
    String backend;

    @Option(names = "--max-policies", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_MAX_POLICIES,
            description = "cap on the distinct minimal policies enumerated per query (default ${DEFAULT-VALUE})")
    int maxPolicies;

    @Option(names = "--no-progress", description = "do not print one line per cost tried on stderr")
    boolean noProgress;

    /** The options, or empty after printing why they are not usable. */
    Optional<RunOptions> toRunOptions() {
        if ((timeoutSeconds != null && timeoutSeconds < 1) || maxPolicies < 1) {
            System.err.println("mincirc: --timeout and --max-policies take a positive whole number");
            return Optional.empty();
        }
        Optional<String> problem = BackendChoice.problem(backend, org.mincirc.solver.Workload.POLICY);
        if (problem.isPresent()) {
            System.err.println("mincirc: " + problem.get());
            return Optional.empty();
        }
        RunOptions options = RunOptions.defaults()
                .withTimeout(Optional.ofNullable(timeoutSeconds).map(Duration::ofSeconds))
                .withBackend(BackendChoice.normalize(backend, org.mincirc.solver.Workload.POLICY))
                .withMaxPolicies(maxPolicies);
        if (!noProgress) {
            options = options.withProgress(line -> System.err.println("mincirc: " + line));
        }
        return Optional.of(options);
    }
}
