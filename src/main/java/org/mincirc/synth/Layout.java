package org.mincirc.synth;

import java.util.HashMap;
import java.util.Map;
import org.mincirc.solver.Backend;

/**
 * Where each variable of the circuit encoding lives (percy's get_op_var / get_sim_var idea):
 * the encoding asks {@code select(gate, pair)}, {@code op(gate, bit)}, {@code sim(gate, row)},
 * never computes an index itself. Gate g (0-based) is circuit node {@code inputs + 1 + g}; node
 * 0 is the constant false, nodes 1..n the inputs. Fan-in pairs (a, b), 1 <= a < b, are numbered
 * in co-lexicographic order (by b, then a), so the pairs open to gate g are exactly the first
 * {@code pairCount(g)} of them, and this numbering is the order the colex break compares.
 * Simulation variables are allocated per row on demand, which is what lets CEGAR add rows late.
 */
public final class Layout {
    private final Backend backend;
    private final int inputs;
    private final int gates;
    private final int outputs;
    private final int levels;
    private final int[] selectBase;
    private final int opBase;
    private final int outSelectBase;
    private final int polarityBase;
    private final int levelBase;
    private final Map<Integer, int[]> simByRow = new HashMap<>();
    private final Map<Integer, int[]> outputByRow = new HashMap<>();

    /**
     * @param levels the depth bound d (level variables "depth of gate g <= l" for l in 1..d-1;
     *               0 when there is no bound)
     */
    Layout(Backend backend, int inputs, int gates, int outputs, int levels) {
        this.backend = backend;
        this.inputs = inputs;
        this.gates = gates;
        this.outputs = outputs;
        this.levels = levels;
        if (inputs + gates > MAX_NODE) {
            throw new IllegalArgumentException("at most " + MAX_NODE + " inputs and gates together");
        }
        this.selectBase = new int[gates];
        for (int g = 0; g < gates; g++) {
            int count = pairCount(g);
            selectBase[g] = count == 0 ? 0 : backend.newVars(count);
        }
        this.opBase = gates == 0 ? 0 : backend.newVars(3 * gates);
        this.outSelectBase = backend.newVars(outputs * nodeCount());
        this.polarityBase = backend.newVars(outputs);
        this.levelBase = levels > 1 && gates > 0 ? backend.newVars(gates * (levels - 1)) : 0;
    }

    public int inputs() {
        return inputs;
    }

    public int gates() {
        return gates;
    }

    public int outputs() {
        return outputs;
    }

    /** Nodes: constant, inputs, gates. */
    public int nodeCount() {
        return 1 + inputs + gates;
    }

    /** The circuit node of gate g. */
    public int node(int gate) {
        return inputs + 1 + gate;
    }

    public boolean isGateNode(int node) {
        return node > inputs;
    }

    /** The gate index of a gate node. */
    public int gateOf(int node) {
        return node - inputs - 1;
    }

    /** Number of fan-in pairs open to gate g: two distinct earlier non-constant nodes. */
    public int pairCount(int gate) {
        int nodes = inputs + gate;
        return nodes * (nodes - 1) / 2;
    }

    /** The colex number of pair (a, b), 1 <= a < b. */
    public static int pairIndex(int a, int b) {
        if (a < 1 || a >= b) {
            throw new IllegalArgumentException("pair needs 1 <= a < b: " + a + ", " + b);
        }
        return (b - 1) * (b - 2) / 2 + (a - 1);
    }

    /** Pair endpoints by colex number, precomputed for circuits of up to 255 non-constant nodes. */
    private static final int MAX_NODE = 255;
    private static final int[] HIGH = new int[MAX_NODE * (MAX_NODE - 1) / 2];
    private static final int[] LOW = new int[HIGH.length];

    static {
        for (int b = 2; b <= MAX_NODE; b++) {
            for (int a = 1; a < b; a++) {
                int p = pairIndex(a, b);
                HIGH[p] = b;
                LOW[p] = a;
            }
        }
    }

    /** The larger node of pair p. */
    public static int pairHigh(int p) {
        return HIGH[p];
    }

    /** The smaller node of pair p. */
    public static int pairLow(int p) {
        return LOW[p];
    }

    /** "Gate g takes the pair p as fan-ins." */
    public int select(int gate, int pair) {
        if (pair < 0 || pair >= pairCount(gate)) {
            throw new IllegalArgumentException("pair " + pair + " not open to gate " + gate);
        }
        return selectBase[gate] + pair;
    }

    /**
     * Bit t (1..3) of gate g's normal table: the value for fan-in values (t & 1, t >> 1); bit 0 is
     * 0 for every gate (normal gates, see {@link Encoding}).
     */
    public int op(int gate, int bit) {
        if (bit < 1 || bit > 3) {
            throw new IllegalArgumentException("op bit 1..3, not " + bit);
        }
        return opBase + 3 * gate + bit - 1;
    }

    /** "Output h is node {@code node} (possibly complemented)." */
    public int outSelect(int output, int node) {
        return outSelectBase + output * nodeCount() + node;
    }

    /** "Output h is the complement of its node." */
    public int outPolarity(int output) {
        return polarityBase + output;
    }

    /** "Depth of gate g is at most l", for 1 <= l < the depth bound. */
    public int level(int gate, int l) {
        if (l < 1 || l >= levels) {
            throw new IllegalArgumentException("level variable 1.." + (levels - 1) + ", not " + l);
        }
        return levelBase + gate * (levels - 1) + l - 1;
    }

    public boolean hasRow(int row) {
        return simByRow.containsKey(row);
    }

    /** Allocates the simulation variables of a row (none on row 0, where every normal gate is 0). */
    void allocateRow(int row) {
        if (simByRow.containsKey(row)) {
            throw new IllegalStateException("row " + row + " already allocated");
        }
        simByRow.put(row, row == 0 || gates == 0 ? new int[0] : varsFrom(backend.newVars(gates), gates));
    }

    /** "Gate g is 1 on this row." */
    public int sim(int gate, int row) {
        int[] vars = simByRow.get(row);
        if (vars == null || row == 0) {
            throw new IllegalArgumentException("no simulation variable for gate " + gate + " on row " + row);
        }
        return vars[gate];
    }

    /** "Output h is 1 on this row", allocated on first request. */
    int outputValue(int output, int row) {
        int[] vars = outputByRow.computeIfAbsent(row, r -> varsFrom(backend.newVars(outputs), outputs));
        return vars[output];
    }

    private static int[] varsFrom(int first, int count) {
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            v[i] = first + i;
        }
        return v;
    }
}
