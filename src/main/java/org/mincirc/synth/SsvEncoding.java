package org.mincirc.synth;

import java.util.ArrayList;
import java.util.List;
import org.mincirc.model.Basis;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Model;

/**
 * "A circuit of exactly k two-input gates whose outputs take allowed values on the care rows",
 * as clauses. The shape follows Kojevnikov, Kulikov and Yaroslavtsev (SAT 2009) and Knuth
 * (TAOCP 7.1.2): operator variables per gate and simulation variables per gate and row; fan-ins
 * are chosen by one selection variable per candidate pair, the single-selection-variable (SSV)
 * encoding of Haaswijk, Soeken, Mishchenko and De Micheli (TCAD 2020).
 *
 * <p>Gates are normal (f(0,0) = 0): complements are free at gate inputs (absorbed in the
 * consumer's table) and at outputs (a polarity variable), so any circuit can be rewritten into
 * one of normal gates of the same size and depth (Knuth 7.1.2). Hence every gate is 0 on row 0
 * and a gate has three operator bits. A gate never takes the constant or the same node twice:
 * such a gate computes a literal of one node and is never needed.
 *
 * <p>Inside, constants {@link #TRUE} and {@link #FALSE} stand for literals of known value
 * (inputs, row 0, forced output bits); {@link #clause} drops false ones and skips satisfied clauses,
 * which is how clauses over inputs become short (percy does the same by special cases).
 */
public final class SsvEncoding implements Encoding {
    static final int TRUE = Integer.MAX_VALUE;
    static final int FALSE = -Integer.MAX_VALUE;

    private final Backend backend;
    private final Spec spec;
    private final Basis basis;
    private final Integer depthBound;
    private final SymmetryBreaks breaks;
    private final Layout layout;
    private final Fence fence;
    /** open[g][p]: gate g may take pair p (all pairs without a fence). */
    private final boolean[][] open;
    private final int trueVar;
    private int rowCount;

    /**
     * @param symmetricClasses classes of inputs (sorted input indices) that the spec (and anything
     *                         else constraining the circuit) treats symmetrically; may be empty
     */
    public SsvEncoding(Backend backend, Spec spec, int gates, Basis basis, Integer depthBound,
                    SymmetryBreaks breaks, List<int[]> symmetricClasses) {
        this(backend, spec, gates, basis, depthBound, breaks, symmetricClasses, null);
    }

    /**
     * As above, restricted to the circuits of one {@link Fence} (null: every topology); a fence
     * fixes the depth, so it comes without a depth bound, and it needs the colex break, which is
     * what makes the fences of a size partition the circuits the plain encoding admits.
     */
    public SsvEncoding(Backend backend, Spec spec, int gates, Basis basis, Integer depthBound,
                    SymmetryBreaks breaks, List<int[]> symmetricClasses, Fence fence) {
        if (fence != null && (fence.gates() != gates || depthBound != null || !breaks.colexOrder())) {
            throw new IllegalArgumentException("a fence needs its own gate count, no depth bound and the colex break");
        }
        this.backend = backend;
        this.fence = fence;
        this.spec = spec;
        this.basis = basis;
        this.depthBound = depthBound;
        this.breaks = breaks;
        int levels = depthBound == null ? 0 : depthBound;
        this.layout = new Layout(backend, spec.inputs(), gates, spec.outputs(), levels);
        this.open = openPairs();
        this.trueVar = backend.newVar();
        backend.addClause(trueVar);
        addOperatorConstraints();
        addSelectionConstraints();
        addOutputSelection();
        if (depthBound != null) {
            addDepthBound();
        }
        if (breaks.allGatesUsed()) {
            addAllGatesUsed();
        }
        if (breaks.noReapplication()) {
            addNoReapplication();
        }
        if (breaks.colexOrder()) {
            addColexOrder();
        }
        if (breaks.operatorOrder()) {
            addOperatorOrder();
        }
        if (breaks.symmetricInputs()) {
            for (int[] cls : symmetricClasses) {
                addSymmetricInputOrder(cls);
            }
        }
    }

    @Override
    public String name() {
        return "ssv";
    }

    @Override
    public String options() {
        return describe(basis, breaks, depthBound) + (fence == null ? "" : ", fence " + fence.describe());
    }

    /** The options every SSV formula records: basis, breaks and depth bound ("b2, all breaks, depth<=3"). */
    static String describe(Basis basis, SymmetryBreaks breaks, Integer depthBound) {
        return basis.keyword() + ", " + breaks.describe() + (depthBound == null ? "" : ", depth<=" + depthBound);
    }

