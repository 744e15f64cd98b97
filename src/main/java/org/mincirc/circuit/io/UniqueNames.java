package org.mincirc.circuit.io;

import java.util.HashSet;
import java.util.Set;

/** Hands out names that are distinct from each other and from a format's reserved words. */
final class UniqueNames {
    private final Set<String> used = new HashSet<>();
    private final Set<String> reserved;

    UniqueNames(Set<String> reserved) {
        this.reserved = reserved;
    }

    UniqueNames() {
        this(Set.of());
    }

    /** The candidate itself if free, else the candidate with the first free suffix _1, _2, ... */
    String claim(String candidate) {
        String name = candidate;
        for (int k = 1; used.contains(name) || reserved.contains(name); k++) {
            name = candidate + "_" + k;
        }
        used.add(name);
        return name;
    }

    boolean isUsed(String name) {
        return used.contains(name);
    }
}
