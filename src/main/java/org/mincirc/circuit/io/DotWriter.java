package org.mincirc.circuit.io;

import java.util.List;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/**
 * Writes a circuit as a Graphviz digraph: inputs on top, one node per gate labelled with its
 * function (AND, XOR, ... or a formula in a and b) and its 4-bit table, outputs at the bottom.
 * Fan-in edges of asymmetric gates say which is a and which b; a complemented output is dashed.
 */
final class DotWriter {
    private DotWriter() {}

    static String write(Circuit circuit, String graphName) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Written by mincirc: ").append(circuit.size()).append(" two-input gates, depth ")
                .append(circuit.depth()).append(". Dashed edge: complemented output.\n");
        sb.append("digraph ").append(Sanitize.dotQuoted(graphName)).append(" {\n");
        sb.append("  node [fontname=\"Helvetica\"];\n");
        boolean usesConstant = circuit.outputs().stream().anyMatch(l -> Lit.node(l) == 0)
                || circuit.gates().stream().anyMatch(g -> g.a() == 0 || g.b() == 0);
        if (usesConstant) {
            sb.append("  n0 [label=\"0\", shape=box];\n");
        }
        sb.append("  { rank=source;");
        for (int i = 0; i < circuit.inputs(); i++) {
            sb.append(" n").append(circuit.inputNode(i));
        }
        sb.append(" }\n");
        for (int i = 0; i < circuit.inputs(); i++) {
            sb.append("  n").append(circuit.inputNode(i)).append(" [label=")
                    .append(Sanitize.dotQuoted(circuit.inputNames().get(i))).append(", shape=invtriangle];\n");
        }
        for (int g = 0; g < circuit.size(); g++) {
            Gate gate = circuit.gates().get(g);
            int node = circuit.gateNode(g);
            String label = GateFunction.name(gate.table()) + "\n" + GateFunction.bits(gate.table());
            sb.append("  n").append(node).append(" [label=").append(Sanitize.dotQuoted(label)).append(", shape=ellipse];\n");
            boolean symmetric = GateFunction.symmetric(gate.table());
            edge(sb, gate.a(), node, symmetric ? null : "a");
            edge(sb, gate.b(), node, symmetric ? null : "b");
        }
        List<Integer> outputs = circuit.outputs();
        sb.append("  { rank=sink;");
        for (int h = 0; h < outputs.size(); h++) {
            sb.append(" o").append(h);
        }
        sb.append(" }\n");
        for (int h = 0; h < outputs.size(); h++) {
            int lit = outputs.get(h);
            sb.append("  o").append(h).append(" [label=").append(Sanitize.dotQuoted(circuit.outputNames().get(h)))
                    .append(", shape=triangle];\n");
            sb.append("  n").append(Lit.node(lit)).append(" -> o").append(h)
                    .append(Lit.complemented(lit) ? " [style=dashed];\n" : ";\n");
        }
        return sb.append("}\n").toString();
    }

    private static void edge(StringBuilder sb, int from, int to, String label) {
        sb.append("  n").append(from).append(" -> n").append(to);
        if (label != null) {
            sb.append(" [label=\"").append(label).append("\"]");
        }
        sb.append(";\n");
    }
}
