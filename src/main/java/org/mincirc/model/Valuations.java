package org.mincirc.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variable values behind each state of an mdp built from a PRISM model (or read from files
 * that carry them): {@code rows.get(i)} holds the values of {@link #variables()} in state i, as
 * PRISM writes them ({@code 3}, {@code true}). {@code domains} holds the declared range of those
 * variables whose range is known (a PRISM model's declarations, or what an export recorded), so
 * an export can write it and codes read back from the values come out the same. The semantics
 * never reads it; only the code rule of {@code observe} does, when the mdp is built.
 */
public record Valuations(List<String> variables, List<List<String>> rows, Map<String, Domain> domains) {
    /** A Boolean variable, or an integer one with values lo..hi. */
    public record Domain(boolean bool, int lo, int hi) {
        public static final Domain BOOL = new Domain(true, 0, 1);

        public Domain {
            if (lo > hi) {
                throw new IllegalArgumentException("empty range " + lo + ".." + hi);
            }
        }

        /** Bits of a variable's part of a code: value - lo in ceil(log2(hi - lo + 1)) bits, a Boolean one bit. */
        public int bits() {
            long size = (long) hi - lo + 1;
            int bits = 0;
            while ((1L << bits) < size) {
                bits++;
            }
            return bits;
        }

        /** As the export files write it: {@code bool} or {@code lo..hi}. */
        @Override
        public String toString() {
            return bool ? "bool" : lo + ".." + hi;
        }
    }

    public Valuations {
        variables = List.copyOf(variables);
        rows = rows.stream().map(List::copyOf).toList();
        domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
    }

    /** Values without known ranges. */
    public Valuations(List<String> variables, List<List<String>> rows) {
        this(variables, rows, Map.of());
    }
}
