package org.mincirc.solver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The backends a parameterized test runs on: every one in the {@link BackendRegistry}. One that
 * cannot run here is skipped with its reason (JUnit reports the test as skipped, and the reason
 * is printed once per backend), so the suite always says what it did not test.
 */
public final class Backends {
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private Backends() {}

    /** Every registered backend name, for {@code @MethodSource}. */
    public static Stream<String> all() {
        return BackendRegistry.names().stream();
    }

    /** Skips the calling test when the backend cannot run here, saying why. */
    public static void assumeAvailable(String name) {
        Optional<String> why = BackendRegistry.require(name).unavailability();
        if (why.isPresent() && REPORTED.add(name)) {
            System.err.println("[backends] skipping " + name + ": " + why.get());
        }
        assumeTrue(why.isEmpty(), () -> name + " is not available here: " + why.orElse(""));
    }

    /** A fresh backend, or the calling test skipped when it cannot run here. */
    public static Backend open(String name) {
        assumeAvailable(name);
        return BackendFactory.create(name);
    }
}
