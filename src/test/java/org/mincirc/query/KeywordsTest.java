package org.mincirc.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mincirc.lang.Loader;
import org.mincirc.model.Basis;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation;
import org.mincirc.model.Objective;
import org.mincirc.model.Query;
import org.mincirc.synth.SynthesisStatus;

/** The enums' keywords are the language's words: what a file says parses back to the same constant. */
class KeywordsTest {
    private static final String HEAD = """
            interface { inputs x0; actions a = 0, b = 1; }
            mdp M { horizon 1; state s code 0 init 1 { a -> reward 1; b -> reward 0; } }
            predicate p = act(M.s) == a;
            """;

    private static Query.Solve solve(String clauses) throws Exception {
        Document d = Loader.parse("k.mdp", HEAD + "solve q { target M; " + clauses + " }\n");
        return (Query.Solve) d.queries().get(0);
    }

    @Test
    void objectiveKeywordsAreTheMinimizeClause() throws Exception {
        for (Objective o : Objective.fixed()) {
            assertEquals(o, solve("minimize " + o.keyword() + ";").objective());
            assertEquals(o, Objective.ofOptionName(o.optionName()));
        }
        assertEquals("size-then-depth", Objective.SIZE_THEN_DEPTH.optionName());
        assertEquals(Objective.weighted(2, 3), solve("minimize 2 size + 3 depth;").objective());
        assertEquals(Objective.weighted(1, 1), solve("minimize depth + size;").objective());
        assertEquals(Objective.weighted(4, 1), solve("minimize 4 size + depth;").objective());
        assertEquals("2 size + 3 depth", Objective.weighted(2, 3).keyword());
        assertEquals("size + depth", Objective.weighted(1, 1).keyword());
        assertEquals("2size+3depth", Objective.weighted(2, 3).optionName());
        assertEquals(Objective.weighted(2, 3), Objective.ofOptionName("2size+3depth"));
        assertEquals(Objective.weighted(1, 1), Objective.ofOptionName("size + depth"));
        assertThrows(IllegalArgumentException.class, () -> Objective.ofOptionName("0size+depth"));
        assertThrows(IllegalArgumentException.class, () -> Objective.ofOptionName("size+size"));
    }

    @Test
    void basisKeywordsAreTheBasisClause() throws Exception {
        for (Basis b : Basis.values()) {
            assertEquals(b, solve("basis " + b.keyword() + ";").basis());
            assertEquals(b, Basis.ofKeyword(b.keyword()));
        }
    }

    @Test
    void statusKeywordsAreExpectStatusWords() throws Exception {
        for (SolveStatus s : SolveStatus.values()) {
            Expectation e = solve("expect status = " + s.keyword() + ";").expectations().get(0);
            assertEquals(new Expectation.Word(s.keyword()), e.value());
        }
        for (SynthesisStatus s : SynthesisStatus.values()) {
            assertEquals(s.keyword(), SolveStatus.of(s).keyword());
        }
    }

    @Test
    void decidedQuantifiersAreTheLanguageQuantifiers() throws Exception {
        for (Quantifier q : Quantifier.values()) {
            Optional<Expectation.Quant> decided = q.decided();
            if (q == Quantifier.UNKNOWN) {
                assertTrue(decided.isEmpty());
                continue;
            }
            Expectation e = solve("report p; expect p = " + q.keyword() + ";").expectations().get(0);
            assertEquals(new Expectation.Quantified(decided.orElseThrow()), e.value());
            assertEquals(q.keyword(), e.value().text());
        }
        assertEquals(Expectation.Quant.values().length, Quantifier.values().length - 1);
    }

    @Test
    void decidedVerdictsAreTheExpectWords() throws Exception {
        Document d = Loader.parse("k.mdp", """
                interface { inputs x0; actions a = 0, b = 1; }
                mdp M { horizon 1; state s code 0 init 1 { a -> reward 1; b -> reward 0; } }
                family F { M: 1 }
                predicate p = act(M.s) == a;
                lemma h { family F; bad M; predicate p; expect holds; }
                lemma f { family F; bad M; predicate p; expect fails; }
                """);
        List<Verdict> decided = Arrays.stream(Verdict.values()).filter(Verdict::decided).toList();
        assertEquals(List.of(Verdict.HOLDS, Verdict.FAILS), decided);
        for (int i = 0; i < decided.size(); i++) {
            assertEquals(new Expectation.Word(decided.get(i).keyword()),
                    d.queries().get(i).expectations().get(0).value());
        }
    }
}
