package org.mincirc.solver;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One registered backend: its name (as {@code --backend} takes it), a line for help texts, what
 * it can do, a probe saying why it cannot run here (empty when it can), and its factory.
 * Every backend answers every question (CNF-only ones lower pseudo-Boolean constraints to
 * clauses), so capabilities say how, not whether.
 */
public record BackendInfo(String name, String summary, Set<Capability> capabilities,
                          Supplier<Optional<String>> probe, Supplier<Backend> factory) {
    public BackendInfo {
        capabilities = Set.copyOf(capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : capabilities);
    }

    /** Why it cannot run on this machine, or empty if it can. Never throws. */
    public Optional<String> unavailability() {
        try {
            return probe.get();
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    public boolean available() {
        return unavailability().isEmpty();
    }

    public boolean has(Capability c) {
        return capabilities.contains(c);
    }
}
