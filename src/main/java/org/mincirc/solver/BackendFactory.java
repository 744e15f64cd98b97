package org.mincirc.solver;

import java.util.Optional;

/** Creates backends by name from the {@link BackendRegistry}. */
public final class BackendFactory {
    /** The name callers use when the user chose none; resolved by {@link BackendRegistry#defaultFor}. */
    public static final String DEFAULT = "default";

    private BackendFactory() {}

    /** The registered name {@code name} stands for ({@link #DEFAULT} or null: the policy default). */
    public static String resolve(String name) {
        return resolve(name, Workload.POLICY);
    }

    /** The registered name {@code name} stands for ({@link #DEFAULT} or null: the workload's default). */
    public static String resolve(String name, Workload workload) {
        if (name == null || name.trim().equalsIgnoreCase(DEFAULT)) {
            return BackendRegistry.defaultFor(workload);
        }
        return BackendRegistry.require(name).name();
    }

    /**
     * Why the named backend cannot run on this machine, or empty if it can; unknown names throw
     * {@link IllegalArgumentException}.
     */
    public static Optional<String> unavailability(String name) {
        return BackendRegistry.require(resolve(name)).unavailability();
    }

    /**
     * A fresh backend; unknown names throw {@link IllegalArgumentException}, one that cannot run
     * here a {@link SolverException} with the reason.
     */
    public static Backend create(String name) {
        BackendInfo info = BackendRegistry.require(resolve(name));
        Optional<String> problem = info.unavailability();
        if (problem.isPresent()) {
            throw new SolverException("the " + info.name() + " backend is not available here: " + problem.get());
        }
        return info.factory().get();
    }
}
