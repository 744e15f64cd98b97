package org.mincirc.model;

import java.util.List;
import java.util.Optional;

/** A loaded, resolved and checked {@code .mdp} file. Every list is in declaration order. */
public record Document(String file, Interface iface, List<Mdp> mdps, List<Family> families,
                       List<Predicate> predicates, List<CircuitDef> circuits, List<Query> queries) {
    public Document {
        mdps = List.copyOf(mdps);
        families = List.copyOf(families);
        predicates = List.copyOf(predicates);
        circuits = List.copyOf(circuits);
        queries = List.copyOf(queries);
    }

    public Optional<Mdp> mdp(String name) {
        return mdps.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<Family> family(String name) {
        return families.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<Predicate> predicate(String name) {
        return predicates.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<CircuitDef> circuit(String name) {
        return circuits.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
