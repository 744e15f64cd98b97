package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mincirc.lang.Loader;
import org.mincirc.model.Basis;
import org.mincirc.model.Document;
import org.mincirc.model.Query;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.SolveResult;

/**
 * Profiles against {@link ProfileOracle}: every policy of the care codes tried, minimal sizes
 * from {@link MinimalSizes}, circuit counts from {@link NaiveNormalCircuits}. The same numbers
 * must come out, size by size, predicate by predicate.
 */
class ProfileOracleTest {
    private static final int BOUND = 4;
    private static final int NAIVE_CIRCUITS_UP_TO = 3;

    /** A profile asking what a solve query asks, over sizes 0..4, counting circuits. */
    private static Query.Profile profileOf(Query.Solve s) {
        return new Query.Profile(s.name(), s.target(), s.returnRequirement(), s.requires(), Basis.B2, s.reports(),
                BOUND, true, Optional.empty(), List.of(), s.pos());
    }

    private static void agree(Document doc, Query.Profile query, String where) {
        QueryResult result = new QueryRunner(doc).run(query);
        assertTrue(result instanceof ProfileResult, where + ": " + result);
        ProfileResult r = (ProfileResult) result;
        assertTrue(r.complete(), where + ": " + r.message());
        TreeMap<Integer, ProfileOracle.Level> expected = ProfileOracle.profile(doc, query, NAIVE_CIRCUITS_UP_TO);
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected.firstKey()), r.minimum(), where);
        assertEquals(new ArrayList<>(expected.keySet()), r.levels().stream().map(ProfileResult.Level::cost).toList(),
                where);
        for (ProfileResult.Level l : r.levels()) {
            ProfileOracle.Level o = expected.get(l.cost());
            String at = where + ", size " + l.cost();
            assertEquals(o.policies(), l.policyCount(), at);
            assertEquals(o.satisfying(), l.satisfying(), at);
            ProfileResult.CircuitCount c = l.circuits().orElseThrow();
            if (o.circuits() >= 0) {
                assertEquals(o.allCircuits(), c.all(), at);
                assertEquals(o.circuits(), c.qualifying(), at);
                assertEquals(o.satisfyingCircuits(), c.satisfying(), at);
            }
        }
    }

    @Test
    void theSeedProfile() throws Exception {
        Document doc = Loader.load(Path.of("instances/lottery/seed-profile.mdp"));
        Query.Profile q = (Query.Profile) doc.queries().get(0);
        Query.Profile bounded = new Query.Profile(q.name(), q.target(), q.returnRequirement(), q.requires(), q.basis(),
                q.reports(), BOUND, true, Optional.empty(), List.of(), q.pos());
        agree(doc, bounded, "seed");
        // The sizes the oracle found, written out: 1 + 6 + 2 + 2 policies, all but one deceptive.
        TreeMap<Integer, ProfileOracle.Level> o = ProfileOracle.profile(doc, bounded, NAIVE_CIRCUITS_UP_TO);
        assertEquals(List.of(1, 6, 2, 2), o.values().stream().map(ProfileOracle.Level::policies).toList());
        assertEquals(List.of(1, 5, 2, 2), o.values().stream().map(l -> l.satisfying().get("deceptive")).toList());
    }

    /** The first level of a profile is what solve calls the minimal policies. */
    @Test
    void theLeastSizeIsSolvesMinimum() throws Exception {
        Document doc = Loader.load(Path.of("instances/hubinger/seed.mdp"));
        Query.Solve s = (Query.Solve) doc.queries().get(0);
        SolveResult solved = (SolveResult) new QueryRunner(doc).run(s);
        ProfileResult p = (ProfileResult) new QueryRunner(doc).run(profileOf(s));
        assertEquals(solved.circuit().orElseThrow().size(), p.minimum().orElseThrow());
        assertEquals(solved.policies().orElseThrow(), p.levels().get(0).policyCount());
    }

    @TestFactory
    Stream<DynamicTest> randomFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        RandomMdps.Kind[] kinds = {RandomMdps.Kind.BANDIT, RandomMdps.Kind.DETERMINISTIC, RandomMdps.Kind.STOCHASTIC,
                RandomMdps.Kind.FAMILY};
        for (RandomMdps.Kind kind : kinds) {
            for (int i = 0; i < 4; i++) {
                RandomMdps.Case c = RandomMdps.generate(kind, i);
                tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                    Document doc = Loader.parse(c.name() + ".mdp", c.text());
                    for (Query q : doc.queries()) {
                        if (q instanceof Query.Solve s) {
                            agree(doc, profileOf(s), c.name() + " " + s.name());
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Not a test that cannot fail: the random files do hold policies of several sizes. */
    @Test
    void theRandomFilesProfileSeveralSizes() throws Exception {
        int sizes = 0;
        for (int i = 0; i < 4; i++) {
            RandomMdps.Case c = RandomMdps.generate(RandomMdps.Kind.BANDIT, i);
            Document doc = Loader.parse(c.name() + ".mdp", c.text());
            Query.Solve s = (Query.Solve) doc.queries().get(0);
            sizes += (int) ProfileOracle.profile(doc, profileOf(s), -1).values().stream()
                    .filter(l -> l.policies() > 0).count();
        }
        assertTrue(sizes >= 6, "only " + sizes + " non-empty levels");
    }

    /**
     * Five inputs, 32 care codes: more outputs than the counter's dense table takes, so circuits
     * are classified through the hashed path. Only xor(x0, x1) meets the threshold; the naive
     * count says how many normal circuits of 1 and 2 gates compute it.
     */
    @Test
    void fiveInputsAgreeWithTheNaiveCount() throws Exception {
        StringBuilder text = new StringBuilder("interface { inputs x0 x1 x2 x3 x4; actions wait = 0, press = 1; }\n"
                + "mdp M { horizon 1;\n");
        int[] rows = new int[32];
        long xor = 0;
        for (int code = 0; code < 32; code++) {
            rows[code] = code;
            boolean press = ((code & 1) ^ (code >>> 1 & 1)) == 1;
            xor |= press ? 1L << code : 0;
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                digits.append(code >>> i & 1);
            }
            text.append("  state s").append(code).append(" code ").append(digits).append(" init 1/32 { wait -> reward ")
                    .append(press ? 0 : 1).append("; press -> reward ").append(press ? 1 : 0).append("; }\n");
        }
        text.append("}\nprofile p { target M; require return >= optimal; up to size 2; count circuits; }\n");
        Document doc = Loader.parse("five.mdp", text.toString());
        ProfileResult r = (ProfileResult) new QueryRunner(doc).run(doc.queries().get(0));
        assertEquals(Optional.of(1), r.minimum());
        for (int gates = 1; gates <= 2; gates++) {
            Map<List<Long>, Long> naive = NaiveNormalCircuits.count(5, 1, rows, gates, Basis.B2);
            ProfileResult.CircuitCount c = r.level(gates).orElseThrow().circuits().orElseThrow();
            assertEquals(naive.getOrDefault(List.of(xor), 0L), c.qualifying(), "size " + gates);
            assertEquals(naive.values().stream().mapToLong(Long::longValue).sum(), c.all(), "size " + gates);
        }
        assertEquals(1, r.level(1).orElseThrow().circuits().orElseThrow().qualifying());
    }
}
