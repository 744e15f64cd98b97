package org.mincirc.circuit.io;

import java.util.ArrayList;
import java.util.List;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/**
 * Writes a circuit as combinational BLIF (Berkeley Logic Interchange Format, UC Berkeley 1992):
 * one {@code .names} per gate, so the gate count survives a round trip. An output that names a
 * gate takes the gate's net (a complemented one gets the gate's inverted cover); outputs that are
 * constants, inputs, or repeat a node another output already names need an extra one-input or
 * constant {@code .names}, which the header comment counts.
 */
final class BlifWriter {
    private final Circuit circuit;
    private final String[] net;
    private final boolean[] inverted;
    private final String[] outputNet;
    private final boolean[] outputHostsNode;

    private BlifWriter(Circuit circuit) {
        this.circuit = circuit;
        this.net = new String[circuit.nodeCount()];
        this.inverted = new boolean[circuit.nodeCount()];
        this.outputNet = new String[circuit.outputs().size()];
        this.outputHostsNode = new boolean[circuit.outputs().size()];
        assignNames();
    }

    /** The BLIF text of the circuit as model {@code modelName} (sanitized). */
    static String write(Circuit circuit, String modelName) {
        return new BlifWriter(circuit).text(Sanitize.blif(modelName));
    }

    private void assignNames() {
        UniqueNames names = new UniqueNames();
        int n = circuit.inputs();
        for (int i = 0; i < n; i++) {
            net[circuit.inputNode(i)] = names.claim(Sanitize.blif(circuit.inputNames().get(i)));
        }
        List<Integer> outputs = circuit.outputs();
        for (int h = 0; h < outputs.size(); h++) {
            String wanted = Sanitize.blif(circuit.outputNames().get(h));
            int lit = outputs.get(h);
            int node = Lit.node(lit);
            boolean sameAsInput = node >= 1 && node <= n && !Lit.complemented(lit) && wanted.equals(net[node]);
            if (sameAsInput && !isOutputNet(wanted, h)) {
                // BLIF lets a primary input be a primary output under the same name.
                outputNet[h] = wanted;
                outputHostsNode[h] = true;
            } else {
                outputNet[h] = names.claim(wanted);
            }
        }
        // A gate takes the name of an output that shows it plainly, else of one that complements it.
        for (boolean complemented : new boolean[] {false, true}) {
            for (int h = 0; h < outputs.size(); h++) {
                int lit = outputs.get(h);
                int node = Lit.node(lit);
                if (circuit.isGate(node) && net[node] == null && !outputHostsNode[h]
                        && Lit.complemented(lit) == complemented) {
                    net[node] = outputNet[h];
                    inverted[node] = complemented;
                    outputHostsNode[h] = true;
                }
            }
        }
        for (int g = 0; g < circuit.size(); g++) {
            int node = circuit.gateNode(g);
            if (net[node] == null) {
                net[node] = names.claim("n" + node);
            }
        }
    }

    private boolean isOutputNet(String name, int before) {
        for (int h = 0; h < before; h++) {
            if (name.equals(outputNet[h])) {
                return true;
            }
        }
        return false;
    }

    private String text(String model) {
        List<Integer> outputs = circuit.outputs();
        int extra = 0;
        for (boolean hosts : outputHostsNode) {
            extra += hosts ? 0 : 1;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by mincirc: ").append(circuit.inputs()).append(" inputs, ")
                .append(outputs.size()).append(" outputs, ").append(circuit.size())
                .append(" two-input gates, one .names each.\n");
        if (extra > 0) {
            sb.append("# Plus ").append(extra).append(" buffer, inverter or constant .names for outputs that are\n")
                    .append("# constants, inputs or repeat a node: ABC counts them as nodes, they are not gates.\n");
        }
        sb.append(".model ").append(model).append('\n');
        String[] inputNets = new String[circuit.inputs()];
        for (int i = 0; i < inputNets.length; i++) {
            inputNets[i] = net[circuit.inputNode(i)];
        }
        declaration(sb, ".inputs", inputNets);
        declaration(sb, ".outputs", outputNet);
        for (int g = 0; g < circuit.size(); g++) {
            writeGate(sb, circuit.gateNode(g), circuit.gates().get(g));
        }
        for (int h = 0; h < outputs.size(); h++) {
            if (!outputHostsNode[h]) {
                writeOutputBuffer(sb, h, outputs.get(h));
            }
        }
        return sb.append(".end\n").toString();
    }

    /** A net list, continued with '\' past about 80 columns as BLIF allows. */
    private static void declaration(StringBuilder sb, String command, String[] nets) {
        sb.append(command);
        int column = command.length();
        for (String n : nets) {
            if (column + 1 + n.length() > 78 && column > command.length()) {
                sb.append(" \\\n ");
                column = 1;
            }
            sb.append(' ').append(n);
            column += 1 + n.length();
        }
        sb.append('\n');
    }

    /** One .names over the distinct non-constant fan-in nets, complements folded into the cover. */
    private void writeGate(StringBuilder sb, int node, Gate gate) {
        List<Integer> fanins = new ArrayList<>(2);
        for (int f : new int[] {gate.a(), gate.b()}) {
            if (f != 0 && !fanins.contains(f)) {
                fanins.add(f);
            }
        }
        int k = fanins.size();
        int on = 0;
        for (int row = 0; row < 1 << k; row++) {
            boolean va = value(gate.a(), fanins, row);
            boolean vb = value(gate.b(), fanins, row);
            if (gate.eval(va, vb) ^ inverted[node]) {
                on |= 1 << row;
            }
        }
        List<String> nets = new ArrayList<>(k);
        for (int f : fanins) {
            nets.add(net[f]);
        }
        names(sb, nets, net[node], k, on);
    }

    /** The value of fan-in node {@code f} on a row over the distinct fan-ins (bit j = fan-in j's net). */
    private boolean value(int f, List<Integer> fanins, int row) {
        if (f == 0) {
            return false;
        }
        return ((row >>> fanins.indexOf(f) & 1) == 1) ^ inverted[f];
    }

    private void writeOutputBuffer(StringBuilder sb, int h, int lit) {
        int node = Lit.node(lit);
        if (node == 0) {
            names(sb, List.of(), outputNet[h], 0, Lit.complemented(lit) ? 1 : 0);
            return;
        }
        boolean invert = Lit.complemented(lit) ^ inverted[node];
        names(sb, List.of(net[node]), outputNet[h], 1, invert ? 0b01 : 0b10);
    }

    /** A .names with a cover of the function {@code on} (bit r = value on row r over {@code k} inputs). */
    private static void names(StringBuilder sb, List<String> inputs, String output, int k, int on) {
        sb.append(".names");
        for (String in : inputs) {
            sb.append(' ').append(in);
        }
        sb.append(' ').append(output).append('\n');
        int rows = 1 << k;
        int ones = Integer.bitCount(on);
        String sep = k == 0 ? "" : " ";
        if (ones == 0 || ones == rows) {
            // ABC rejects an empty cover on a node with fan-ins, so constants get an all-don't-care cube.
            sb.append("-".repeat(k)).append(sep).append(ones == 0 ? '0' : '1').append('\n');
            return;
        }
        // List the smaller of on-set and off-set; an off-set cover has output column 0.
        boolean listOnes = ones <= rows / 2;
        for (int row = 0; row < rows; row++) {
            if ((on >>> row & 1) == (listOnes ? 1 : 0)) {
                for (int j = 0; j < k; j++) {
                    sb.append((row >>> j & 1) == 1 ? '1' : '0');
                }
                sb.append(sep).append(listOnes ? '1' : '0').append('\n');
            }
        }
    }
}
