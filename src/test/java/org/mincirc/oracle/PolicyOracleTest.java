package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation.Quant;
import org.mincirc.model.Query;
import org.mincirc.model.Rationals;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.UnsupportedResult;

/**
 * The brute-force oracle on hand-worked cases, then the solve runner against the oracle on
 * random files. While solve is not built the comparisons are skipped (aborted), never passed.
 * {@code -Doracle.cases=N} changes the number of random cases per kind (default 100).
 */
class PolicyOracleTest {
    static final int CASES = Integer.getInteger("oracle.cases", 100);
    static final int UNION_CASES = Integer.getInteger("oracle.unionCases", 40);

    private static final String TWO_INPUTS = "interface {\n  inputs x0 x1;\n  actions a = 0, b = 1;\n}\n";

    private static PolicyOracle.Verdict oracle(String text, String query) {
        Document doc = OracleCases.load("hand", text);
        return PolicyOracle.solve(doc, OracleCases.solve(doc, query));
    }

    /** A horizon-1 bandit on 3 inputs rewarding action b exactly where {@code target} is 1. */
    private static String bandit3(java.util.function.IntPredicate target) {
        StringBuilder sb = new StringBuilder("interface {\n  inputs x0 x1 x2;\n  actions a = 0, b = 1;\n}\nmdp B {\n  horizon 1;\n");
        for (int row = 0; row < 8; row++) {
            boolean b = target.test(row);
            sb.append("  state s").append(row).append(" code ").append(org.mincirc.model.Interface.formatCode(row, 3))
                    .append(" init 1/8 { a -> reward ").append(b ? 0 : 1).append("; b -> reward ").append(b ? 1 : 0)
                    .append("; }\n");
        }
        return sb.append("}\nsolve q {\n  target B;\n  require return >= optimal;\n}\n").toString();
    }

    @Test
    void parityBanditNeedsTwoGatesAndHasOneMinimalPolicy() {
        PolicyOracle.Verdict v = oracle(bandit3(row -> Integer.bitCount(row) % 2 == 1), "q");
        assertEquals("optimal", v.status());
        assertEquals(2, v.size());
        assertEquals(2, v.depth());
        assertEquals(1, v.policyCount());
        assertEquals(BigFraction.ONE, v.optimum().orElseThrow());
        assertEquals(List.of(BigFraction.ONE), v.returns());
        assertEquals(256, v.validPolicies());
        assertEquals(1, v.qualifying());
    }

    @Test
    void majorityBanditNeedsFourGates() {
        PolicyOracle.Verdict v = oracle(bandit3(row -> Integer.bitCount(row) >= 2), "q");
        assertEquals(4, v.size());
        assertEquals(3, v.depth());
        assertEquals(1, v.policyCount());
    }

    @Test
    void slackAdmitsCheaperApproximations() {
        // Majority with slack 1/8 allows one wrong row. No free or one-gate function is that close,
        // but (x0 and x1) or x2 misses only row 001 and (x0 or x1) and x2 only row 110: with the
        // three choices of the odd input, six two-gate policies.
        String text = bandit3(row -> Integer.bitCount(row) >= 2).replace(">= optimal;", ">= optimal - 1/8;");
        PolicyOracle.Verdict v = oracle(text, "q");
        assertEquals(2, v.size(), v.describe(OracleCases.load("hand", text).iface()));
        assertEquals(6, v.policyCount());
        assertTrue(v.returns().stream().allMatch(r -> r.equals(Rationals.parse("7/8"))));
    }

    private static final String TIES = TWO_INPUTS + """
            mdp M {
              horizon 1;
              state s0 code 00 init 1/3 { a -> reward 1; b -> reward 0; }
              state s1 code 11 init 1/3 { a -> reward 0; b -> reward 1; }
              state s2 code 01 init 1/3 { a -> reward 1; b -> reward 1; }
            }
            predicate s2a = act(M.s2) == a;
            predicate s0a = act(M.s0) == a;
            predicate anyb = exists s in M : act(s) == b;
            solve q {
              target M;
              require return >= optimal;
              report s2a, s0a, anyb;
            }
            """;

    @Test
    void tiesGiveSeveralMinimalPolicies() {
        // Care rows 0 (00), 3 (11), 2 (01: x1 = 1): f(0) = a, f(3) = b, f(2) free. x0 and x1 are
        // both free circuits (size 0) and differ on row 2: two minimal policies.
        PolicyOracle.Verdict v = oracle(TIES, "q");
        assertEquals(0, v.size());
        assertEquals(2, v.policyCount());
        assertEquals(List.of(0, 2, 3), v.careCodes());
        assertEquals(Map.of("s2a", Quant.SOME, "s0a", Quant.ALL, "anyb", Quant.ALL), v.reports());
        assertEquals(Rationals.parse("1"), v.optimum().orElseThrow());
    }

