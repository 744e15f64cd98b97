package org.mincirc.circuit.io;

import java.util.ArrayList;
import java.util.List;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/**
 * Appends gates to a circuit under construction, working on literals: a complemented fan-in is
 * absorbed into the gate's table, so readers can build from AIG edges or SOP cubes directly.
 * Callers add a gate only after its fan-ins exist, so gates come out in topological order.
 */
final class GateBuilder {
    private final int inputs;
    private final List<Gate> gates = new ArrayList<>();

    GateBuilder(int inputs) {
        this.inputs = inputs;
    }

    int inputLit(int i) {
        return Lit.of(1 + i, false);
    }

    /** A new gate computing {@code table} (over plain a, b) of the literals; returns its literal. */
    int gate(int table, int litA, int litB) {
        int t = table;
        if (Lit.complemented(litA)) {
            t = Gate.complementA(t);
        }
        if (Lit.complemented(litB)) {
            t = Gate.complementB(t);
        }
        gates.add(new Gate(t, Lit.node(litA), Lit.node(litB)));
        return Lit.of(inputs + gates.size(), false);
    }

    /** x AND y, folding constants and repeated literals instead of adding a gate. */
    int and(int x, int y) {
        if (x == Lit.FALSE || y == Lit.FALSE || x == Lit.not(y)) {
            return Lit.FALSE;
        }
        if (x == Lit.TRUE || x == y) {
            return y;
        }
        if (y == Lit.TRUE) {
            return x;
        }
        return gate(GateFunction.AND, x, y);
    }

    /** x OR y, by De Morgan over {@link #and} (complements are free). */
    int or(int x, int y) {
        return Lit.not(and(Lit.not(x), Lit.not(y)));
    }

    /** The conjunction of all literals as a balanced tree (TRUE for none). */
    int andAll(List<Integer> lits) {
        return reduce(lits, true);
    }

    /** The disjunction of all literals as a balanced tree (FALSE for none). */
    int orAll(List<Integer> lits) {
        return reduce(lits, false);
    }

    private int reduce(List<Integer> lits, boolean conjunction) {
        if (lits.isEmpty()) {
            return conjunction ? Lit.TRUE : Lit.FALSE;
        }
        List<Integer> level = new ArrayList<>(lits);
        while (level.size() > 1) {
            List<Integer> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i + 1 < level.size(); i += 2) {
                next.add(conjunction ? and(level.get(i), level.get(i + 1)) : or(level.get(i), level.get(i + 1)));
            }
            if (level.size() % 2 == 1) {
                next.add(level.get(level.size() - 1));
            }
            level = next;
        }
        return level.get(0);
    }

    Circuit build(List<Integer> outputs, List<String> inputNames, List<String> outputNames) {
        return new Circuit(inputs, gates, outputs, inputNames, outputNames);
    }
}
