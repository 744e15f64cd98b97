package org.mincirc.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.model.Basis;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.circuit.TruthTable;

/**
 * A cheap circuit for any spec, so that a run stopped by its time limit still has a best
 * circuit: each output (don't-cares set to 0, a relation row to its first allowed code) is built
 * by Shannon expansion on its highest essential input, sharing equal subfunctions across outputs
 * (structural hashing), with the special cases x&f, x|f and x^f costing one gate instead of a
 * multiplexer's three. Not minimal, only valid.
 */
public final class ShannonConstruction {
    private final int inputs;
    private final Basis basis;
    private final List<Gate> gates = new ArrayList<>();
    private final Map<Gate, Integer> strash = new HashMap<>();
    private final Map<TruthTable, Integer> built = new HashMap<>();

    private ShannonConstruction(int inputs, Basis basis) {
        this.inputs = inputs;
        this.basis = basis;
    }

    /** A circuit meeting the spec, built from gates the basis allows. */
    public static Circuit build(Spec spec, Basis basis) {
        if (spec.inputs() > 16) {
            throw new IllegalArgumentException("the fallback construction takes at most 16 inputs");
        }
        ShannonConstruction c = new ShannonConstruction(spec.inputs(), basis);
        List<Integer> outputs = new ArrayList<>();
        for (TruthTable t : chosenFunctions(spec)) {
            outputs.add(c.literal(t));
        }
        return new Circuit(spec.inputs(), c.gates, outputs).withoutDanglingGates();
    }

    /** One complete function per output that meets the spec. */
    static List<TruthTable> chosenFunctions(Spec spec) {
        List<TruthTable> tables = new ArrayList<>();
        for (int h = 0; h < spec.outputs(); h++) {
            TruthTable t = TruthTable.zero(spec.inputs());
            for (int r : spec.careRows()) {
                if ((spec.allowedCodes(r)[0] >>> h & 1) == 1) {
                    t = t.with(r, true);
                }
            }
            tables.add(t);
        }
        return tables;
    }

    private int literal(TruthTable f) {
        Integer known = built.get(f);
        if (known != null) {
            return known;
        }
        Integer negated = built.get(f.not());
        if (negated != null) {
            return Lit.not(negated);
        }
        int lit = construct(f);
        built.put(f, lit);
        return lit;
    }

    private int construct(TruthTable f) {
        int ones = f.countOnes();
        if (ones == 0) {
            return Lit.FALSE;
        }
        if (ones == f.rows()) {
            return Lit.TRUE;
        }
        int v = inputs - 1;
        while (!f.dependsOn(v)) {
            v--;
        }
        int x = Lit.of(v + 1, false);
        TruthTable f0 = cofactor(f, v, false);
        TruthTable f1 = cofactor(f, v, true);
        int zeros0 = f0.countOnes();
        int ones1 = f1.countOnes();
        boolean f0Constant = zeros0 == 0 || zeros0 == f.rows();
        boolean f1Constant = ones1 == 0 || ones1 == f.rows();
        if (f0Constant && f1Constant) {
            return zeros0 == 0 ? x : Lit.not(x); // f depends on v, so f = x or f = not x
        }
        if (zeros0 == 0) {
            return and(x, literal(f1));
        }
        if (zeros0 == f.rows()) {
            return or(Lit.not(x), literal(f1));
        }
        if (ones1 == 0) {
            return and(Lit.not(x), literal(f0));
        }
        if (ones1 == f.rows()) {
            return or(x, literal(f0));
        }
        if (f1.equals(f0.not())) {
            return xor(x, literal(f0));
        }
        return or(and(x, literal(f1)), and(Lit.not(x), literal(f0)));
    }

    /** f with input v fixed, as a function of all inputs (independent of v). */
    private static TruthTable cofactor(TruthTable f, int v, boolean value) {
        TruthTable t = TruthTable.zero(f.vars());
        for (int r = 0; r < f.rows(); r++) {
            int source = value ? r | 1 << v : r & ~(1 << v);
            if (f.get(source)) {
                t = t.with(r, true);
            }
        }
        return t;
    }

    private int and(int a, int b) {
        return gate(0b1000, a, b);
    }

    private int or(int a, int b) {
        return gate(0b1110, a, b);
    }

    private int xor(int a, int b) {
        if (basis.allows(0b0110)) {
            return gate(0b0110, a, b);
        }
        return or(and(a, Lit.not(b)), and(Lit.not(a), b));
    }

    /** A gate computing table(a, b) on literals, complements absorbed, equal gates shared. */
    private int gate(int table, int a, int b) {
        if (Lit.node(a) == Lit.node(b) || Lit.node(a) == 0 || Lit.node(b) == 0) {
            throw new IllegalStateException("degenerate gate in the fallback construction");
        }
        int t = table;
        if (Lit.complemented(a)) {
            t = Gate.complementA(t);
        }
        if (Lit.complemented(b)) {
            t = Gate.complementB(t);
        }
        int na = Lit.node(a);
        int nb = Lit.node(b);
        if (na > nb) {
            t = Gate.swap(t);
            int tmp = na;
            na = nb;
            nb = tmp;
        }
        Gate g = new Gate(t, na, nb);
        Integer node = strash.get(g);
        if (node == null) {
            gates.add(g);
            node = inputs + gates.size();
            strash.put(g, node);
        }
        return Lit.of(node, false);
    }
}
