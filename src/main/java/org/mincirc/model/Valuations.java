package org.mincirc.model;

import java.util.List;

/**
 * The variable values behind each state of an mdp built from a PRISM model, for display only
 * ({@code mincirc show --states}): {@code rows.get(i)} holds the values of {@link #variables()}
 * in state i, as PRISM writes them ({@code 3}, {@code true}). Nothing in the semantics reads it.
 */
public record Valuations(List<String> variables, List<List<String>> rows) {
    public Valuations {
        variables = List.copyOf(variables);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
