package org.mincirc.model;

import java.util.Map;

/** What an {@code eval} query evaluates: a declared circuit or a table from states to actions. */
public sealed interface PolicySource {
    record FromCircuit(CircuitDef circuit) implements PolicySource {}

    /** {@code policy { Train.s0: cooperate, ... }}, in the order written. */
    record Table(Map<StateRef, Action> entries, SourcePos pos) implements PolicySource {
        public Table {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }
    }
}
