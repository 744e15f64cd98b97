package org.mincirc.model;

import java.util.List;

/**
 * A hand-written circuit over the interface: assignments in order, each naming a new signal;
 * signals {@code y0 ... y(m-1)} are the output bits. The loader has checked every name is an
 * input or an earlier signal and that every output bit is assigned.
 */
public record CircuitDef(String name, List<Assignment> assignments, SourcePos pos) {
    public CircuitDef {
        assignments = List.copyOf(assignments);
    }

    public record Assignment(String signal, GateExpr value, SourcePos pos) {}
}
