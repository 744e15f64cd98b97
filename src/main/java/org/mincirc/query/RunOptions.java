package org.mincirc.query;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The knobs of a query run (the question is in the query itself): a per-query time limit, the
 * solver backend, the cap on enumerated minimal policies, and where progress lines go.
 */
public record RunOptions(Optional<Duration> timeout, String backend, int maxPolicies, Consumer<String> progress) {
    public static final int DEFAULT_MAX_POLICIES = 1000;

    public static RunOptions defaults() {
        return new RunOptions(Optional.empty(), org.mincirc.solver.BackendRegistry.defaultFor(org.mincirc.solver.Workload.POLICY), DEFAULT_MAX_POLICIES, line -> { });
    }

    public RunOptions withTimeout(Optional<Duration> t) {
        return new RunOptions(t, backend, maxPolicies, progress);
    }

    public RunOptions withBackend(String b) {
        return new RunOptions(timeout, b, maxPolicies, progress);
    }

    public RunOptions withMaxPolicies(int cap) {
        return new RunOptions(timeout, backend, cap, progress);
    }

    public RunOptions withProgress(Consumer<String> p) {
        return new RunOptions(timeout, backend, maxPolicies, p);
    }
}
