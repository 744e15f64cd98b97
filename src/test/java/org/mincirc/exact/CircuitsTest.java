package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mincirc.exact.Models.iface;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.TruthTable;
import org.mincirc.model.CircuitDef;
import org.mincirc.model.GateExpr;
import org.mincirc.model.GateOp;
import org.mincirc.model.Interface;
import org.mincirc.model.SourcePos;
import org.junit.jupiter.api.Test;

class CircuitsTest {
    private static final SourcePos P = SourcePos.NONE;
    private final Interface three = iface(3, "a", "b");

    static GateExpr n(String name) {
        return new GateExpr.Name(name, P);
    }

    static GateExpr c(boolean v) {
        return new GateExpr.Constant(v, P);
    }

    static GateExpr op(GateOp op, GateExpr... args) {
        return new GateExpr.Apply(op, List.of(args), P);
    }

    /** def("name", "g1", expr, "y0", expr, ...). */
    static CircuitDef def(Object... signalsAndValues) {
        List<CircuitDef.Assignment> list = new ArrayList<>();
        for (int i = 0; i < signalsAndValues.length; i += 2) {
            list.add(new CircuitDef.Assignment((String) signalsAndValues[i], (GateExpr) signalsAndValues[i + 1], P));
        }
        return new CircuitDef("C", list, P);
    }

    private static void assertComputes(Circuit c, int inputs, IntUnaryOperator expected) {
        Policy p = Policy.of(c);
        for (int row = 0; row < 1 << inputs; row++) {
            assertEquals(expected.applyAsInt(row), c.evaluate(row), "row " + row);
            assertEquals(expected.applyAsInt(row), p.output(row).getAsInt(), "policy row " + row);
        }
    }

    private static int bit(int row, int i) {
        return row >>> i & 1;
    }

    @Test
    void lookupCircuitOfTheLanguagePage() {
        Circuit c = Circuits.fromDef(def("g1", op(GateOp.AND, n("x0"), n("x1")),
                "y0", op(GateOp.XOR, n("g1"), n("x2"))), three);
        assertEquals(2, c.size());
        assertEquals(2, c.depth());
        assertEquals(List.of("x0", "x1", "x2"), c.inputNames());
        assertEquals(List.of("y0"), c.outputNames());
        // Rows 3, 4, 5, 6 are 1: 0b01111000.
        assertEquals(TruthTable.fromHex("78", 3), c.simulate().get(0));
        assertComputes(c, 3, r -> (bit(r, 0) & bit(r, 1)) ^ bit(r, 2));
    }

    @Test
    void complementsAreFreeAndAbsorbedIntoGateTables() {
        Circuit c = Circuits.fromDef(def(
                "y0", op(GateOp.OR, op(GateOp.AND, n("x0"), op(GateOp.NOT, n("x1"))),
                        op(GateOp.NOT, op(GateOp.XOR, n("x1"), n("x2"))))), three);
        assertEquals(3, c.size());
        assertComputes(c, 3, r -> (bit(r, 0) & (1 - bit(r, 1))) | (1 - (bit(r, 1) ^ bit(r, 2))));

        Circuit nand = Circuits.fromDef(def("y0", op(GateOp.NOT, op(GateOp.NAND, op(GateOp.NOT, n("x0")), n("x2")))),
                three);
        assertEquals(1, nand.size());
        assertComputes(nand, 3, r -> (1 - bit(r, 0)) & bit(r, 2));

        Circuit nor = Circuits.fromDef(def("y0", op(GateOp.XNOR, op(GateOp.NOR, n("x0"), n("x1")), n("x2"))), three);
        assertComputes(nor, 3, r -> 1 - ((1 - (bit(r, 0) | bit(r, 1))) ^ bit(r, 2)));
    }

    @Test
    void constantsFoldToLiteralsWithoutGates() {
        assertComputes(Circuits.fromDef(def("y0", op(GateOp.AND, n("x0"), c(true))), three), 3, r -> bit(r, 0));
        assertComputes(Circuits.fromDef(def("y0", op(GateOp.OR, c(true), n("x1"))), three), 3, r -> 1);
        assertComputes(Circuits.fromDef(def("y0", op(GateOp.XOR, c(true), n("x2"))), three), 3, r -> 1 - bit(r, 2));
        assertComputes(Circuits.fromDef(def("y0", op(GateOp.NAND, n("x2"), c(false))), three), 3, r -> 1);
        assertComputes(Circuits.fromDef(def("y0", op(GateOp.NOR, n("x1"), c(false))), three), 3, r -> 1 - bit(r, 1));
        assertComputes(Circuits.fromDef(def("y0", op(GateOp.AND, c(true), c(false))), three), 3, r -> 0);
        Circuit folded = Circuits.fromDef(def("g", op(GateOp.AND, n("x0"), c(true)),
                "y0", op(GateOp.XOR, n("g"), op(GateOp.NOT, n("x1")))), three);
        assertEquals(1, folded.size());
        assertComputes(folded, 3, r -> bit(r, 0) ^ (1 - bit(r, 1)));
    }

    @Test
    void severalOutputBitsFormTheCode() {
        Interface four = iface(2, "a", "b", "c", "d");  // codes 0..3: two output bits
        Circuit c = Circuits.fromDef(def("y0", n("x0"), "y1", op(GateOp.NOT, op(GateOp.AND, n("x0"), n("x1")))), four);
        assertEquals(List.of("y0", "y1"), c.outputNames());
        assertEquals(1, c.size());
        assertComputes(c, 2, r -> bit(r, 0) | (1 - (bit(r, 0) & bit(r, 1))) << 1);
        assertEquals(0b10, c.evaluate(0b00));
        assertEquals(0b01, c.evaluate(0b11));
    }

    @Test
    void policiesCompareOnTheCodesOfATarget() {
        Circuit and = Circuits.fromDef(def("y0", op(GateOp.AND, n("x0"), n("x1"))), three);
        Policy fromCircuit = Policy.of(and);
        Policy fromTable = Policy.ofOutputs(java.util.Map.of(0b011, 1, 0b000, 0, 0b111, 1), three);
        List<Integer> codes = List.of(0b111, 0b000, 0b011);
        assertEquals(fromTable.outputsOn(codes), fromCircuit.outputsOn(codes));
        assertEquals(List.of(0, 3, 7), List.copyOf(fromCircuit.outputsOn(codes).keySet()));
        assertEquals(java.util.Map.of(0b011, 1), fromTable.outputsOn(List.of(0b011, 0b101)));
    }

    @Test
    void outputsMayReuseEachOther() {
        Interface four = iface(2, "a", "b", "c", "d");
        Circuit c = Circuits.fromDef(def("y0", op(GateOp.XOR, n("x0"), n("x1")),
                "y1", op(GateOp.AND, n("y0"), n("x1"))), four);
        assertEquals(2, c.size());
        assertComputes(c, 2, r -> (bit(r, 0) ^ bit(r, 1)) | ((bit(r, 0) ^ bit(r, 1)) & bit(r, 1)) << 1);
    }
}
