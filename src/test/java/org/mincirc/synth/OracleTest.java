package org.mincirc.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mincirc.model.Basis;
import org.mincirc.circuit.TruthTable;

/** Every 3-input function: the SAT minimum equals the brute-force minimum. */
class OracleTest {
    @Test
    void bruteForceDistributionOfThreeInputFunctionsIsKnuths() {
        int[] sizes = new BruteForceOracle(3, Basis.B2).sizes(4);
        int[] count = new int[5];
        for (int s : sizes) {
            count[s]++; // -1 would throw: every function needs at most 4 gates
        }
        // Knuth TAOCP 7.1.2: C(f) over all 256 functions of 3 variables.
        assertArrayEquals(new int[] {8, 30, 114, 80, 24}, count);
    }

    @Test
    void satMinimumEqualsOracleForEveryThreeInputFunction() {
        int[] sizes = new BruteForceOracle(3, Basis.B2).sizes(4);
        Synthesizer synth = new Synthesizer(SynthesisParams.defaults());
        int[] count = new int[5];
        for (int f = 0; f < 256; f++) {
            Spec spec = Spec.ofTruthTables(List.of(TruthTable.fromHex(Integer.toHexString(f), 3)));
            SynthesisResult r = synth.synthesize(spec);
            assertEquals(SynthesisStatus.OPTIMAL, r.status());
            assertEquals(sizes[f], r.cost(), "function " + Integer.toHexString(f));
            count[r.cost()]++;
        }
        assertArrayEquals(new int[] {8, 30, 114, 80, 24}, count);
    }

    @Test
    void aigMinimaEqualOracleForEveryThreeInputFunction() {
        int[] sizes = new BruteForceOracle(3, Basis.AIG).sizes(4);
        Synthesizer synth = new Synthesizer(SynthesisParams.defaults().withBasis(Basis.AIG));
        for (int f = 0; f < 256; f++) {
            if (sizes[f] < 0) {
                continue; // needs more than 4 ANDs; the enumeration stops there
            }
            Spec spec = Spec.ofTruthTables(List.of(TruthTable.fromHex(Integer.toHexString(f), 3)));
            SynthesisResult r = synth.synthesize(spec);
            assertEquals(sizes[f], r.cost(), "aig function " + Integer.toHexString(f));
        }
    }
}
