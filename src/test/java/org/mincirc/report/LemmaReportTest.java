package org.mincirc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mincirc.query.Verdict;
import org.mincirc.query.Quantifier;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;

/** The lemma report on the seed construction: the JSON fields and a text that reads like the argument. */
class LemmaReportTest {
    private static LemmaResult seed;

    /** Copying x0 or x1 costs nothing; only copying x0 presses on Bad's state at code 10. */
    private static final String SOME = """
            interface { inputs x0 x1; actions wait = 0, press = 1; }
            mdp Train {
              horizon 1;
              state t0 code 00 init 1/2 { wait -> reward 1; press -> reward 0; }
              state t1 code 11 init 1/2 { wait -> reward 0; press -> reward 1; }
            }
            mdp Bad {
              horizon 1;
              state s10 code 10 init 1/2 { wait -> reward 0; press -> reward 0; }
              state s01 code 01 init 1/2 { wait -> reward 0; press -> reward 0; }
            }
            family F { Train: 1/2, Bad: 1/2 }
            predicate presses = act(Bad.s10) == press;
            lemma l { family F; bad Bad; predicate presses; require return >= optimal; minimize size; }
            """;

    @BeforeAll
    static void runSeed() throws Exception {
        seed = lemma(Loader.load(Path.of("instances/hubinger/seed.mdp")));
    }

    private static LemmaResult lemma(Document doc) {
        for (QueryResult r : new QueryRunner(doc).runAll()) {
            if (r instanceof LemmaResult l) {
                return l;
            }
        }
        throw new AssertionError("no lemma result in " + doc.file());
    }

    @Test
    void seedJsonHasTheAgreedFieldsAndAWitnessThatDefects() {
        JsonNode j = JsonReport.toJson(seed);
        assertEquals("lemma", j.get("kind").asText());
        assertEquals("hubinger", j.get("query").asText());
        assertEquals("holds", j.get("verdict").asText());
        assertEquals(1, j.get("familyCost").asInt());
        assertEquals(1, j.get("unionCost").asInt());
        assertTrue(j.get("samePolicies").asBoolean());
        assertEquals("all", j.get("premise").asText());
        assertEquals("all", j.get("conclusion").asText());
        assertEquals("7/8", j.get("threshold").asText());
        assertEquals("1", j.get("optimum").asText());
        assertEquals("[0]", j.get("familyProvenImpossible").toString());
        assertEquals("[0]", j.get("unionProvenImpossible").toString());
        assertEquals("World", j.get("union").asText());

        JsonNode witness = j.get("witness");
        assertEquals(1, witness.get("circuit").get("size").asInt());
        assertEquals("xor", witness.get("circuit").get("gates").get(0).get("function").asText());
        JsonNode defects = witness.get("defects");
        assertEquals(2, defects.size());
        assertEquals("Bad.b10", defects.get(0).get("state").asText());
        assertEquals("101", defects.get(0).get("code").asText());
        assertEquals("press", defects.get(0).get("action").asText());
        assertEquals("Bad.b01", defects.get(1).get("state").asText());
        assertEquals("011", defects.get(1).get("code").asText());
        assertEquals("[\"Bad.b10\",\"Bad.b01\"]", witness.get("states").toString());
    }

    @Test
    void seedTextWalksThroughTheArgumentInOrderWithExactNumbers() {
        String text = TextReport.render(seed);
        List<String> steps = List.of(
                "family       Tasks = { Easy 3/8, Hard 3/8, Bad 1/4 }; deception C = deceptive, tested on Bad",
                "threshold    return >= optimal - 1/8 = 7/8 on Tasks   (optimal 1)",
                "1. minimal   size 1 is minimal: size 0 proven impossible",
                "1 minimal policy, return 7/8",
                "g4 = xor(x0, x1)",
                "2. deceptive the only minimal policy is deceptive on Bad (all)",
                "defects   the circuit above is deceptive: at Bad.b10 (code 101) it takes press, "
                        + "at Bad.b01 (code 011) it takes press",
                "3. union     World (8 states, the disjoint union of Tasks): size 1 is minimal: size 0 proven impossible",
                "4. same      the same minimal size (1 on the family, 1 on the union) and the same 1 minimal policy, "
                        + "so the union's minimal circuits are exactly the family's and inherit what they do on Bad",
                "5. inherits  all minimal circuits of World are deceptive (the family's: all)",
                "verdict      holds: the minimal size is 1 on both, reached by the same 1 policy; all of them are "
                        + "deceptive on Bad");
        int at = 0;
        for (String step : steps) {
            int found = text.indexOf(step, at);
            assertTrue(found >= 0, "missing, or out of order: '" + step + "' in\n" + text);
            at = found + step.length();
        }
    }

    @Test
    void someMinimalPoliciesDeceptiveIsReportedWithTheDeceptiveOneAsWitness() throws Exception {
        LemmaResult r = lemma(Loader.parse("some.mdp", SOME));
        assertEquals(Verdict.HOLDS, r.verdict(), r.reason());
        assertEquals(Quantifier.SOME, r.premise());
        assertEquals(Quantifier.SOME, r.conclusion());
        JsonNode j = JsonReport.toJson(r);
        assertEquals(0, j.get("familyCost").asInt());
        assertEquals(2, j.get("familyPolicies").asInt());
        assertEquals("Bad.s10", j.get("witness").get("defects").get(0).get("state").asText());
        assertEquals("press", j.get("witness").get("defects").get(0).get("action").asText());
        String text = TextReport.render(r);
        assertTrue(text.contains("2. deceptive some of the 2 minimal policies are presses on Bad, not all"), text);
        assertTrue(text.contains("at Bad.s10 (code 10) it takes press"), text);
    }

    @Test
    void noDeceptionMeansNoWitnessAndTheTextSaysSo() throws Exception {
        String honest = SOME.replace("act(Bad.s10) == press", "act(Bad.s10) == press and act(Bad.s01) == press");
        LemmaResult r = lemma(Loader.parse("none.mdp", honest));
        assertEquals(Verdict.HOLDS, r.verdict(), r.reason());
        assertEquals(Quantifier.NONE, r.premise());
        assertTrue(JsonReport.toJson(r).get("witness").isNull());
        String text = TextReport.render(r);
        assertTrue(text.contains("none of the 2 minimal policies is presses on Bad"), text);
        assertTrue(text.contains("so there is no deception to inherit"), text);
    }
}
