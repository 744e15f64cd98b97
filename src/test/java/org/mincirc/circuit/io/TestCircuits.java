package org.mincirc.circuit.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.circuit.TruthTable;

/** Circuits the format tests share: classic ones and random ones with fixed seeds. */
final class TestCircuits {
    private TestCircuits() {}

    static final int AND = 0b1000, OR = 0b1110, XOR = 0b0110;

    /** sum = a ^ b ^ cin, cout = majority(a, b, cin): 5 gates. */
    static Circuit fullAdder() {
        List<Gate> gates = List.of(
                new Gate(XOR, 1, 2),   // 4: a ^ b
                new Gate(XOR, 4, 3),   // 5: sum
                new Gate(AND, 1, 2),   // 6: a & b
                new Gate(AND, 4, 3),   // 7: (a ^ b) & cin
                new Gate(OR, 6, 7));   // 8: cout
        return new Circuit(3, gates, List.of(Lit.of(5, false), Lit.of(8, false)),
                List.of("a", "b", "cin"), List.of("sum", "cout"));
    }

    /** Parity of n inputs as a chain of n - 1 XORs. */
    static Circuit parity(int n) {
        List<Gate> gates = new ArrayList<>();
        int last = 1;
        for (int i = 1; i < n; i++) {
            gates.add(new Gate(XOR, last, i + 1));
            last = n + gates.size();
        }
        return new Circuit(n, gates, List.of(Lit.of(last, false)));
    }

    /** Majority of three, with an inverted second output (minority) to exercise free complements. */
    static Circuit majority() {
        List<Gate> gates = List.of(
                new Gate(AND, 1, 2),   // 4
                new Gate(OR, 1, 2),    // 5
                new Gate(AND, 3, 5),   // 6
                new Gate(OR, 4, 6));   // 7
        return new Circuit(3, gates, List.of(Lit.of(7, false), Lit.of(7, true)),
                List.of("a", "b", "c"), List.of("maj", "minority"));
    }

    /**
     * A random circuit over all sixteen b2 tables: 1-6 inputs, 0-9 gates, 1-3 outputs that may be
     * constants, inputs or gates, complemented or not. With {@code properFanins} every gate reads two
     * distinct non-constant nodes (as synthesized circuits do), else constant and repeated fan-ins occur.
     */
    static Circuit random(long seed, boolean properFanins) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(6);
        int g = r.nextInt(10);
        List<Gate> gates = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            int node = n + 1 + k;
            int a;
            int b;
            if (properFanins) {
                if (node - 1 < 2) {
                    break;
                }
                a = 1 + r.nextInt(node - 1);
                do {
                    b = 1 + r.nextInt(node - 1);
                } while (b == a);
            } else {
                a = r.nextInt(node);
                b = r.nextInt(node);
            }
            gates.add(new Gate(r.nextInt(16), a, b));
        }
        int nodes = 1 + n + gates.size();
        int o = 1 + r.nextInt(3);
        List<Integer> outputs = new ArrayList<>();
        for (int h = 0; h < o; h++) {
            // Bias towards gates so that most outputs carry logic.
            int node = !gates.isEmpty() && r.nextInt(3) > 0 ? n + 1 + r.nextInt(gates.size()) : r.nextInt(nodes);
            outputs.add(Lit.of(node, r.nextBoolean()));
        }
        return new Circuit(n, gates, outputs);
    }

    /** The fixed seeds used everywhere, so failures reproduce. */
    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 40; s++) {
            seeds.add(s * 7919);
        }
        return seeds;
    }

    /** No inputs at all: constant outputs only. */
    static Circuit constants() {
        return new Circuit(0, List.of(), List.of(Lit.TRUE, Lit.FALSE), List.of(), List.of("one", "zero"));
    }

    /** Random circuits for both fan-in modes plus the classic ones. */
    static List<Circuit> all() {
        List<Circuit> all = new ArrayList<>(List.of(fullAdder(), parity(5), majority(), constants()));
        for (long s : seeds()) {
            all.add(random(s, true));
            all.add(random(s, false));
        }
        return all;
    }

    /** A reference BLIF independent of the writers: one minterm cover per output, from simulation. */
    static String truthTableBlif(Circuit c) {
        StringBuilder sb = new StringBuilder(".model reference\n.inputs");
        c.inputNames().forEach(name -> sb.append(' ').append(name));
        sb.append("\n.outputs");
        c.outputNames().forEach(name -> sb.append(' ').append(name));
        sb.append('\n');
        List<TruthTable> tables = c.simulate();
        for (int h = 0; h < tables.size(); h++) {
            TruthTable t = tables.get(h);
            sb.append(".names");
            c.inputNames().forEach(name -> sb.append(' ').append(name));
            sb.append(' ').append(c.outputNames().get(h)).append('\n');
            for (int row = 0; row < t.rows(); row++) {
                if (t.get(row)) {
                    for (int i = 0; i < c.inputs(); i++) {
                        sb.append((row >>> i & 1) == 1 ? '1' : '0');
                    }
                    sb.append(c.inputs() == 0 ? "1\n" : " 1\n");
                }
            }
            if (t.countOnes() == 0 && c.inputs() > 0) {
                sb.append("-".repeat(c.inputs())).append(" 0\n");
            }
        }
        return sb.append(".end\n").toString();
    }
}
