package org.mincirc.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.model.Basis;

/**
 * A naive count of normal circuits (the definition of {@code synth.NormalCircuits}): every gate
 * list is built as a {@link Circuit}, simulated with the circuit's own simulator, and kept when
 * walking back from the outputs reaches every gate. Nothing is pruned; independent of the
 * counter on purpose, and only fit for a few gates.
 */
public final class NaiveNormalCircuits {
    private NaiveNormalCircuits() {}

    private static final int[] NORMAL = {0b1000, 0b0010, 0b0100, 0b0110, 0b1110};

    /**
     * Every normal circuit of {@code gates} gates, by the function it computes: the key holds
     * one long per output, bit r its value on input row rows[r].
     */
    public static Map<List<Long>, Long> count(int inputs, int outputs, int[] rows, int gates, Basis basis) {
        Map<List<Long>, Long> counts = new HashMap<>();
        gatesFrom(inputs, outputs, rows, gates, basis, new ArrayList<>(), counts);
        return counts;
    }

    private static void gatesFrom(int inputs, int outputs, int[] rows, int gates, Basis basis, List<Gate> list,
                                  Map<List<Long>, Long> counts) {
        if (list.size() == gates) {
            outputsFrom(inputs, outputs, rows, list, new ArrayList<>(), counts);
            return;
        }
        int nodes = 1 + inputs + list.size();
        for (int a = 1; a < nodes; a++) {
            for (int b = a + 1; b < nodes; b++) {
                for (int t : NORMAL) {
                    if (!basis.allows(t)) {
                        continue;
                    }
                    list.add(new Gate(t, a, b));
                    gatesFrom(inputs, outputs, rows, gates, basis, list, counts);
                    list.remove(list.size() - 1);
                }
            }
        }
    }

    private static void outputsFrom(int inputs, int outputs, int[] rows, List<Gate> gates, List<Integer> outs,
                                    Map<List<Long>, Long> counts) {
        if (outs.size() == outputs) {
            Circuit c = new Circuit(inputs, gates, outs);
            if (!everyGateUsed(c)) {
                return;
            }
            List<Long> key = new ArrayList<>();
            var tables = c.simulate();
            for (var table : tables) {
                long m = 0;
                for (int r = 0; r < rows.length; r++) {
                    if (table.get(rows[r])) {
                        m |= 1L << r;
                    }
                }
                key.add(m);
            }
            counts.merge(key, 1L, Long::sum);
            return;
        }
        for (int node = 0; node <= inputs + gates.size(); node++) {
            for (boolean complemented : new boolean[] {false, true}) {
                outs.add(Lit.of(node, complemented));
                outputsFrom(inputs, outputs, rows, gates, outs, counts);
                outs.remove(outs.size() - 1);
            }
        }
    }

    private static boolean everyGateUsed(Circuit c) {
        boolean[] used = new boolean[c.nodeCount()];
        for (int lit : c.outputs()) {
            used[Lit.node(lit)] = true;
        }
        for (int node = c.nodeCount() - 1; node > c.inputs(); node--) {
            if (used[node]) {
                used[c.gateAt(node).a()] = true;
                used[c.gateAt(node).b()] = true;
            }
        }
        for (int g = 0; g < c.size(); g++) {
            if (!used[c.gateNode(g)]) {
                return false;
            }
        }
        return true;
    }

}
