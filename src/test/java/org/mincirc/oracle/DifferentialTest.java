package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mincirc.query.Verdict;
import org.mincirc.query.Quantifier;
import org.mincirc.query.SolveStatus;
import org.mincirc.model.Document;
import org.mincirc.model.Query;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.RunOptions;
import org.mincirc.solver.Backends;

/**
 * Differential testing of solve and lemma against the brute-force {@link PolicyOracle}, on every
 * backend of the registry. Each seeded file has a random family F (bandit, deterministic,
 * stochastic or discounted members; rational weights; shared codes; predicates with action and
 * return atoms), its union U, and a rival family G over the same members with other weights
 * whose union V is declared first: the shape that once made a lemma take another family's
 * union. Its queries: a lemma on F with a random deception predicate, threshold, objective and
 * basis, and a solve on F asking the same, reporting the predicate.
 *
 * <p>Checked: the solve agrees with the oracle in every field it reports; the lemma holds, with
 * the oracle's minimal cost on both sides, the same policies, and the oracle's quantifier as
 * premise and conclusion. {@code -Ddiff.cases=N} sets the number of files (default 60, each run
 * on every available backend); {@code mvn verify -Pstress} runs 1000.
 */
class DifferentialTest {
    static final int CASES = Integer.getInteger("diff.cases", 60);
    private static final Pattern LINE = Pattern.compile("^  (require|minimize|basis) .*;$", Pattern.MULTILINE);
    private static final Pattern WEIGHTS = Pattern.compile("family F \\{ (.*) }");

    record Case(String name, String text) {}

    static Case generate(int index) {
        long seed = 31_337L + 15_485_863L * index;
        Random rnd = new Random(seed);
        RandomMdps.Kind kind = RandomMdps.Kind.values()[index % 4];
        RandomMdps.Case family = RandomMdps.familyOnly(seed, kind);
        String text = withRivalFamily(family.text(), rnd);
        // The oracle enumerates b2 circuits only (LemmaStressTest covers aig against the invariant).
        String lemma = LemmaStressTest.lemma(rnd, LemmaStressTest.members(text)).replace("  basis aig;\n", "");
        return new Case("differential #" + index + " " + kind.name().toLowerCase() + " (seed " + seed + ")",
                text + lemma + solveLike(lemma));
    }

    /** "family G" over F's members with other weights, and its union V declared before U. */
    private static String withRivalFamily(String text, Random rnd) {
        Matcher m = WEIGHTS.matcher(text);
        assertTrue(m.find(), "the generator declares family F:\n" + text);
        List<String> members = new ArrayList<>();
        for (String part : m.group(1).split(", ")) {
            members.add(part.substring(0, part.indexOf(':')));
        }
        // Skewed weights: 1/10 or 1/5 on all but the last, the rest on the last.
        String small = rnd.nextBoolean() ? "1/10" : "1/5";
        int n = members.size();
        String last = n == 2 ? (small.equals("1/10") ? "9/10" : "4/5") : (small.equals("1/10") ? "4/5" : "3/5");
        StringBuilder g = new StringBuilder("family G { ");
        for (int i = 0; i < n; i++) {
            g.append(i == 0 ? "" : ", ").append(members.get(i)).append(": ").append(i == n - 1 ? last : small);
        }
        g.append(" }\nmdp V = union G;\n");
        return text.replace("mdp U = union F;", g + "mdp U = union F;");
    }

    /** A solve on F asking what the lemma asks, reporting its predicate. */
    private static String solveLike(String lemma) {
        StringBuilder sb = new StringBuilder("\nsolve onF {\n  target F;\n");
        Matcher m = LINE.matcher(lemma);
        while (m.find()) {
            sb.append(m.group()).append('\n');
        }
        return sb.append("  report deceptive_on_bad;\n}\n").toString();
    }

    @TestFactory
    Stream<DynamicTest> solveAndLemmaAgreeWithTheOracleOnEveryBackend() {
        return IntStream.range(0, CASES).mapToObj(DifferentialTest::generate).flatMap(c ->
                Backends.all().map(backend -> DynamicTest.dynamicTest(c.name() + " on " + backend,
                        () -> check(c, backend))));
    }

    private static void check(Case c, String backend) {
        Backends.assumeAvailable(backend);
        Document doc = OracleCases.load(c.name(), c.text());
        Query.Solve solve = OracleCases.solve(doc, "onF");
        PolicyOracle.Verdict v = PolicyOracle.solve(doc, solve);
        RunOptions options = RunOptions.defaults().withBackend(backend)
                .withTimeout(Optional.of(Duration.ofSeconds(60)));
        QueryRunner runner = new QueryRunner(doc, options);
        String context = " on " + backend + "\n--- oracle ---\n" + v.describe(doc.iface()) + "--- file ---\n"
                + c.text();

        List<String> problems = OracleCases.mismatches(doc.iface(), solve, v, runner.run(solve));
        assertTrue(problems.isEmpty(), () -> "solve: " + String.join("; ", problems) + context);

        Query lemmaQuery = doc.queries().stream().filter(q -> q.name().equals("stress")).findFirst().orElseThrow();
        QueryResult result = runner.run(lemmaQuery);
        assertTrue(result instanceof LemmaResult, () -> "not a lemma result: " + result + context);
        LemmaResult r = (LemmaResult) result;
        String why = r.verdict().keyword() + ": " + r.reason() + context;
        assertEquals(Verdict.HOLDS, r.verdict(), why);
        assertEquals("U", r.union().name(), "the lemma must use F's own union\n" + why);
        if (v.feasible()) {
            assertEquals(Optional.of(v.cost()), r.family().cost(), why);
            assertEquals(Optional.of(v.cost()), r.unionSide().cost(), why);
            assertEquals(Optional.of(true), r.samePolicies(), why);
            Quantifier quant = Quantifier.valueOf(v.reports().get("deceptive_on_bad").name());
            assertEquals(quant, r.premise(), why);
            assertEquals(quant, r.conclusion(), why);
        } else {
            assertEquals(SolveStatus.INFEASIBLE, r.family().status(), why);
            assertEquals(SolveStatus.INFEASIBLE, r.unionSide().status(), why);
        }
    }
}
