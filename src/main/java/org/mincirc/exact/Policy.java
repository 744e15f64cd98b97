package org.mincirc.exact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.TruthTable;
import org.mincirc.model.Interface;

/**
 * A deterministic memoryless policy as a circuit sees it: a partial function from state codes
 * (rows: bit i = input i) to output codes. Policies are functions of codes, so states sharing a
 * code always get the same output.
 */
public interface Policy {
    /** The output code on row {@code code}, or empty where the policy is undefined. */
    OptionalInt output(int code);

    /** The number of inputs, when known; only used to write codes in messages. */
    default OptionalInt inputCount() {
        return OptionalInt.empty();
    }

    /**
     * The policy's outputs on the given codes, in increasing code order (codes where it is
     * undefined are left out): a canonical form to compare policies on a target, e.g. with the
     * codes of {@link Codes#statesByCode}.
     */
    default java.util.SortedMap<Integer, Integer> outputsOn(java.util.Collection<Integer> codes) {
        java.util.SortedMap<Integer, Integer> table = new java.util.TreeMap<>();
        for (int code : codes) {
            OptionalInt out = output(code);
            if (out.isPresent()) {
                table.put(code, out.getAsInt());
            }
        }
        return java.util.Collections.unmodifiableSortedMap(table);
    }

    /** The policy a circuit computes: total on its 2^n rows, by simulation. */
    static Policy of(Circuit circuit) {
        return new CircuitPolicy(circuit);
    }

    /** A policy given as a table code -> output code; undefined on codes not in the map. */
    static Policy ofOutputs(Map<Integer, Integer> outputByCode) {
        return new TablePolicy(Map.copyOf(outputByCode), OptionalInt.empty());
    }

    /** As {@link #ofOutputs(Map)}, knowing the interface so that messages write codes in its width. */
    static Policy ofOutputs(Map<Integer, Integer> outputByCode, Interface iface) {
        return new TablePolicy(Map.copyOf(outputByCode), OptionalInt.of(iface.inputCount()));
    }

    /** A table policy (see {@link Policy#ofOutputs}). */
    record TablePolicy(Map<Integer, Integer> outputByCode, OptionalInt inputCount) implements Policy {
        @Override
        public OptionalInt output(int code) {
            Integer out = outputByCode.get(code);
            return out == null ? OptionalInt.empty() : OptionalInt.of(out);
        }
    }

    /**
     * The policy of a circuit. Up to {@link #TABULATED_INPUTS} inputs the whole output table is
     * computed once by bit-parallel simulation; beyond that rows are simulated on demand and cached.
     */
    final class CircuitPolicy implements Policy {
        static final int TABULATED_INPUTS = 16;

        private final Circuit circuit;
        private final int[] table;
        private final Map<Integer, Integer> cache = new HashMap<>();

        CircuitPolicy(Circuit circuit) {
            this.circuit = circuit;
            this.table = circuit.inputs() <= TABULATED_INPUTS ? tabulate(circuit) : null;
        }

        private static int[] tabulate(Circuit circuit) {
            List<TruthTable> outputs = circuit.simulate();
            int[] table = new int[1 << circuit.inputs()];
            for (int h = 0; h < outputs.size(); h++) {
                TruthTable t = outputs.get(h);
                for (int row = 0; row < table.length; row++) {
                    if (t.get(row)) {
                        table[row] |= 1 << h;
                    }
                }
            }
            return table;
        }

        public Circuit circuit() {
            return circuit;
        }

        @Override
        public OptionalInt output(int code) {
            if (code < 0 || (circuit.inputs() < 31 && code >= 1 << circuit.inputs())) {
                return OptionalInt.empty();
            }
            if (table != null) {
                return OptionalInt.of(table[code]);
            }
            synchronized (cache) {
                return OptionalInt.of(cache.computeIfAbsent(code, circuit::evaluate));
            }
        }

        @Override
        public OptionalInt inputCount() {
            return OptionalInt.of(circuit.inputs());
        }

        @Override
        public String toString() {
            return "policy of circuit\n" + circuit;
        }
    }
}
