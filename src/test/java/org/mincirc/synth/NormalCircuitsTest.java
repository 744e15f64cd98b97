package org.mincirc.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mincirc.model.Basis;
import org.mincirc.oracle.NaiveNormalCircuits;

/**
 * The counter against {@link NaiveNormalCircuits}, which builds every gate list as a circuit,
 * simulates it and checks that every gate is used by walking back from the outputs; nothing is
 * pruned there, so the pruning of the counter is what this tests.
 */
class NormalCircuitsTest {
    /** The counter, with every function of the naive count as a class. */
    private static void agree(int inputs, int outputs, int[] rows, int gates, Basis basis) {
        Map<List<Long>, Long> expected = NaiveNormalCircuits.count(inputs, outputs, rows, gates, basis);
        List<List<Long>> classes = new ArrayList<>(expected.keySet());
        Map<List<Long>, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        NormalCircuits.Counts counts = NormalCircuits.count(inputs, outputs, rows, gates, basis::allows,
                classes.size(), m -> {
                    List<Long> key = new ArrayList<>();
                    for (long x : m) {
                        key.add(x);
                    }
                    Integer i = index.get(key);
                    if (i == null) {
                        throw new AssertionError("the counter found a function the naive count never computes: " + key);
                    }
                    return i;
                }, Long.MAX_VALUE);
        String where = inputs + " inputs, " + outputs + " outputs, " + gates + " gates, " + basis.keyword();
        assertEquals(true, counts.complete(), where);
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), counts.all(), where);
        for (int i = 0; i < classes.size(); i++) {
            assertEquals(expected.get(classes.get(i)), counts.perClass()[i], where + ", function " + classes.get(i));
        }
    }

    private static int[] allRows(int inputs) {
        int[] rows = new int[1 << inputs];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r;
        }
        return rows;
    }

    @Test
    void agreesWithTheNaiveEnumerationOnTwoAndThreeInputs() {
        for (int gates = 0; gates <= 4; gates++) {
            agree(2, 1, allRows(2), gates, Basis.B2);
        }
        for (int gates = 0; gates <= 3; gates++) {
            agree(3, 1, allRows(3), gates, Basis.B2);
            agree(3, 1, allRows(3), gates, Basis.AIG);
        }
        for (int gates = 0; gates <= 3; gates++) {
            agree(2, 2, allRows(2), gates, Basis.B2);
        }
    }

    @Test
    void agreesOnASubsetOfRows() {
        for (int gates = 0; gates <= 3; gates++) {
            agree(3, 1, new int[] {0, 3, 5, 6}, gates, Basis.XAG);
            agree(3, 2, new int[] {1, 2, 7}, gates, Basis.B2);
        }
    }

    /** Counts worked out by hand from the definition. */
    @Test
    void smallCountsByHand() {
        // No gate: each output is 0, 1, an input or its complement.
        assertEquals(8, total(3, 1, 0, Basis.B2));
        assertEquals(36, total(2, 2, 0, Basis.B2));
        // One gate: 3 pairs of inputs, 5 normal functions, the output is the gate or its complement.
        assertEquals(3 * 5 * 2, total(3, 1, 1, Basis.B2));
        assertEquals(3 * 4 * 2, total(3, 1, 1, Basis.AIG));
        // One input has no pair to read: no gate can be placed.
        assertEquals(0, total(1, 1, 1, Basis.B2));
        // Two gates on two inputs: g1 = x0 op x1; g2 reads g1 with x0 or x1 (all used), or x0, x1
        // (then g1 must be an output too, so two outputs are needed).
        assertEquals(5 * 2 * 5 * 2, total(2, 1, 2, Basis.B2));
    }

    private static long total(int inputs, int outputs, int gates, Basis basis) {
        NormalCircuits.Counts c = NormalCircuits.count(inputs, outputs, allRows(inputs), gates, basis::allows, 0,
                m -> -1, Long.MAX_VALUE);
        assertFalse(!c.complete());
        return c.all();
    }
}
