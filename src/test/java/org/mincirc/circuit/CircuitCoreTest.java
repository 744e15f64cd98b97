package org.mincirc.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The circuit core: table conventions, simulation against evaluation, depth, dangling gates. */
class CircuitCoreTest {
    private static final int AND = 0b1000, OR = 0b1110, XOR = 0b0110;

    private static Circuit majority() {
        return new Circuit(3, List.of(new Gate(AND, 1, 2), new Gate(OR, 1, 2), new Gate(AND, 3, 5), new Gate(OR, 4, 6)),
                List.of(Lit.of(7, false)));
    }

    @Test
    void hexPutsTheHighestRowsFirst() {
        assertEquals("e8", majority().simulate().get(0).toHex(), "3-input majority is e8");
        assertEquals(TruthTable.fromHex("e8", 3), majority().simulate().get(0));
        assertEquals("aa", TruthTable.variable(3, 0).toHex());
        assertEquals("f0", TruthTable.variable(3, 2).toHex());
        assertEquals("6", TruthTable.fromHex("0x6", 2).toHex());
        assertEquals("0000000000000000ffffffffffffffff", TruthTable.variable(7, 6).not().toHex());
        assertThrows(IllegalArgumentException.class, () -> TruthTable.fromHex("1ff", 3));
        assertEquals(TruthTable.fromHex("0ff", 3), TruthTable.fromHex("ff", 3), "leading zeros are fine");
    }

    @Test
    void gateTableBitIsAPlusTwoB() {
        Gate aAndNotB = new Gate(0b0010, 1, 2);
        assertTrue(aAndNotB.eval(true, false));
        assertFalse(aAndNotB.eval(false, true));
        assertEquals(0b0100, Gate.swap(0b0010));
        assertEquals(0b1000, Gate.complementA(0b0100));
        assertEquals(0b1000, Gate.complementB(0b0010));
        assertTrue(Gate.dependsOnBoth(XOR));
        assertFalse(Gate.dependsOnBoth(0b1010), "the projection onto a");
        assertFalse(Gate.dependsOnBoth(0b1100), "the projection onto b");
    }

    @Test
    void bitParallelSimulationAgreesWithRowByRowEvaluation() {
        Random r = new Random(11);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + r.nextInt(8); // beyond 6 inputs: several words
            List<Gate> gates = new ArrayList<>();
            for (int g = 0; g < 12; g++) {
                int node = n + 1 + g;
                gates.add(new Gate(r.nextInt(16), r.nextInt(node), r.nextInt(node)));
            }
            List<Integer> outs = new ArrayList<>();
            for (int h = 0; h < 3; h++) {
                outs.add(r.nextInt(2 * (n + 1 + gates.size())));
            }
            Circuit c = new Circuit(n, gates, outs);
            List<TruthTable> tables = c.simulate();
            for (int row = 0; row < 1 << n; row++) {
                int code = c.evaluate(row);
                for (int h = 0; h < 3; h++) {
                    assertEquals((code >>> h & 1) == 1, tables.get(h).get(row), "trial " + trial + " row " + row);
                }
            }
        }
    }

    @Test
    void depthCountsGatesOnTheLongestPathToAnOutput() {
        assertEquals(3, majority().depth());
        Circuit shallowOutput = new Circuit(2, List.of(new Gate(AND, 1, 2), new Gate(OR, 3, 1)), List.of(Lit.of(3, true)));
        assertEquals(1, shallowOutput.depth(), "a deeper gate that no output reads does not count");
        assertEquals(0, new Circuit(1, List.of(), List.of(Lit.TRUE, Lit.of(1, true))).depth());
    }

    @Test
    void withoutDanglingGatesKeepsFunctionAndDropsOnlyUnreadGates() {
        Circuit c = new Circuit(3, List.of(
                new Gate(XOR, 1, 2),    // 4: dangling
                new Gate(AND, 1, 3),    // 5
                new Gate(OR, 4, 1),     // 6: dangling
                new Gate(XOR, 5, 2)),   // 7
                List.of(Lit.of(7, true), Lit.of(5, false), Lit.of(2, false), Lit.FALSE),
                List.of("a", "b", "c"), List.of("p", "q", "r", "s"));
        Circuit trimmed = c.withoutDanglingGates();
        assertEquals(2, trimmed.size());
        assertEquals(c.simulate(), trimmed.simulate());
        assertEquals(c.inputNames(), trimmed.inputNames());
        assertEquals(c.outputNames(), trimmed.outputNames());
        assertEquals(List.of(new Gate(AND, 1, 3), new Gate(XOR, 4, 2)), trimmed.gates());
    }

    @Test
    void constructorRejectsForwardFaninsAndUnknownOutputs() {
        assertThrows(IllegalArgumentException.class, () -> new Circuit(1, List.of(new Gate(AND, 1, 2)), List.of(0)));
        assertThrows(IllegalArgumentException.class, () -> new Circuit(1, List.of(), List.of(Lit.of(2, false))));
        assertThrows(IllegalArgumentException.class, () -> new Circuit(1, List.of(), List.of(2), List.of(), List.of("y")));
    }
}
