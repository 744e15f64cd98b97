package org.mincirc.circuit.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/**
 * Writes a circuit in AIGER 1.9 without latches (Biere, "The AIGER And-Inverter Graph (AIG)
 * Format", FMV reports 07/1 and 11/2): ascii {@code .aag} for people, binary {@code .aig} for
 * tools. AIGER has only AND gates with complemented edges, so each two-input gate becomes ANDs:
 * one for the eight AND-like functions, three for XOR/XNOR, none for projections and constants.
 * Symbols name inputs and outputs; a comment records the original gate count.
 */
final class AigerWriter {
    /** AND gates over AIGER literals, variable I+1+k for AND k; inputs are variables 1..I. */
    private final List<int[]> ands = new ArrayList<>();
    private final Circuit circuit;
    private final int[] outputs;

    private AigerWriter(Circuit circuit) {
        this.circuit = circuit;
        int[] aigLit = new int[circuit.nodeCount()];
        for (int i = 0; i < circuit.inputs(); i++) {
            aigLit[circuit.inputNode(i)] = 2 * (i + 1);
        }
        for (int g = 0; g < circuit.size(); g++) {
            Gate gate = circuit.gates().get(g);
            aigLit[circuit.gateNode(g)] = decompose(gate.table(), aigLit[gate.a()], aigLit[gate.b()]);
        }
        outputs = new int[circuit.outputs().size()];
        for (int h = 0; h < outputs.length; h++) {
            int lit = circuit.outputs().get(h);
            outputs[h] = aigLit[Lit.node(lit)] ^ (Lit.complemented(lit) ? 1 : 0);
        }
    }

    /** The ascii {@code .aag} text. */
    static String ascii(Circuit circuit) {
        AigerWriter w = new AigerWriter(circuit);
        StringBuilder sb = new StringBuilder(w.header("aag"));
        for (int i = 0; i < circuit.inputs(); i++) {
            sb.append(2 * (i + 1)).append('\n');
        }
        w.appendOutputs(sb);
        for (int k = 0; k < w.ands.size(); k++) {
            int[] and = w.ands.get(k);
            sb.append(w.lhs(k)).append(' ').append(and[0]).append(' ').append(and[1]).append('\n');
        }
        w.appendSymbolsAndComment(sb);
        return sb.toString();
    }

    /** The binary {@code .aig} bytes: ANDs as delta-encoded 7-bit varints (AIGER section 4). */
    static byte[] binary(Circuit circuit) {
        AigerWriter w = new AigerWriter(circuit);
        StringBuilder head = new StringBuilder(w.header("aig"));
        w.appendOutputs(head);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        for (int k = 0; k < w.ands.size(); k++) {
            int[] and = w.ands.get(k);
            int lhs = w.lhs(k);
            // The binary form requires lhs > rhs0 >= rhs1; decompose() stores rhs0 >= rhs1.
            writeVarint(out, lhs - and[0]);
            writeVarint(out, and[0] - and[1]);
        }
        StringBuilder tail = new StringBuilder();
        w.appendSymbolsAndComment(tail);
        out.writeBytes(tail.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String header(String magic) {
        int i = circuit.inputs();
        return magic + " " + (i + ands.size()) + " " + i + " 0 " + outputs.length + " " + ands.size() + "\n";
    }

    private int lhs(int k) {
        return 2 * (circuit.inputs() + 1 + k);
    }

    private void appendOutputs(StringBuilder sb) {
        for (int o : outputs) {
            sb.append(o).append('\n');
        }
    }

    private void appendSymbolsAndComment(StringBuilder sb) {
        for (int i = 0; i < circuit.inputs(); i++) {
            sb.append('i').append(i).append(' ')
                    .append(Sanitize.aigerSymbol(circuit.inputNames().get(i), "x" + i)).append('\n');
        }
        for (int h = 0; h < outputs.length; h++) {
            sb.append('o').append(h).append(' ')
                    .append(Sanitize.aigerSymbol(circuit.outputNames().get(h), "y" + h)).append('\n');
        }
        sb.append("c\n");
        sb.append("Written by mincirc from a circuit of ").append(circuit.size())
                .append(" two-input gates (").append(ands.size()).append(" ANDs here: XOR/XNOR take three).\n");
    }

    /** The AIGER literal of {@code table}(a, b), appending the ANDs it needs. */
    private int decompose(int table, int a, int b) {
        return switch (table) {
            case GateFunction.FALSE -> 0;
            case GateFunction.TRUE -> 1;
            case GateFunction.A -> a;
            case GateFunction.NOT_A -> a ^ 1;
            case GateFunction.B -> b;
            case GateFunction.NOT_B -> b ^ 1;
            // a XOR b = NOT(NOT(a AND NOT b) AND NOT(NOT a AND b)).
            case GateFunction.XOR -> and(and(a, b ^ 1) ^ 1, and(a ^ 1, b) ^ 1) ^ 1;
            case GateFunction.XNOR -> and(and(a, b ^ 1) ^ 1, and(a ^ 1, b) ^ 1);
            default -> {
                if (Integer.bitCount(table) == 1) {
                    // The one true row (va, vb): a literal of a that is true when a = va, same for b.
                    int row = Integer.numberOfTrailingZeros(table);
                    yield and(a ^ ((row & 1) == 1 ? 0 : 1), b ^ ((row & 2) != 0 ? 0 : 1));
                }
                // Three ones: the complement of the AND that is true only on the one false row.
                int row = Integer.numberOfTrailingZeros(~table & 0xF);
                yield and(a ^ ((row & 1) == 1 ? 0 : 1), b ^ ((row & 2) != 0 ? 0 : 1)) ^ 1;
            }
        };
    }

    /** x AND y as a literal, folding constants and repeated literals. */
    private int and(int x, int y) {
        if (x == 0 || y == 0 || x == (y ^ 1)) {
            return 0;
        }
        if (x == 1 || x == y) {
            return y;
        }
        if (y == 1) {
            return x;
        }
        ands.add(new int[] {Math.max(x, y), Math.min(x, y)});
        return lhs(ands.size() - 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int x = value;
        while ((x & ~0x7F) != 0) {
            out.write(x & 0x7F | 0x80);
            x >>>= 7;
        }
        out.write(x);
    }
}
