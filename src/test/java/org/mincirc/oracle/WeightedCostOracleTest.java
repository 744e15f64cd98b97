package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.TruthTable;
import org.mincirc.model.Objective;
import org.mincirc.synth.Spec;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.SynthesisResult;
import org.mincirc.synth.SynthesisStatus;
import org.mincirc.synth.Synthesizer;

/**
 * The weighted objective {@code a·size + b·depth} against brute force: for 3-input functions the
 * least weighted cost from {@link MinimalSizes} (every circuit of up to four gates enumerated, and
 * exact only where no larger circuit can be cheaper) equals the synthesizer's proven minimum,
 * and every smaller cost is among its proofs.
 */
class WeightedCostOracleTest {
    private static final int[][] WEIGHTS = {{1, 1}, {1, 2}, {3, 1}, {1, 3}};

    @Test
    void everyThreeInputFunctionMatchesBruteForce() {
        MinimalSizes.Table table = MinimalSizes.of(3);
        int compared = 0;
        for (int[] w : WEIGHTS) {
            Objective objective = Objective.weighted(w[0], w[1]);
            SynthesisParams params = SynthesisParams.defaults().withObjective(objective).withThreads(1);
            // All 256 functions for size + depth, every third one for the other weights.
            int step = w[0] == 1 && w[1] == 1 ? 1 : 3;
            for (int f = 0; f < table.functions(); f += step) {
                int expected;
                try {
                    expected = table.weightedCost(f, w[0], w[1]);
                } catch (IllegalArgumentException beyondTheOracle) {
                    continue;
                }
                Spec spec = Spec.ofTruthTables(List.of(TruthTable.ofWords(3, new long[] {f})));
                SynthesisResult r = new Synthesizer(params).synthesize(spec);
                String what = objective + " of " + Integer.toBinaryString(f);
                assertEquals(SynthesisStatus.OPTIMAL, r.status(), what);
                Circuit c = r.circuit().orElseThrow();
                assertEquals(expected, objective.cost(c), what + "\n" + c);
                assertEquals(expected, r.cost(), what);
                assertEquals(IntStream.range(0, expected).boxed().toList(), r.proofs(), what);
                compared++;
            }
        }
        // (On three inputs, within the oracle's reach, the least-size circuit of least depth is
        // always weighted-optimal; the four-input test below is where the two part.)
        assertTrue(compared > 400, "compared " + compared);
    }

    /**
     * 0x7898 on four inputs: 5 gates need depth 4 (size then depth), at depth 3 it takes 6 gates,
     * at depth 2 (at most 3 gates) it cannot be done; so size + 2 depth is 6 + 2·3 = 12, below the
     * lexicographic 5 + 2·4 = 13. Each fact comes from the size search under a depth bound, a
     * different path from the weighted search.
     */
    @Test
    void fourInputsWhereMoreGatesAreCheaper() {
        Spec spec = Spec.ofTruthTables(List.of(TruthTable.fromHex("7898", 4)));
        SynthesisParams size = SynthesisParams.defaults().withThreads(1);
        SynthesisResult lexicographic = new Synthesizer(size.withObjective(Objective.SIZE_THEN_DEPTH)).synthesize(spec);
        assertEquals(5, lexicographic.circuit().orElseThrow().size());
        assertEquals(4, lexicographic.circuit().orElseThrow().depth());
        assertEquals(6, new Synthesizer(size.withDepthBound(3)).synthesize(spec).cost());
        assertEquals(SynthesisStatus.INFEASIBLE, new Synthesizer(size.withDepthBound(2)).synthesize(spec).status());

        Objective objective = Objective.weighted(1, 2);
        SynthesisResult r = new Synthesizer(size.withObjective(objective)).synthesize(spec);
        assertEquals(SynthesisStatus.OPTIMAL, r.status());
        Circuit c = r.circuit().orElseThrow();
        assertEquals(spec.firstViolatedRow(c), -1);
        assertEquals(6, c.size());
        assertEquals(3, c.depth());
        assertEquals(12, r.cost());
        // size + depth does not trade: 5 + 4 = 6 + 3.
        assertEquals(9, new Synthesizer(size.withObjective(Objective.weighted(1, 1))).synthesize(spec).cost());
    }

    @Test
    void theProofAnswersEveryPairBelowTheMinimum() {
        MinimalSizes.Table table = MinimalSizes.of(3);
        int checked = 0;
        for (int f = 0; f < table.functions(); f += 5) {
            int expected;
            try {
                expected = table.weightedCost(f, 1, 2);
            } catch (IllegalArgumentException beyondTheOracle) {
                continue;
            }
            Spec spec = Spec.ofTruthTables(List.of(TruthTable.ofWords(3, new long[] {f})));
            SynthesisResult r = new Synthesizer(SynthesisParams.defaults().withObjective(Objective.weighted(1, 2))
                    .withThreads(1)).synthesize(spec);
            assertEquals(expected, r.cost());
            int least = table.size(f);
            // Each pair (k, d), k from the least size on, with k + 2d below the minimum: answered
            // impossible at exactly (k, d), or bounded at depth d by a size at most k, or d is
            // below what the function's inputs need.
            for (int d = 0; least + 2 * d < expected; d++) {
                for (int k = least; k + 2 * d < expected; k++) {
                    final int size = k;
                    final int depth = d;
                    boolean answered = r.attempts().stream().anyMatch(a -> a.verdict().impossible()
                            && a.depthBound() != null && a.depthBound() == depth
                            && (a.size() == size || (a.verdict() == org.mincirc.synth.Attempt.Verdict.BOUND
                            && a.size() <= size)));
                    assertTrue(answered || d < table.depth(f), "function " + Integer.toBinaryString(f)
                            + ": size " + k + ", depth " + d + " unanswered: " + r.attempts());
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "checked " + checked);
    }
}