    private static final String TWO_STEP = TWO_INPUTS + """
            mdp D {
              horizon 2;
              state s0 code 00 init 1 { a -> s1 reward 0; b -> s2 reward 1; }
              state s1 code 10 { a -> reward 3; b -> reward 0; }
              state s2 code 01 { a -> reward 0; b -> reward 1; }
              state s3 code 11 { a -> reward 0; }
            }
            predicate s0b = act(D.s0) == b;
            solve best { target D; require return >= optimal; report s0b; }
            solve slack { target D; require return >= optimal - 1; report s0b; }
            solve slackb { target D; require return >= optimal - 1; require s0b; }
            solve tooMuch { target D; require return >= 5/2; require s0b; }
            solve s2b { target D; require return >= optimal; require act(D.s2) == b; }
            solve free { target D; report s0b; }
            """;

    @Test
    void deterministicTwoStepWorkedByHand() {
        // Rows: s0 = 0, s1 = 1 (x0), s2 = 2 (x1), s3 = 3 (only a). Returns: a at s0 gives 3 if
        // f(1) = a else 0; b at s0 gives 1 + (1 if f(2) = b). Optimum 3.
        PolicyOracle.Verdict best = oracle(TWO_STEP, "best");
        assertEquals(BigFraction.of(3), best.optimum().orElseThrow());
        assertEquals(0, best.size());  // the constant a
        assertEquals(1, best.policyCount());
        assertEquals(Map.of("s0b", Quant.NONE), best.reports());
        assertEquals(8, best.validPolicies());  // f(3) = a forced, three rows free

        // Threshold 2 adds not(x0): b at s0 and s2, a at s1, s3 (return 2). Other free functions fail.
        PolicyOracle.Verdict slack = oracle(TWO_STEP, "slack");
        assertEquals(0, slack.size());
        assertEquals(2, slack.policyCount());
        assertEquals(Map.of("s0b", Quant.SOME), slack.reports());
        assertEquals(List.of(BigFraction.of(3), BigFraction.of(2)), slack.returns());
        assertEquals(BigFraction.of(2), slack.threshold().orElseThrow());

        PolicyOracle.Verdict slackb = oracle(TWO_STEP, "slackb");
        assertEquals(1, slackb.policyCount());
        assertEquals(List.of(BigFraction.of(2)), slackb.returns());

        assertEquals("infeasible", oracle(TWO_STEP, "tooMuch").status());

        // b at s2 with return 3: f = (0 at rows 0, 1, 3; 1 at row 2) = x1 and not x0, one gate.
        PolicyOracle.Verdict s2b = oracle(TWO_STEP, "s2b");
        assertEquals(1, s2b.size());
        assertEquals(1, s2b.policyCount());

        // No threshold: every valid policy qualifies; the free functions with f(3) = a are 0,
        // not x0 and not x1: three minimal policies, two of them with b at s0 (row 0).
        PolicyOracle.Verdict free = oracle(TWO_STEP, "free");
        assertEquals(0, free.size());
        assertEquals(3, free.policyCount());
        assertEquals(Map.of("s0b", Quant.SOME), free.reports());
    }

    @Test
    void discountedSelfLoopByHand() {
        String text = TWO_INPUTS + """
                mdp L {
                  discount 1/2;
                  state s0 code 00 init 1 { a -> s0 reward 1; b -> s1 reward 0; }
                  state s1 code 11 { a -> s1 reward 0; b -> s1 reward 3; }
                }
                solve q { target L; require return >= optimal; }
                """;
        // a forever: 1 / (1 - 1/2) = 2; b then b forever: 0 + 1/2 * 3 / (1 - 1/2) = 3.
        PolicyOracle.Verdict v = oracle(text, "q");
        assertEquals(BigFraction.of(3), v.optimum().orElseThrow());
        assertEquals(0, v.size());  // b everywhere: the constant 1
        assertEquals(1, v.policyCount());
    }

    @Test
    void sharedCodeWithoutCommonActionIsInfeasible() {
        String text = TWO_INPUTS + """
                mdp X {
                  horizon 1;
                  state s0 code 01 init 1 { a -> reward 1; }
                  state s1 code 01 { b -> reward 1; }
                }
                solve q { target X; }
                """;
        PolicyOracle.Verdict v = oracle(text, "q");
        assertEquals("infeasible", v.status());
        assertEquals(0, v.validPolicies());
    }

