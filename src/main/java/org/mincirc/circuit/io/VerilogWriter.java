package org.mincirc.circuit.io;

import java.util.List;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/**
 * Writes a circuit as structural Verilog-2005: one {@code wire} and one continuous
 * {@code assign} per gate, one {@code assign} per output. Names become legal, distinct simple
 * identifiers (illegal characters to '_', keywords suffixed, clashes numbered), so an output
 * that shares an input's name is renamed.
 */
final class VerilogWriter {
    private VerilogWriter() {}

    static String write(Circuit circuit, String moduleName) {
        UniqueNames names = new UniqueNames(Sanitize.VERILOG_KEYWORDS);
        String[] node = new String[circuit.nodeCount()];
        node[0] = "1'b0";
        String[] in = new String[circuit.inputs()];
        for (int i = 0; i < in.length; i++) {
            in[i] = names.claim(Sanitize.verilog(circuit.inputNames().get(i)));
            node[circuit.inputNode(i)] = in[i];
        }
        List<Integer> outputs = circuit.outputs();
        String[] out = new String[outputs.size()];
        for (int h = 0; h < out.length; h++) {
            out[h] = names.claim(Sanitize.verilog(circuit.outputNames().get(h)));
        }
        for (int g = 0; g < circuit.size(); g++) {
            node[circuit.gateNode(g)] = names.claim("g" + circuit.gateNode(g));
        }

        StringBuilder sb = new StringBuilder();
        sb.append("// Written by mincirc: ").append(in.length).append(" inputs, ").append(out.length)
                .append(" outputs, ").append(circuit.size()).append(" two-input gates (one assign each).\n");
        sb.append("module ").append(Sanitize.verilog(moduleName));
        if (in.length + out.length > 0) {
            sb.append(" (");
            sb.append(String.join(", ", concat(in, out)));
            sb.append(')');
        }
        sb.append(";\n");
        declare(sb, "input", in);
        declare(sb, "output", out);
        String[] wires = new String[circuit.size()];
        for (int g = 0; g < wires.length; g++) {
            wires[g] = node[circuit.gateNode(g)];
        }
        declare(sb, "wire", wires);
        for (int g = 0; g < circuit.size(); g++) {
            Gate gate = circuit.gates().get(g);
            sb.append("  assign ").append(wires[g]).append(" = ")
                    .append(GateFunction.expression(gate.table(), node[gate.a()], node[gate.b()], "1'b0", "1'b1"))
                    .append(";\n");
        }
        for (int h = 0; h < out.length; h++) {
            int lit = outputs.get(h);
            String value;
            if (Lit.node(lit) == 0) {
                value = Lit.complemented(lit) ? "1'b1" : "1'b0";
            } else {
                value = (Lit.complemented(lit) ? "~" : "") + node[Lit.node(lit)];
            }
            sb.append("  assign ").append(out[h]).append(" = ").append(value).append(";\n");
        }
        return sb.append("endmodule\n").toString();
    }

    private static void declare(StringBuilder sb, String kind, String[] names) {
        if (names.length > 0) {
            sb.append("  ").append(kind).append(' ').append(String.join(", ", names)).append(";\n");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
