package org.mincirc.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mincirc.lang.Loader;

/**
 * A lemma must use the union of its own family. These three files once got the union of
 * another family over the same members (same member names and state counts, other weights),
 * and with it a wrong verdict: "fails" where the lemma holds. Pinned on every backend.
 */
class LemmaOwnUnionTest {
    private static final String HEAD = """
            interface { inputs x0; actions a = 0, b = 1; }
            mdp A { horizon 1; state s code 0 init 1 { a -> reward 1; b -> reward 0; } }
            mdp B { horizon 1; state t code 1 init 1 { a -> reward 0; b -> reward 1; } }
            family F1 { A: 1/2, B: 1/2 }
            family F2 { A: 1/10, B: 9/10 }
            """;
    private static final String LEMMA = """
            predicate dec = exists v in B : act(v) == b;
            lemma L1 { family F1; bad B; predicate dec; require return >= 1/2; }
            """;

    /** Another family's union declared before the lemma. */
    private static final String OTHER_UNION = HEAD + "mdp U2 = union F2;\n" + LEMMA;
    /** Another family's union declared before the lemma's own one. */
    private static final String BOTH_UNIONS = HEAD + "mdp U2 = union F2;\nmdp U1 = union F1;\n" + LEMMA;

    /**
     * Two inputs, threshold 9/10: the family needs xor (1 gate); the other family's union is
     * served by "always b" (9/10 of its weight on B), which once gave "costs differ: 1 and 0".
     */
    private static final String COSTS = """
            interface { inputs x0 x1; actions a = 0, b = 1; }
            mdp A { horizon 1;
              state s00 code 00 init 1/2 { a -> reward 1; b -> reward 0; }
              state s11 code 11 init 1/2 { a -> reward 1; b -> reward 0; } }
            mdp B { horizon 1;
              state t01 code 01 init 1/2 { a -> reward 0; b -> reward 1; }
              state t10 code 10 init 1/2 { a -> reward 0; b -> reward 1; } }
            family F1 { A: 1/2, B: 1/2 }
            family F2 { A: 1/10, B: 9/10 }
            mdp U2 = union F2;
            predicate dec = exists v in B : act(v) == b;
            lemma L1 { family F1; bad B; predicate dec; require return >= 9/10; }
            """;

    private static LemmaResult lemma(String text, String backend) throws Exception {
        org.mincirc.solver.Backends.assumeAvailable(backend);
        QueryRunner runner = new QueryRunner(Loader.parse("own-union.mdp", text),
                RunOptions.defaults().withBackend(backend));
        QueryResult r = runner.runAll().get(0);
        assertTrue(r instanceof LemmaResult, () -> "not a lemma result: " + r);
        return (LemmaResult) r;
    }

    @ParameterizedTest
    @MethodSource("org.mincirc.solver.Backends#all")
    void anotherFamilysUnionIsNotTaken(String backend) throws Exception {
        for (String text : new String[] {OTHER_UNION, BOTH_UNIONS}) {
            LemmaResult r = lemma(text, backend);
            assertEquals(Verdict.HOLDS, r.verdict(), r.reason());
            assertEquals(Optional.of(0), r.family().cost());
            assertEquals(Optional.of(0), r.unionSide().cost());
            assertEquals(Optional.of(3), r.family().policies());
            assertEquals(Optional.of(3), r.unionSide().policies());
            assertEquals(Optional.of(true), r.samePolicies());
            assertEquals(Quantifier.SOME, r.premise());
            assertEquals(Quantifier.SOME, r.conclusion());
        }
    }

    @ParameterizedTest
    @MethodSource("org.mincirc.solver.Backends#all")
    void theDeclaredOwnUnionIsUsed(String backend) throws Exception {
        assertEquals("U1", lemma(BOTH_UNIONS, backend).union().name());
        assertEquals("F1_union", lemma(OTHER_UNION, backend).union().name());
    }

    @ParameterizedTest
    @MethodSource("org.mincirc.solver.Backends#all")
    void costsAgreeWhenTheOwnUnionIsUsed(String backend) throws Exception {
        LemmaResult r = lemma(COSTS, backend);
        assertEquals(Verdict.HOLDS, r.verdict(), r.reason());
        assertEquals(Optional.of(1), r.family().cost());
        assertEquals(Optional.of(1), r.unionSide().cost());
        assertEquals(Optional.of(true), r.samePolicies());
        assertEquals(Quantifier.ALL, r.premise());
        assertEquals(Quantifier.ALL, r.conclusion());
    }
}
