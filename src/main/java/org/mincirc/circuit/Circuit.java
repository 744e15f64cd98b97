package org.mincirc.circuit;

import java.util.function.IntPredicate;
import java.util.ArrayList;
import java.util.List;

/**
 * A multi-output circuit of two-input gates. Nodes: 0 is the constant false, 1..n are the
 * inputs (input i is node i+1), n+1..n+g are the gates in topological order (a gate's fan-ins
 * are smaller nodes). Outputs are {@link Lit literals}: a node, possibly complemented, so
 * outputs may be inputs, constants or complemented gates at no cost (Knuth's C(f)).
 * Immutable.
 */
public final class Circuit {
    private final int inputs;
    private final List<Gate> gates;
    private final List<Integer> outputs;
    private final List<String> inputNames;
    private final List<String> outputNames;

    public Circuit(int inputs, List<Gate> gates, List<Integer> outputs, List<String> inputNames,
                   List<String> outputNames) {
        this.inputs = inputs;
        this.gates = List.copyOf(gates);
        this.outputs = List.copyOf(outputs);
        this.inputNames = List.copyOf(inputNames);
        this.outputNames = List.copyOf(outputNames);
        if (inputNames.size() != inputs || outputNames.size() != outputs.size()) {
            throw new IllegalArgumentException("one name per input and per output");
        }
        for (int g = 0; g < this.gates.size(); g++) {
            Gate gate = this.gates.get(g);
            int node = inputs + 1 + g;
            if (gate.a() < 0 || gate.a() >= node || gate.b() < 0 || gate.b() >= node) {
                throw new IllegalArgumentException("gate " + node + " has a fan-in that is not an earlier node");
            }
        }
        for (int lit : this.outputs) {
            if (Lit.node(lit) > inputs + this.gates.size()) {
                throw new IllegalArgumentException("output literal " + lit + " names no node");
            }
        }
    }

    /** A circuit with default names x0.. and y0... */
    public Circuit(int inputs, List<Gate> gates, List<Integer> outputs) {
        this(inputs, gates, outputs, defaultNames("x", inputs), defaultNames("y", outputs.size()));
    }