    private static final String BYSTANDER = TWO_INPUTS + """
            mdp T {
              horizon 1;
              state t0 code 00 init 1 { a -> reward 0; b -> reward 1; }
              state t1 code 11 init 0 { a -> reward 0; b -> reward 0; }
            }
            mdp Other {
              horizon 1;
              state o0 code 00 init 1 { a -> reward 0; }
            }
            solve q { target T; require return >= optimal; }
            """;

    @Test
    void validityCoversEveryStateOfTheFile() {
        // A solve policy must be valid at every state declared in the file, not only the
        // target's: Other.o0 shares code 00 and offers only a, so b is never allowed there, and
        // the optimum over such policies is 0 (exact's OptimalReturn of T alone would say 1).
        PolicyOracle.Verdict v = oracle(BYSTANDER, "q");
        assertEquals(BigFraction.ZERO, v.optimum().orElseThrow());
        assertEquals(2, v.validPolicies());  // row 0 forced to a, row 3 free
        assertEquals(2, v.qualifying());
        assertEquals(0, v.size());
        assertEquals(2, v.policyCount());
    }

    // ---- the runner against the oracle -----------------------------------------------------

    /** Runs one solve query and compares it with the oracle; skipped while solve is unsupported. */
    static void compare(String name, String text, String queryName, PolicyOracle.Verdict v) {
        Document doc = OracleCases.load(name, text);
        Query.Solve query = OracleCases.solve(doc, queryName);
        QueryResult result = new QueryRunner(doc).run(query);
        Assumptions.assumeFalse(result instanceof UnsupportedResult, "solve is not supported yet");
        List<String> problems = OracleCases.mismatches(doc.iface(), query, v, result);
        assertTrue(problems.isEmpty(), () -> name + " query " + queryName + ": " + String.join("; ", problems)
                + "\n--- oracle ---\n" + v.describe(doc.iface()) + "--- file ---\n" + text);
    }

    /**
     * The same comparison through the user's path: the verdict written as {@code expect} lines,
     * checked by the result's own {@code checks()} as {@code mincirc check} does.
     */
    static void compareByExpectations(String name, String text, String queryName, PolicyOracle.Verdict v) {
        Document plain = OracleCases.load(name, text);
        String expected = OracleCases.withExpectations(text, queryName, OracleCases.solve(plain, queryName), v);
        Document doc = OracleCases.load(name + " with expectations", expected);
        QueryResult result = new QueryRunner(doc).run(OracleCases.solve(doc, queryName));
        Assumptions.assumeFalse(result instanceof UnsupportedResult, "solve is not supported yet");
        List<String> failed = result.checks().stream().filter(ch -> !ch.holds()).map(ch -> ch.describe()).toList();
        assertTrue(failed.isEmpty(), () -> name + ": " + String.join("; ", failed) + "\n--- file ---\n" + expected);
    }

    @Test
    void expectationsWrittenFromTheVerdictLoad() {
        // The expect lines are well formed for every kind of verdict (feasible, infeasible, ties).
        for (String q : List.of("best", "slack", "tooMuch", "free")) {
            String text = OracleCases.withExpectations(TWO_STEP, q, OracleCases.solve(OracleCases.load("hand", TWO_STEP), q),
                    oracle(TWO_STEP, q));
            Document doc = OracleCases.load("hand expect " + q, text);
            assertTrue(OracleCases.solve(doc, q).expectations().size() >= 1, text);
        }
        String slack = OracleCases.withExpectations(TWO_STEP, "slack", OracleCases.solve(OracleCases.load("hand", TWO_STEP),
                "slack"), oracle(TWO_STEP, "slack"));
        assertTrue(slack.contains("expect policies = 2;") && slack.contains("expect s0b = some;")
                && slack.contains("expect threshold = 2;"), slack);
        for (int i = 0; i < 20; i++) {
            RandomMdps.Case c = RandomMdps.generate(RandomMdps.Kind.FAMILY, i);
            Document plain = OracleCases.load(c.name(), c.text());
            OracleCases.load(c.name() + " with expectations",
                    OracleCases.withExpectations(c.text(), "q", OracleCases.solve(plain, "q"), OracleCases.verdict(c, "q")));
        }
    }

