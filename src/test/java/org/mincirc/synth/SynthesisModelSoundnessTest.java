package org.mincirc.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mincirc.circuit.Circuit;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;

/**
 * Every candidate the driver hands to a check must satisfy the constraints the hooks added.
 * sat4j with database simplification on broke this: a pseudo-Boolean constraint plus a
 * Tseitin-defined unit clause over the output literals gave models (and so candidates) that
 * violated both, and a blocking loop that never ended.
 */
class SynthesisModelSoundnessTest {
    /** rows 0..3 want outputs 0,1,1,0 (weight 3 each), rows 4..7 want 0 (weight 1); need 14 of 16. */
    private static final int[] WANT = {0, 1, 1, 0, 0, 0, 0, 0};

    @Test
    void candidatesSatisfyPseudoBooleanAndUnitConstraints() {
        Spec.Builder b = Spec.builder(3, 1);
        for (int r = 0; r < 8; r++) {
            b.allow(r, 0, 1);
        }
        List<String> violations = new ArrayList<>();
        int[] checks = {0};
        SynthesisHooks hooks = new SynthesisHooks() {
            @Override
            public Judge attach(OutputLiterals lits) {
                Backend backend = lits.backend();
                int[] terms = new int[8];
                List<BigInteger> coefs = new ArrayList<>();
                for (int r = 0; r < 8; r++) {
                    int y = lits.outputLit(r, 0);
                    terms[r] = WANT[r] == 1 ? y : -y;
                    coefs.add(BigInteger.valueOf(r < 4 ? 3 : 1));
                }
                backend.addPseudoBoolean(terms, coefs, Comparison.AT_LEAST, BigInteger.valueOf(14));
                // v <-> none of rows 4..7 outputs 1, asserted as a unit clause.
                int v = backend.newVar();
                int[] back = new int[5];
                back[0] = v;
                for (int r = 4; r < 8; r++) {
                    int y = lits.outputLit(r, 0);
                    backend.addClause(-v, -y);
                    back[r - 3] = y;
                }
                backend.addClause(back);
                backend.addClause(v);
                return c -> {
                    checks[0]++;
                    if (!meets(c)) {
                        violations.add("candidate from the encoding violates its constraints: " + c);
                    }
                    return CandidateVerdict.ACCEPT;
                };
            }

            /** The fallback construction came from no encoding: judge it, nothing more. */
            @Override
            public boolean accepts(Circuit c) {
                return meets(c);
            }

            private boolean meets(Circuit c) {
                int score = 0;
                boolean waitsOnHighRows = true;
                for (int r = 0; r < 8; r++) {
                    if (c.evaluate(r) == WANT[r]) {
                        score += r < 4 ? 3 : 1;
                    }
                    waitsOnHighRows &= r < 4 || c.evaluate(r) == 0;
                }
                return score >= 14 && waitsOnHighRows;
            }
        };
        SynthesisResult result = new Synthesizer(SynthesisParams.defaults()).synthesize(b.build(), hooks,
                ProgressListener.NONE);
        assertTrue(violations.isEmpty(), violations.toString());
        assertEquals(SynthesisStatus.OPTIMAL, result.status());
        // xor(x0, x1) with x2 forcing 0: and(xor(x0, x1), not x2) -> 2 gates.
        assertEquals(2, result.circuit().orElseThrow().size());
        assertNotEquals(0, checks[0]);
    }
}