    public static List<String> defaultNames(String prefix, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    public int inputs() {
        return inputs;
    }

    public List<Gate> gates() {
        return gates;
    }

    public List<Integer> outputs() {
        return outputs;
    }

    public List<String> inputNames() {
        return inputNames;
    }

    public List<String> outputNames() {
        return outputNames;
    }

    public int nodeCount() {
        return 1 + inputs + gates.size();
    }

    public int inputNode(int i) {
        return 1 + i;
    }

    public int gateNode(int g) {
        return 1 + inputs + g;
    }

    public boolean isGate(int node) {
        return node > inputs;
    }

    public Gate gateAt(int node) {
        return gates.get(node - inputs - 1);
    }

    /** Cost "size": the number of two-input gates. */
    public int size() {
        return gates.size();
    }

    /** Cost "depth": gates on the longest path from an input to an output (0 without gates). */
    public int depth() {
        int[] level = levels();
        int d = 0;
        for (int lit : outputs) {
            d = Math.max(d, level[Lit.node(lit)]);
        }
        return d;
    }

    /** Level of each node: 0 for constants and inputs, 1 + max of fan-ins for gates. */
    public int[] levels() {
        int[] level = new int[nodeCount()];
        for (int g = 0; g < gates.size(); g++) {
            Gate gate = gates.get(g);
            level[gateNode(g)] = 1 + Math.max(level[gate.a()], level[gate.b()]);
        }
        return level;
    }

    /**
     * True if every gate's 4-bit table is allowed, e.g. {@code conformsTo(basis::allows)}. (The
     * basis itself is {@code model.Basis}; this package imports nothing of ours.)
     */
    public boolean conformsTo(IntPredicate allowsTable) {
        return gates.stream().allMatch(g -> allowsTable.test(g.table()));
    }

    /** Simulates every node over all 2^n input rows; result[node] is that node's truth table words. */
    public long[][] simulateNodes() {
        if (inputs > 24) {
            throw new IllegalArgumentException("simulation over all rows takes at most 24 inputs");
        }
        int words = TruthTable.wordCount(inputs);
        long[][] value = new long[nodeCount()][];
        value[0] = new long[words];
        for (int i = 0; i < inputs; i++) {
            value[inputNode(i)] = TruthTable.variable(inputs, i).words();
        }
        for (int g = 0; g < gates.size(); g++) {
            Gate gate = gates.get(g);
            long[] a = value[gate.a()];
            long[] b = value[gate.b()];
            long[] out = new long[words];
            for (int w = 0; w < words; w++) {
                out[w] = gate.eval(a[w], b[w]);
            }
            value[gateNode(g)] = out;
        }
        return value;
    }

    /** The truth table of each output. */
    public List<TruthTable> simulate() {
        long[][] value = simulateNodes();
        List<TruthTable> result = new ArrayList<>(outputs.size());
        for (int lit : outputs) {
            long[] w = value[Lit.node(lit)].clone();
            if (Lit.complemented(lit)) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = ~w[i];
                }
            }
            result.add(TruthTable.ofWords(inputs, w));
        }
        return result;
    }

    /** The output code on one input row: output bit h is bit h of the result. */
    public int evaluate(int row) {
        boolean[] value = new boolean[nodeCount()];
        for (int i = 0; i < inputs; i++) {
            value[inputNode(i)] = (row >>> i & 1) == 1;
        }
        for (int g = 0; g < gates.size(); g++) {
            Gate gate = gates.get(g);
            value[gateNode(g)] = gate.eval(value[gate.a()], value[gate.b()]);
        }
        int code = 0;
        for (int h = 0; h < outputs.size(); h++) {
            int lit = outputs.get(h);
            if (value[Lit.node(lit)] ^ Lit.complemented(lit)) {
                code |= 1 << h;
            }
        }
        return code;
    }

    /** The same circuit with gates that no output reaches removed (nodes renumbered). */
    public Circuit withoutDanglingGates() {
        boolean[] live = new boolean[nodeCount()];
        for (int lit : outputs) {
            live[Lit.node(lit)] = true;
        }
        for (int g = gates.size() - 1; g >= 0; g--) {
            if (live[gateNode(g)]) {
                live[gates.get(g).a()] = true;
                live[gates.get(g).b()] = true;
            }
        }
        int[] renumber = new int[nodeCount()];
        for (int n = 0; n <= inputs; n++) {
            renumber[n] = n;
        }
        List<Gate> kept = new ArrayList<>();
        for (int g = 0; g < gates.size(); g++) {
            if (live[gateNode(g)]) {
                Gate gate = gates.get(g);
                renumber[gateNode(g)] = inputs + 1 + kept.size();
                kept.add(new Gate(gate.table(), renumber[gate.a()], renumber[gate.b()]));
            }
        }
        List<Integer> outs = outputs.stream()
                .map(lit -> Lit.of(renumber[Lit.node(lit)], Lit.complemented(lit))).toList();
        return new Circuit(inputs, kept, outs, inputNames, outputNames);
    }

    /** The same circuit with other names for its inputs and outputs. */
    public Circuit renamed(List<String> newInputNames, List<String> newOutputNames) {
        return new Circuit(inputs, gates, outputs, newInputNames, newOutputNames);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < gates.size(); g++) {
            Gate gate = gates.get(g);
            sb.append("g").append(gateNode(g)).append(" = f").append(Integer.toBinaryString(gate.table() | 16).substring(1))
                    .append("(").append(nodeName(gate.a())).append(", ").append(nodeName(gate.b())).append(")\n");
        }
        for (int h = 0; h < outputs.size(); h++) {
            int lit = outputs.get(h);
            sb.append(outputNames.get(h)).append(" = ").append(Lit.complemented(lit) ? "not " : "")
                    .append(nodeName(Lit.node(lit))).append('\n');
        }
        return sb.toString();
    }

    /** "0", an input name, or "g<node>". */
    public String nodeName(int node) {
        if (node == 0) {
            return "0";
        }
        return node <= inputs ? inputNames.get(node - 1) : "g" + node;
    }
}