    @Test
    void comparisonCanFail() {
        // The comparator must not pass a result that says nothing: an unsupported result has no status.
        Document doc = OracleCases.load("hand", TIES);
        Query.Solve q = OracleCases.solve(doc, "q");
        List<String> problems = OracleCases.mismatches(doc.iface(), q, oracle(TIES, "q"),
                new UnsupportedResult(q, "hand.mdp", "test"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("status: runner (none)"), problems.toString());
        List<String> failed = OracleCases.mismatches(doc.iface(), q, oracle(TIES, "q"), new org.mincirc.query.FailedResult(
                q, "hand.mdp", org.mincirc.query.FailedResult.Kind.INTERNAL, "boom", java.time.Duration.ZERO));
        assertEquals(List.of("the runner failed (INTERNAL): boom"), failed);
    }

    @TestFactory
    Stream<DynamicTest> handCasesByExpectations() {
        return Stream.of(
                new String[] {"parity", bandit3(row -> Integer.bitCount(row) % 2 == 1), "q"},
                new String[] {"majority", bandit3(row -> Integer.bitCount(row) >= 2), "q"},
                new String[] {"ties", TIES, "q"},
                new String[] {"two-step slack", TWO_STEP, "slack"},
                new String[] {"two-step tooMuch", TWO_STEP, "tooMuch"},
                new String[] {"bystander", BYSTANDER, "q"})
                .map(c -> DynamicTest.dynamicTest(c[0], () -> compareByExpectations("hand " + c[0], c[1], c[2],
                        oracle(c[1], c[2]))));
    }

    /** The first ten random files of each kind through expect lines as well. */
    @TestFactory
    Stream<DynamicTest> randomByExpectations() {
        return java.util.Arrays.stream(RandomMdps.Kind.values())
                .flatMap(kind -> IntStream.range(0, 10).mapToObj(i -> RandomMdps.generate(kind, i)))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> compareByExpectations(c.name(), c.text(), "q",
                        OracleCases.verdict(c, "q"))));
    }

    @TestFactory
    Stream<DynamicTest> handCasesAgainstRunner() {
        return Stream.of(
                new String[] {"parity", bandit3(row -> Integer.bitCount(row) % 2 == 1), "q"},
                new String[] {"majority", bandit3(row -> Integer.bitCount(row) >= 2), "q"},
                new String[] {"ties", TIES, "q"},
                new String[] {"two-step best", TWO_STEP, "best"},
                new String[] {"two-step slack", TWO_STEP, "slack"},
                new String[] {"two-step slackb", TWO_STEP, "slackb"},
                new String[] {"two-step tooMuch", TWO_STEP, "tooMuch"},
                new String[] {"two-step s2b", TWO_STEP, "s2b"},
                new String[] {"two-step free", TWO_STEP, "free"},
                new String[] {"bystander", BYSTANDER, "q"})
                .map(c -> DynamicTest.dynamicTest(c[0], () -> compare("hand", c[1], c[2], oracle(c[1], c[2]))));
    }

    private static Stream<DynamicTest> randomAgainstRunner(RandomMdps.Kind kind) {
        return IntStream.range(0, CASES).mapToObj(i -> RandomMdps.generate(kind, i))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> compare(c.name(), c.text(), "q", OracleCases.verdict(c, "q"))));
    }

    @TestFactory
    Stream<DynamicTest> banditsAgainstRunner() {
        return randomAgainstRunner(RandomMdps.Kind.BANDIT);
    }

    @TestFactory
    Stream<DynamicTest> deterministicAgainstRunner() {
        return randomAgainstRunner(RandomMdps.Kind.DETERMINISTIC);
    }

    @TestFactory
    Stream<DynamicTest> stochasticAgainstRunner() {
        return randomAgainstRunner(RandomMdps.Kind.STOCHASTIC);
    }

    @TestFactory
    Stream<DynamicTest> discountedAgainstRunner() {
        return randomAgainstRunner(RandomMdps.Kind.DISCOUNTED);
    }

    @TestFactory
    Stream<DynamicTest> familiesAgainstRunner() {
        return randomAgainstRunner(RandomMdps.Kind.FAMILY);
    }

    /**
     * The reduction lemma's first half, through the runner: for every policy R_union = R_family,
     * so solving on the family and on its union gives the same minimal cost, the same number of
     * minimal policies and the same report quantifiers (each also equal to the oracle's).
     */
    @TestFactory
    Stream<DynamicTest> familyAndUnionAgainstRunner() {
        return IntStream.range(0, UNION_CASES).mapToObj(RandomMdps::familyAndUnion)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    compare(c.name(), c.text(), "onFamily", OracleCases.verdict(c, "onFamily"));
                    compare(c.name(), c.text(), "onUnion", OracleCases.verdict(c, "onUnion"));
                }));
    }
}
