package org.mincirc.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.circuit.TruthTable;
import org.mincirc.solver.Backends;

/** The fence split (Haaswijk et al. 2020) must never change an answer, only how it is found. */
class FenceTest {
    @Test
    void enumerationKeepsWhatCanBeFedAndDropsWhatCannot() {
        Set<String> one = describe(Fence.all(4, 1, 1, 4));
        // Three gates on level 1 need three consumers, the single gate above has two fan-ins.
        assertFalse(one.contains("3,1"));
        // The top level holds outputs only (no "2,2", "1,1,2", "4").
        assertEquals(Set.of("2,1,1", "1,2,1", "1,1,1,1"), one);
        Set<String> two = describe(Fence.all(3, 2, 1, 3));
        assertTrue(two.containsAll(Set.of("1,2", "2,1", "1,1,1")));
        assertFalse(two.contains("3"));
        assertEquals(Set.of("1,1,1"), describe(Fence.all(3, 1, 3, 3)), "depth range respected");
        assertTrue(Fence.all(0, 1, 0, 5).isEmpty());
    }

    @Test
    void everyCircuitWhoseGatesAllFeedSomethingHasAnEnumeratedFence() {
        Random random = new Random(2020);
        int checked = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int inputs = 2 + random.nextInt(4);
            int gates = 1 + random.nextInt(8);
            int outputs = 1 + random.nextInt(3);
            Circuit c = randomCircuit(random, inputs, gates, outputs);
            if (!allGatesUsed(c)) {
                continue;
            }
            int[] level = c.levels();
            int depth = c.depth();
            int[] perLevel = new int[depth];
            for (int g = 0; g < gates; g++) {
                perLevel[level[c.gateNode(g)] - 1]++;
            }
            assertTrue(Fence.all(gates, outputs, depth, depth).contains(new Fence(perLevel)),
                    () -> "fence of\n" + c + " missing");
            checked++;
        }
        assertTrue(checked > 1000, "enough circuits passed the all-used filter: " + checked);
    }

    static List<String> backends() {
        return Backends.all().toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void fencesAndThePlainEncodingAgreeOnEveryThreeInputFunction(String backend) {
        Backends.assumeAvailable(backend);
        SynthesisParams plain = SynthesisParams.defaults().withBackend(backend).withEncoding(EncodingChoice.SSV);
        SynthesisParams fenced = plain.withEncoding(EncodingChoice.FENCE).withThreads(2);
        for (int f = 0; f < 256; f += backend.startsWith("z3") ? 7 : 1) {
            Spec spec = Spec.ofTruthTables(List.of(TruthTable.fromHex(String.format("%02X", f), 3)));
            SynthesisResult a = SynthesizerTest.optimal(plain, spec);
            SynthesisResult b = SynthesizerTest.optimal(fenced, spec);
            assertEquals(a.cost(), b.cost(), "function " + Integer.toHexString(f));
        }
    }

    @Test
    void fencesAgreeOnFourInputFunctionsOutputPairsAndDepth() {
        Random random = new Random(7);
        SynthesisParams plain = SynthesisParams.defaults().withEncoding(EncodingChoice.SSV);
        SynthesisParams fenced = plain.withEncoding(EncodingChoice.FENCE).withThreads(2);
        SynthesisParams raced = plain.withEncoding(EncodingChoice.AUTO).withThreads(2);
        for (int trial = 0; trial < 12; trial++) {
            String hex = String.format("%04X", random.nextInt(1 << 16));
            Spec spec = SynthesizerTest.tt(4, hex);
            int cost = SynthesizerTest.optimal(plain, spec).cost();
            assertEquals(cost, SynthesizerTest.optimal(fenced, spec).cost(), hex);
            assertEquals(cost, SynthesizerTest.optimal(raced, spec).cost(), hex + " with the whole formula racing");
        }
        for (int trial = 0; trial < 6; trial++) {
            String h0 = String.format("%02X", random.nextInt(256));
            String h1 = String.format("%02X", random.nextInt(256));
            Spec spec = SynthesizerTest.tt(3, h0, h1);
            assertEquals(SynthesizerTest.optimal(plain, spec).cost(), SynthesizerTest.optimal(fenced, spec).cost(),
                    h0 + "," + h1);
        }
        // Depth bounds restrict the fences to the bound; the answer must not move.
        Spec mux = SynthesizerTest.tt(3, "CA");
        for (int bound = 2; bound <= 4; bound++) {
            assertEquals(SynthesizerTest.optimal(plain.withDepthBound(bound), mux).cost(),
                    SynthesizerTest.optimal(fenced.withDepthBound(bound), mux).cost(), "depth <= " + bound);
        }
    }

    @Test
    void fiveInputParityProvenMinimalByFences() {
        SynthesisParams fenced = SynthesisParams.defaults().withEncoding(EncodingChoice.FENCE).withThreads(2);
        SynthesisResult r = SynthesizerTest.optimal(fenced, Spec.ofTruthTables(List.of(SynthesizerTest.parity(5))));
        assertEquals(4, r.cost());
        assertTrue(r.attempts().stream().filter(a -> a.verdict() == Attempt.Verdict.SAT)
                .allMatch(a -> a.how().encoding().equals("ssv-fence")), "the answer came from a fence");
    }

    private static Set<String> describe(List<Fence> fences) {
        Set<String> names = new HashSet<>();
        fences.forEach(f -> names.add(f.describe()));
        return names;
    }

    /** A random circuit of normal gates on distinct earlier nodes (none on the constant). */
    private static Circuit randomCircuit(Random random, int inputs, int gates, int outputs) {
        List<Gate> list = new ArrayList<>();
        for (int g = 0; g < gates; g++) {
            int nodes = inputs + g;
            int a = 1 + random.nextInt(nodes);
            int b = 1 + random.nextInt(nodes - 1);
            if (b >= a) {
                b++;
            }
            list.add(new Gate(2 * (1 + random.nextInt(7)), Math.min(a, b), Math.max(a, b)));
        }
        List<Integer> outs = new ArrayList<>();
        for (int h = 0; h < outputs; h++) {
            // Mostly late gates, so that many circuits use every gate.
            int node = inputs + gates - random.nextInt(Math.min(gates, 3));
            outs.add(Lit.of(node, random.nextBoolean()));
        }
        return new Circuit(inputs, list, outs);
    }

    private static boolean allGatesUsed(Circuit c) {
        boolean[] used = new boolean[c.size()];
        for (Gate gate : c.gates()) {
            for (int node : new int[] {gate.a(), gate.b()}) {
                if (node > c.inputs()) {
                    used[node - c.inputs() - 1] = true;
                }
            }
        }
        for (int out : c.outputs()) {
            int node = Lit.node(out);
            if (node > c.inputs()) {
                used[node - c.inputs() - 1] = true;
            }
        }
        for (boolean u : used) {
            if (!u) {
                return false;
            }
        }
        return true;
    }
}
