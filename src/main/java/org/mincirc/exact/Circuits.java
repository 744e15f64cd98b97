package org.mincirc.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.model.CircuitDef;
import org.mincirc.model.GateExpr;
import org.mincirc.model.GateOp;
import org.mincirc.model.Interface;

/**
 * Compiles a hand-written {@code circuit} block into a {@link Circuit}, exactly: inputs in
 * interface order and named after the interface inputs, outputs {@code y0 .. y(m-1)}, each
 * two-input operator one gate whose table absorbs complemented fan-ins, {@code not} free (a
 * complemented literal), as in Knuth's C(f).
 *
 * <p>Constants are folded: an operator with a constant argument computes a constant or a literal
 * of its other argument, so it costs no gate. Everything else the user wrote stays (no merging of
 * equal subexpressions, no removal of unused signals), so the circuit is the one written.
 */
public final class Circuits {
    private Circuits() {}

    public static Circuit fromDef(CircuitDef def, Interface iface) {
        return new Compiler(iface).compile(def);
    }

    private static final class Compiler {
        private final Interface iface;
        private final Map<String, Integer> literalOf = new HashMap<>();
        private final List<Gate> gates = new ArrayList<>();

        Compiler(Interface iface) {
            this.iface = iface;
            for (int i = 0; i < iface.inputCount(); i++) {
                literalOf.put(iface.inputs().get(i), Lit.of(1 + i, false));
            }
        }

        Circuit compile(CircuitDef def) {
            for (CircuitDef.Assignment a : def.assignments()) {
                literalOf.put(a.signal(), literal(a.value()));
            }
            int m = iface.outputBits();
            List<Integer> outputs = new ArrayList<>(m);
            List<String> outputNames = Circuit.defaultNames("y", m);
            for (String y : outputNames) {
                Integer lit = literalOf.get(y);
                if (lit == null) {
                    throw new IllegalArgumentException("circuit " + def.name() + " does not assign output " + y);
                }
                outputs.add(lit);
            }
            return new Circuit(iface.inputCount(), gates, outputs, iface.inputs(), outputNames);
        }

        private int literal(GateExpr e) {
            if (e instanceof GateExpr.Constant c) {
                return c.value() ? Lit.TRUE : Lit.FALSE;
            }
            if (e instanceof GateExpr.Name n) {
                Integer lit = literalOf.get(n.name());
                if (lit == null) {
                    throw new IllegalArgumentException("unknown signal " + n.name() + " at " + n.pos());
                }
                return lit;
            }
            GateExpr.Apply apply = (GateExpr.Apply) e;
            if (apply.args().size() != apply.op().arity()) {
                throw new IllegalArgumentException(apply.op().keyword() + " takes " + apply.op().arity()
                        + " arguments, not " + apply.args().size() + " at " + apply.pos());
            }
            if (apply.op() == GateOp.NOT) {
                return Lit.not(literal(apply.args().get(0)));
            }
            int a = literal(apply.args().get(0));
            int b = literal(apply.args().get(1));
            return gate(apply.op().table(), a, b);
        }

        /** One gate f(a, b), or a folded literal when an argument is a constant. */
        private int gate(int table, int a, int b) {
            if (Lit.node(a) == 0 || Lit.node(b) == 0) {
                return folded(table, a, b);
            }
            int t = table;
            if (Lit.complemented(a)) {
                t = Gate.complementA(t);
            }
            if (Lit.complemented(b)) {
                t = Gate.complementB(t);
            }
            gates.add(new Gate(t, Lit.node(a), Lit.node(b)));
            return Lit.of(iface.inputCount() + gates.size(), false);
        }

        /** f(a, b) with a or b constant: a constant, or the other argument, maybe complemented. */
        private static int folded(int table, int a, int b) {
            if (Lit.node(a) == 0) {
                // Fix a; f(a, .) as a function of b: bits at b = 0 and b = 1.
                int va = a & 1;
                int atB0 = table >>> va & 1;
                int atB1 = table >>> (va + 2) & 1;
                return unary(atB0, atB1, b);
            }
            int vb = b & 1;
            int atA0 = table >>> (2 * vb) & 1;
            int atA1 = table >>> (1 + 2 * vb) & 1;
            return unary(atA0, atA1, a);
        }

        /** The function g(x) with g(0) = at0, g(1) = at1, applied to literal x. */
        private static int unary(int at0, int at1, int x) {
            if (at0 == at1) {
                return at0 == 1 ? Lit.TRUE : Lit.FALSE;
            }
            return at0 == 0 ? x : Lit.not(x);
        }
    }
}
