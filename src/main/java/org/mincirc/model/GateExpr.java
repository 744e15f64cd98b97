package org.mincirc.model;

import java.util.List;

/**
 * The right-hand side of an assignment in a {@code circuit} block: a name (input or earlier
 * signal), a constant 0/1, or an operator applied to arguments. Nesting is allowed; each
 * two-input operator is one gate, {@code not} is free.
 */
public sealed interface GateExpr {
    SourcePos pos();

    record Name(String name, SourcePos pos) implements GateExpr {}

    record Constant(boolean value, SourcePos pos) implements GateExpr {}

    record Apply(GateOp op, List<GateExpr> args, SourcePos pos) implements GateExpr {
        public Apply {
            args = List.copyOf(args);
        }
    }
}