    /**
     * Which pairs each gate may take: all of them, or under a fence those with the larger-level
     * fan-in exactly one level below the gate (inputs are level 0).
     */
    private boolean[][] openPairs() {
        boolean[][] result = new boolean[layout.gates()][];
        int[] gateLevel = fence == null ? null : fence.levelOfGates();
        for (int g = 0; g < layout.gates(); g++) {
            result[g] = new boolean[layout.pairCount(g)];
            for (int p = 0; p < result[g].length; p++) {
                result[g][p] = fence == null || Math.max(nodeLevel(Layout.pairLow(p), gateLevel),
                        nodeLevel(Layout.pairHigh(p), gateLevel)) == gateLevel[g] - 1;
            }
        }
        return result;
    }

    private int nodeLevel(int node, int[] gateLevel) {
        return layout.isGateNode(node) ? gateLevel[layout.gateOf(node)] : 0;
    }

    public Layout layout() {
        return layout;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public int gates() {
        return layout.gates();
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public int trueLit() {
        return trueVar;
    }

    /**
     * No gate computes the same function as another gate or as an input (complements cannot
     * coincide: normal gates and inputs are all 0 on row 0). Such a gate could be removed by
     * wiring its readers to the other signal, leaving a circuit with one gate less and the same
     * outputs on every row, so at a minimal size no answer is lost. Needs every row simulated.
     */
    public void addDistinctGates() {
        int n = spec.inputs();
        int rows = spec.rows();
        for (int r = 1; r < rows; r++) {
            ensureRow(r);
        }
        int k = layout.gates();
        for (int i = 0; i < k; i++) {
            for (int m = 0; m < n; m++) {
                int[] differs = new int[rows - 1];
                for (int r = 1; r < rows; r++) {
                    int x = layout.sim(i, r);
                    differs[r - 1] = (r >>> m & 1) == 1 ? -x : x;
                }
                clause(differs);
            }
            for (int j = i + 1; j < k; j++) {
                int[] some = new int[rows - 1];
                for (int r = 1; r < rows; r++) {
                    int d = backend.newVar();
                    int a = layout.sim(i, r);
                    int b = layout.sim(j, r);
                    clause(-d, a, b);
                    clause(-d, -a, -b);
                    some[r - 1] = d;
                }
                clause(some);
            }
        }
    }

    /** Number of rows whose simulation constraints are in the formula. */
    @Override
    public int rowCount() {
        return rowCount;
    }

    @Override
    public boolean hasRow(int row) {
        return layout.hasRow(row);
    }

    // ---------------------------------------------------------------- gates

    /**
     * Basis restriction and nontriviality on the operator bits: each forbidden normal table is
     * excluded by one clause. Nontrivial means the gate depends on both fan-ins (Knuth 7.1.2:
     * a gate that ignores a fan-in is a literal and never helps a minimal circuit).
     */
    private void addOperatorConstraints() {
        for (int g = 0; g < layout.gates(); g++) {
            for (int table = 0; table < 16; table += 2) {
                if (!allowedOperator(table)) {
                    clause(opIs(g, table, false, 1), opIs(g, table, false, 2), opIs(g, table, false, 3));
                }
            }
        }
    }

    /** True if a normal table (bit 0 clear) is open to gates under the basis and breaks. */
    boolean allowedOperator(int table) {
        if (!basis.allows(table)) {
            return false;
        }
        return !breaks.nontrivial() || Gate.dependsOnBoth(table);
    }

    /** The literal "op bit t of gate g differs from bit t of table" (negated when {@code same}). */
    private int opIs(int g, int table, boolean same, int t) {
        int lit = (table >>> t & 1) == 1 ? -layout.op(g, t) : layout.op(g, t);
        return same ? -lit : lit;
    }

    /**
     * Each gate takes at least one pair; a model with several is still sound (any one is decoded).
     * Pairs a fence closes are false.
     */
    private void addSelectionConstraints() {
        for (int g = 0; g < layout.gates(); g++) {
            List<Integer> openLits = new ArrayList<>();
            for (int p = 0; p < layout.pairCount(g); p++) {
                if (open[g][p]) {
                    openLits.add(layout.select(g, p));
                } else {
                    clause(-layout.select(g, p));
                }
            }
            int[] lits = openLits.stream().mapToInt(Integer::intValue).toArray();
            clause(lits);
            if (AMO) {
                atMostOne(lits);
            }
        }
    }

    static final boolean AMO = Boolean.getBoolean("mincirc.amo");

    private void atMostOne(int[] lits) {
        for (int i = 0; i < lits.length; i++) {
            for (int j = i + 1; j < lits.length; j++) {
                clause(-lits[i], -lits[j]);
            }
        }
    }

    // ---------------------------------------------------------------- rows

    /** Adds the simulation of every gate and the spec's demand (if any) on one row. */
    @Override
    public void addRow(int row) {
        if (row < 0 || row >= spec.rows()) {
            throw new IllegalArgumentException("row " + row + " out of range");
        }
        layout.allocateRow(row);
        rowCount++;
        if (row != 0) {
            for (int g = 0; g < layout.gates(); g++) {
                addGateSimulation(g, row);
            }
        }
        for (int h = 0; h < spec.outputs(); h++) {
            addOutputValue(h, row);
        }
        if (spec.isCare(row)) {
            addAllowedCodes(row);
        }
    }

    private void ensureRow(int row) {
        if (!layout.hasRow(row)) {
            addRow(row);
        }
    }

    /**
     * x_g = f_g(x_a, x_b) under each selection s_{g,(a,b)}: for every value pair (u, v) of the
     * fan-ins, s & [a = u] & [b = v] implies x_g = op bit (u + 2v), with bit 0 fixed to 0
     * (Kojevnikov et al. 2009; Haaswijk et al. 2020, SSV).
     */
    private void addGateSimulation(int g, int row) {
        int x = layout.sim(g, row);
        for (int p = 0; p < layout.pairCount(g); p++) {
            if (!open[g][p]) {
                continue;
            }
            int s = layout.select(g, p);
            int a = nodeValue(Layout.pairLow(p), row);
            int b = nodeValue(Layout.pairHigh(p), row);
            for (int u = 0; u <= 1; u++) {
                int notA = u == 1 ? -a : a;
                for (int v = 0; v <= 1; v++) {
                    int notB = v == 1 ? -b : b;
                    int t = u + 2 * v;
                    if (t == 0) {
                        clause(-s, notA, notB, -x);
                    } else {
                        int f = layout.op(g, t);
                        clause(-s, notA, notB, -x, f);
                        clause(-s, notA, notB, x, -f);
                    }
                }
            }
        }
    }

    /** The literal (or constant) "node is 1 on row". */
    private int nodeValue(int node, int row) {
        if (node == 0) {
            return FALSE;
        }
        if (!layout.isGateNode(node)) {
            return (row >>> (node - 1) & 1) == 1 ? TRUE : FALSE;
        }
        return row == 0 ? FALSE : layout.sim(layout.gateOf(node), row);
    }

    // ---------------------------------------------------------------- outputs

    /** Output h is one node (constant, input or gate), with a free complement. */
    private void addOutputSelection() {
        for (int h = 0; h < spec.outputs(); h++) {
            int[] lits = new int[layout.nodeCount()];
            for (int node = 0; node < layout.nodeCount(); node++) {
                lits[node] = layout.outSelect(h, node);
            }
            clause(lits);
            if (Boolean.getBoolean("mincirc.oamo")) {
                atMostOne(lits);
            }
        }
    }

    /** The literal or constant for output h on a row whose simulation is in place. */
    private int outputValue(int h, int row) {
        int forced = spec.forcedBit(row, h);
        if (forced >= 0) {
            return forced == 1 ? TRUE : FALSE;
        }
        return layout.outputValue(h, row);
    }

    /** y_{h,row} = value(selected node) xor polarity, under each output selection. */
    private void addOutputValue(int h, int row) {
        int y = outputValue(h, row);
        int pol = layout.outPolarity(h);
        for (int node = 0; node < layout.nodeCount(); node++) {
            int o = layout.outSelect(h, node);
            int val = nodeValue(node, row);
            clause(-o, -val, y, pol);
            clause(-o, -val, -y, -pol);
            clause(-o, val, -y, pol);
            clause(-o, val, y, -pol);
        }
    }

    /**
     * For a row that allows several codes (a relation), the output bits must form one of them:
     * either forbid each other code, or pick an allowed code by a selector, whichever is smaller.
     */
    private void addAllowedCodes(int row) {
        int[] allowed = spec.allowedCodes(row);
        if (allowed.length == 1) {
            return; // every bit forced: the output values are constants already
        }
        int m = spec.outputs();
        int forbidden = (1 << m) - allowed.length;
        if (forbidden <= allowed.length * (m + 1)) {
            int next = 0;
            for (int code = 0; code < 1 << m; code++) {
                if (next < allowed.length && allowed[next] == code) {
                    next++;
                    continue;
                }
                int[] lits = new int[m];
                for (int h = 0; h < m; h++) {
                    int y = outputValue(h, row);
                    lits[h] = (code >>> h & 1) == 1 ? -y : y;
                }
                clause(lits);
            }
        } else {
            int first = backend.newVars(allowed.length);
            int[] some = new int[allowed.length];
            for (int i = 0; i < allowed.length; i++) {
                some[i] = first + i;
                for (int h = 0; h < m; h++) {
                    int y = outputValue(h, row);
                    clause(-(first + i), (allowed[i] >>> h & 1) == 1 ? y : -y);
                }
            }
            clause(some);
        }
    }

    @Override
    public int outputLit(int row, int h) {
        ensureRow(row);
        int lit = outputValue(h, row);
        if (lit == TRUE) {
            return trueVar;
        }
        if (lit == FALSE) {
            return -trueVar;
        }
        return lit;
    }

    // ---------------------------------------------------------------- depth

    /**
     * Depth at most d, by order-encoded levels L_{g,l} = "depth(g) <= l" (l = d is always true,
     * l = 0 never for a gate): a gate at level l takes fan-ins at level l - 1 or below.
     */
    private void addDepthBound() {
        int d = depthBound;
        if (d == 0 && layout.gates() > 0) {
            clause(); // depth 0 admits no gate at all
            return;
        }
        for (int g = 0; g < layout.gates(); g++) {
            for (int l = 1; l + 1 < d; l++) {
                clause(-levelAtMost(g, l), levelAtMost(g, l + 1));
            }
            for (int p = 0; p < layout.pairCount(g); p++) {
                int s = layout.select(g, p);
                for (int node : new int[] {Layout.pairLow(p), Layout.pairHigh(p)}) {
                    if (!layout.isGateNode(node)) {
                        continue;
                    }
                    int fanin = layout.gateOf(node);
                    for (int l = 1; l <= d; l++) {
                        clause(-s, -levelAtMost(g, l), levelAtMost(fanin, l - 1));
                    }
                }
            }
        }
    }

    private int levelAtMost(int g, int l) {
        if (l <= 0) {
            return FALSE;
        }
        if (l >= depthBound) {
            return TRUE;
        }
        return layout.level(g, l);
    }

    // ---------------------------------------------------------------- symmetry breaks

    /**
     * Every gate feeds a later gate or an output: a dangling gate can be deleted, so a minimal
     * circuit has none (Haaswijk et al. 2020; Knuth 7.1.2).
     */
    private void addAllGatesUsed() {
        for (int g = 0; g < layout.gates(); g++) {
            int node = layout.node(g);
            List<Integer> users = new ArrayList<>();
            for (int later = g + 1; later < layout.gates(); later++) {
                for (int a = 1; a < node; a++) {
                    users.add(layout.select(later, Layout.pairIndex(a, node)));
                }
                for (int b = node + 1; b < layout.node(later); b++) {
                    users.add(layout.select(later, Layout.pairIndex(node, b)));
                }
            }
            for (int h = 0; h < spec.outputs(); h++) {
                users.add(layout.outSelect(h, node));
            }
            clause(users.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /**
     * No re-application: if gate g = f(a, b), no later gate takes (a, g) or (b, g); that gate
     * would be a function of a and b alone and could take (a, b) directly at the same cost
     * (Haaswijk et al. 2020, percy's "no reapplication of operands").
     */
    private void addNoReapplication() {
        for (int g = 0; g < layout.gates(); g++) {
            int node = layout.node(g);
            for (int p = 0; p < layout.pairCount(g); p++) {
                int s = layout.select(g, p);
                int a = Layout.pairLow(p);
                int b = Layout.pairHigh(p);
                for (int later = g + 1; later < layout.gates(); later++) {
                    clause(-s, -layout.select(later, Layout.pairIndex(a, node)));
                    clause(-s, -layout.select(later, Layout.pairIndex(b, node)));
                }
            }
        }
    }

    /**
     * Consecutive gates take fan-in pairs in co-lexicographic order: if gate g+1 does not use
     * gate g, the two can be swapped, and if it does its pair is larger anyway (Knuth 7.1.2;
     * Haaswijk et al. 2020). As clauses: s_{g+1,q} implies some s_{g,p} with p <= q.
     */
    private void addColexOrder() {
        for (int g = 0; g + 1 < layout.gates(); g++) {
            int own = layout.pairCount(g);
            for (int q = 0; q < own; q++) {
                int[] lits = new int[q + 2];
                lits[0] = -layout.select(g + 1, q);
                for (int p = 0; p <= q; p++) {
                    lits[p + 1] = layout.select(g, p);
                }
                clause(lits);
            }
        }
    }

    /**
     * Consecutive gates with the same fan-ins have strictly increasing operators: they can be
     * swapped, and two equal gates are never both needed (Haaswijk et al. 2020).
     */
    private void addOperatorOrder() {
        for (int g = 0; g + 1 < layout.gates(); g++) {
            int same = backend.newVar();
            for (int p = 0; p < layout.pairCount(g); p++) {
                clause(-layout.select(g, p), -layout.select(g + 1, p), same);
            }
            for (int t1 = 0; t1 < 16; t1 += 2) {
                if (!allowedOperator(t1)) {
                    continue;
                }
                for (int t2 = 0; t2 <= t1; t2 += 2) {
                    if (!allowedOperator(t2)) {
                        continue;
                    }
                    clause(-same, opIs(g, t1, false, 1), opIs(g, t1, false, 2), opIs(g, t1, false, 3),
                            opIs(g + 1, t2, false, 1), opIs(g + 1, t2, false, 2), opIs(g + 1, t2, false, 3));
                }
            }
        }
    }

    /**
     * For inputs p < q that the spec treats symmetrically, some gate uses p no later than the
     * first gate using q (swapping p and q in a circuit gives another valid circuit of the same
     * cost); percy's symmetric-variable break (Haaswijk et al. 2020). Applied to consecutive
     * members of each class of mutually symmetric inputs.
     */
    private void addSymmetricInputOrder(int[] cls) {
        for (int c = 0; c + 1 < cls.length; c++) {
            int p = cls[c] + 1;
            int q = cls[c + 1] + 1;
            List<Integer> usesPBefore = new ArrayList<>();
            for (int g = 0; g < layout.gates(); g++) {
                for (int pair = 0; pair < layout.pairCount(g); pair++) {
                    int a = Layout.pairLow(pair);
                    int b = Layout.pairHigh(pair);
                    boolean usesP = a == p || b == p;
                    boolean usesQ = a == q || b == q;
                    if (usesQ && !usesP) {
                        int[] lits = new int[usesPBefore.size() + 1];
                        lits[0] = -layout.select(g, pair);
                        for (int i = 0; i < usesPBefore.size(); i++) {
                            lits[i + 1] = usesPBefore.get(i);
                        }
                        clause(lits);
                    }
                }
                for (int pair = 0; pair < layout.pairCount(g); pair++) {
                    int a = Layout.pairLow(pair);
                    int b = Layout.pairHigh(pair);
                    if (a == p || b == p) {
                        usesPBefore.add(layout.select(g, pair));
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- decoding

    /** The circuit a model describes (first true selection per gate and output). */
    @Override
    public Circuit decode(Model model) {
        int n = spec.inputs();
        List<Gate> gates = new ArrayList<>(layout.gates());
        for (int g = 0; g < layout.gates(); g++) {
            int pair = -1;
            for (int p = 0; p < layout.pairCount(g) && pair < 0; p++) {
                if (model.value(layout.select(g, p))) {
                    pair = p;
                }
            }
            if (pair < 0) {
                throw new IllegalStateException("model selects no fan-ins for gate " + g);
            }
            int table = 0;
            for (int t = 1; t <= 3; t++) {
                if (model.value(layout.op(g, t))) {
                    table |= 1 << t;
                }
            }
            gates.add(new Gate(table, Layout.pairLow(pair), Layout.pairHigh(pair)));
        }
        List<Integer> outputs = new ArrayList<>(spec.outputs());
        for (int h = 0; h < spec.outputs(); h++) {
            int node = -1;
            for (int j = 0; j < layout.nodeCount() && node < 0; j++) {
                if (model.value(layout.outSelect(h, j))) {
                    node = j;
                }
            }
            if (node < 0) {
                throw new IllegalStateException("model selects no node for output " + h);
            }
            outputs.add(Lit.of(node, model.value(layout.outPolarity(h))));
        }
        return new Circuit(n, gates, outputs);
    }

    // ---------------------------------------------------------------- clause helper

    /** Adds a clause after dropping FALSE constants; a clause holding TRUE is already satisfied. */
    private void clause(int... lits) {
        int kept = 0;
        for (int lit : lits) {
            if (lit == TRUE) {
                return;
            }
            if (lit != FALSE) {
                kept++;
            }
        }
        if (kept == lits.length) {
            backend.addClause(lits);
            return;
        }
        int[] out = new int[kept];
        int i = 0;
        for (int lit : lits) {
            if (lit != FALSE) {
                out[i++] = lit;
            }
        }
        backend.addClause(out);
    }
}
