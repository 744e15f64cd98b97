package org.mincirc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.UnsupportedResult;

/** One result of every kind goes through every renderer: text, JSON, JUnit, check table, catalog, circuit files. */
class EveryKindRendersTest {
    private static final String DOC = """
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
            solve s { target Train; require return >= optimal; minimize size; report presses; expect status = optimal; }
            lemma l { family F; bad Bad; predicate presses; require return >= optimal; minimize size; }
            circuit Copy { y0 = x0; }
            eval e { target Train; circuit Copy; report presses; expect valid = true; }
            profile p { target Train; require return >= optimal; report presses; up to size 2; count circuits;
                        expect minimum = 0; }
            mdp Pick(k) { horizon 1; state s code 00 init 1 { wait -> reward (1 - k); press -> reward (k); } }
            solve sr { target Pick(k = 0..1); require return >= optimal; report presses; plot "sr.svg";
                       expect Pick_k0.size = 0; expect Pick_k1.policies = 3; }
            """;

    private static Document doc;
    private static List<QueryResult> results;

    @BeforeAll
    static void runOneOfEachKind() throws Exception {
        doc = Loader.parse("kinds.mdp", DOC);
        results = new ArrayList<>(new QueryRunner(doc).runAll());
        results.add(new FailedResult(doc.queries().get(0), "kinds.mdp", FailedResult.Kind.TIMEOUT, "time ran out",
                Duration.ZERO));
        results.add(new UnsupportedResult(doc.queries().get(1), "kinds.mdp", "not yet"));
    }

    /** The kinds, by the visitor itself: a new kind must be added here too, or this fails to compile. */
    private static String kindOf(QueryResult r) {
        return r.accept(new QueryResult.Visitor<String>() {
            @Override
            public String eval(EvalResult result) {
                return "eval";
            }

            @Override
            public String solve(SolveResult result) {
                return "solve";
            }

            @Override
            public String lemma(LemmaResult result) {
                return "lemma";
            }

            @Override
            public String profile(ProfileResult result) {
                return "profile";
            }

            @Override
            public String series(SeriesResult result) {
                return "series";
            }

            @Override
            public String failed(FailedResult result) {
                return "failed";
            }

            @Override
            public String unsupported(UnsupportedResult result) {
                return "unsupported";
            }
        });
    }

    @Test
    void theFixtureHoldsEveryKind() {
        Set<String> kinds = new TreeSet<>();
        results.forEach(r -> kinds.add(kindOf(r)));
        assertEquals(Set.of("eval", "solve", "lemma", "profile", "series", "failed", "unsupported"), kinds);
    }

    @Test
    void everyRendererHandlesEveryKind() {
        for (QueryResult r : results) {
            String name = r.query().name();
            assertTrue(TextReport.render(r).startsWith(r.query().kind() + " " + name), kindOf(r));
            assertTrue(JsonReport.toJson(r).has("query"), kindOf(r));
            assertTrue(KeyResults.of(r).startsWith(name + ": "), kindOf(r));
            assertFalse(CheckTable.status(r).isEmpty(), kindOf(r));
            CircuitFiles.of(r, doc.iface(), "kinds");
        }
        assertTrue(JunitReport.render(results).contains("<testsuite name=\"kinds.mdp\" tests=\"7\" failures=\"0\""
                + " errors=\"1\" skipped=\"1\""), JunitReport.render(results));
        assertTrue(CheckTable.render(results).endsWith("5 passed, 1 failed, 1 skipped\n"), CheckTable.render(results));
        assertTrue(CatalogTable.render(List.of(new CatalogTable.Entry("kinds.mdp", "every kind")), results)
                .contains("s: size"));
    }

    @Test
    void eachKindSaysWhatItIs() {
        assertEquals(List.of("solve", "lemma", "eval", "profile", "series", "failed", "unsupported"),
                results.stream().map(EveryKindRendersTest::kindOf).toList());
        assertEquals("TIMEOUT", CheckTable.status(results.get(5)));
        assertEquals("SKIP", CheckTable.status(results.get(6)));
        assertEquals("s: timeout", KeyResults.of(results.get(5)));
        assertEquals("l: skipped", KeyResults.of(results.get(6)));
        // Pick_k0 wants wait, Pick_k1 press, on the one code 00: zero gates each; Pick_k1 three ways
        // over the file's four codes (constant press, not x0, not x1).
        assertEquals("sr: sizes 0 0 over k = 0..1", KeyResults.of(results.get(4)));
        assertEquals("pass", CheckTable.status(results.get(4)));
        assertTrue(CircuitFiles.of(results.get(4), doc.iface(), "kinds").stream()
                .anyMatch(f -> f.name().startsWith("kinds.sr.Pick_k1.1.")), "a series writes its members' circuits");
        assertTrue(JsonReport.toJson(results.get(4)).get("members").get(1).get("instance").asText().equals("Pick_k1"));
        assertTrue(TextReport.render(results.get(4)).contains("ok"), TextReport.render(results.get(4)));
        // Copying x0 or x1 is right on Train at no cost; and, or at one gate; x0 and or press at 10.
        assertEquals("p: profile by size 0:2 presses 1, 1:2 presses 1, 2:0 presses 0", KeyResults.of(results.get(3)));
        assertTrue(CircuitFiles.of(results.get(3), doc.iface(), "kinds").isEmpty(), "a profile writes none");
        assertFalse(CircuitFiles.of(results.get(0), doc.iface(), "kinds").isEmpty(), "a solve writes its circuits");
        assertTrue(CircuitFiles.of(results.get(2), doc.iface(), "kinds").isEmpty(), "an eval writes none");
    }
}
