package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mincirc.exact.OptimalReturn;
import org.mincirc.exact.OptimumUnavailableException;
import org.mincirc.model.Document;
import org.mincirc.model.Query;

/**
 * Checks that need no solve runner: every generated file loads, the oracle's optimum equals the
 * branch-and-bound optimum of {@code exact} (every generated target covers all states of its
 * file, so "valid on the file" and "valid on the target" agree), the family and its union give
 * identical verdicts, and the generated cases are varied enough to test something.
 */
class OracleSelfCheckTest {
    private static List<RandomMdps.Case> allCases() {
        List<RandomMdps.Case> cases = new ArrayList<>();
        for (RandomMdps.Kind kind : RandomMdps.Kind.values()) {
            for (int i = 0; i < PolicyOracleTest.CASES; i++) {
                cases.add(RandomMdps.generate(kind, i));
            }
        }
        return cases;
    }

    private static String context(RandomMdps.Case c, Document doc, PolicyOracle.Verdict v) {
        return c.name() + "\n--- oracle ---\n" + v.describe(doc.iface()) + "--- file ---\n" + c.text();
    }

    @Test
    void oracleOptimumEqualsExactOptimum() {
        for (RandomMdps.Case c : allCases()) {
            Document doc = OracleCases.load(c.name(), c.text());
            Query.Solve q = OracleCases.solve(doc, "q");
            PolicyOracle.Verdict v = OracleCases.verdict(c, "q");
            if (v.optimum().isEmpty()) {
                OptimumUnavailableException e = assertThrows(OptimumUnavailableException.class,
                        () -> OptimalReturn.of(q.target(), doc.iface()), () -> context(c, doc, v));
                assertEquals(OptimumUnavailableException.Reason.NO_VALID_POLICY, e.reason(), () -> context(c, doc, v));
            } else {
                assertEquals(v.optimum().get(), OptimalReturn.of(q.target(), doc.iface()), () -> context(c, doc, v));
            }
        }
    }

    /**
     * exact's returns, on which the oracle relies, against a second plain evaluation: every valid
     * function of the first 25 files of each kind, on every mdp and family of the file.
     */
    @Test
    void exactReturnsAgreeWithAnIndependentEvaluation() throws Exception {
        int compared = 0;
        for (RandomMdps.Case c : allCases()) {
            if (Integer.parseInt(c.name().replaceAll(".*#(\\d+).*", "$1")) >= 25) {
                continue;
            }
            Document doc = OracleCases.load(c.name(), c.text());
            int rows = 1 << doc.iface().inputCount();
            List<org.mincirc.model.Target> targets = new ArrayList<>(doc.mdps());
            targets.addAll(doc.families());
            for (int f = 0; f < 1 << rows; f++) {
                final int fn = f;
                org.mincirc.exact.Policy policy = PolicyOracle.policyOf(f, rows, doc.iface());
                boolean valid = doc.mdps().stream().allMatch(m -> org.mincirc.exact.Returns.isValid(m, policy));
                if (!valid) {
                    continue;
                }
                for (org.mincirc.model.Target t : targets) {
                    assertEquals(IndependentReturns.of(t, code -> fn >>> code & 1),
                            org.mincirc.exact.Returns.of(t, policy), c.name() + " function " + f + " on " + t.name()
                                    + "\n" + c.text());
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void minimalPoliciesMeetTheirRequirements() {
        for (RandomMdps.Case c : allCases()) {
            PolicyOracle.Verdict v = OracleCases.verdict(c, "q");
            Document doc = OracleCases.load(c.name(), c.text());
            if (!v.feasible()) {
                continue;
            }
            org.mincirc.model.Objective o = OracleCases.solve(doc, "q").objective();
            // Every cost the oracle can decide comes from circuits of at most MAX_GATES gates.
            int most = o.weightedSum() ? (o.sizeWeight() + o.depthWeight()) * MinimalSizes.MAX_GATES
                    : MinimalSizes.MAX_GATES;
            assertTrue(v.cost() >= 0 && v.cost() <= most, () -> context(c, doc, v));
            assertTrue(v.policyCount() >= 1 && v.policyCount() <= v.qualifying(), () -> context(c, doc, v));
            v.threshold().ifPresent(t -> assertTrue(v.returns().stream().allMatch(r -> r.compareTo(t) >= 0),
                    () -> context(c, doc, v)));
            assertEquals(v.policyCount(), PolicyOracle.policySet(v).size(), () -> context(c, doc, v));
        }
    }

    /**
     * Every minimal policy of the first cases of each kind, written back as an {@code eval} policy
     * table over all states of the file and run by the eval runner, earns the return the oracle
     * recorded and gives each reported predicate a value consistent with its quantifier.
     */
    @Test
    void minimalPoliciesReplayThroughEval() {
        int replayed = 0;
        for (RandomMdps.Case c : allCases()) {
            if (Integer.parseInt(c.name().replaceAll(".*#(\\d+).*", "$1")) >= 20) {
                continue;
            }
            PolicyOracle.Verdict v = OracleCases.verdict(c, "q");
            Document doc = OracleCases.load(c.name(), c.text());
            Query.Solve q = OracleCases.solve(doc, "q");
            for (int i = 0; i < Math.min(2, v.policyCount()); i++) {
                Map<Integer, org.mincirc.model.Action> policy = v.minimalPolicies().get(i);
                StringBuilder table = new StringBuilder("eval replay {\n  policy {");
                String sep = " ";
                for (org.mincirc.model.Mdp m : doc.mdps()) {
                    for (org.mincirc.model.StateRef s : m.refs()) {
                        table.append(sep).append(s.qualifiedName()).append(": ").append(policy.get(s.code()).name());
                        sep = ", ";
                    }
                }
                table.append(" }\n  target ").append(q.target().name()).append(";\n");
                if (!q.reports().isEmpty()) {
                    table.append("  report ").append(String.join(", ",
                            q.reports().stream().map(org.mincirc.model.Predicate::name).toList())).append(";\n");
                }
                String text = c.text() + table + "}\n";
                Document replay = OracleCases.load(c.name() + " replay " + i, text);
                org.mincirc.query.QueryResult r = new org.mincirc.query.QueryRunner(replay)
                        .run(replay.queries().get(replay.queries().size() - 1));
                String msg = c.name() + " policy " + (i + 1) + "\n" + v.describe(doc.iface()) + text;
                assertEquals(java.util.Optional.of(new org.mincirc.model.Expectation.Number(v.returns().get(i))),
                        r.actual("return"), msg);
                for (var e : v.reports().entrySet()) {
                    var value = r.actual(e.getKey()).orElseThrow(() -> new AssertionError(msg));
                    boolean holds = ((org.mincirc.model.Expectation.Bool) value).value();
                    if (e.getValue() != org.mincirc.model.Expectation.Quant.SOME) {
                        assertEquals(e.getValue() == org.mincirc.model.Expectation.Quant.ALL, holds, e.getKey() + " " + msg);
                    }
                }
                replayed++;
            }
        }
        assertTrue(replayed > 60, "replayed " + replayed);
    }

    @Test
    void familyAndUnionGiveTheSameVerdict() {
        for (int i = 0; i < PolicyOracleTest.UNION_CASES; i++) {
            RandomMdps.Case c = RandomMdps.familyAndUnion(i);
            PolicyOracle.Verdict f = OracleCases.verdict(c, "onFamily");
            PolicyOracle.Verdict u = OracleCases.verdict(c, "onUnion");
            Document doc = OracleCases.load(c.name(), c.text());
            String msg = c.name() + "\n--- family ---\n" + f.describe(doc.iface()) + "--- union ---\n"
                    + u.describe(doc.iface()) + "--- file ---\n" + c.text();
            assertEquals(f.status(), u.status(), msg);
            assertEquals(f.optimum(), u.optimum(), msg);
            assertEquals(f.threshold(), u.threshold(), msg);
            assertEquals(f.cost(), u.cost(), msg);
            assertEquals(PolicyOracle.policySet(f), PolicyOracle.policySet(u), msg);
            assertEquals(f.returns(), u.returns(), msg);
            assertEquals(f.reports(), u.reports(), msg);
        }
    }

    /** The generated cases reach every size, both statuses and ties; printed once for the record. */
    @Test
    void generatedCasesAreVaried() {
        Map<String, Integer> stats = new TreeMap<>();
        int[] sizes = new int[MinimalSizes.MAX_GATES + 1];
        int infeasible = 0;
        int ties = 0;
        int withRequires = 0;
        int sharedCodes = 0;
        for (RandomMdps.Case c : allCases()) {
            PolicyOracle.Verdict v = OracleCases.verdict(c, "q");
            Document doc = OracleCases.load(c.name(), c.text());
            if (!OracleCases.solve(doc, "q").requires().isEmpty()) {
                withRequires++;
            }
            long states = doc.mdps().stream().filter(m -> !m.name().equals("U"))
                    .mapToLong(m -> m.states().size()).sum();
            if (states > v.careCodes().size()) {
                sharedCodes++;
            }
            if (!v.feasible()) {
                infeasible++;
                continue;
            }
            if (v.size() >= 0) {
                sizes[v.size()]++;
            }
            if (v.policyCount() > 1) {
                ties++;
            }
            stats.merge(c.name().replaceAll(" .*", "") + " policies=" + Math.min(v.policyCount(), 4), 1, Integer::sum);
        }
        System.out.println("[oracle] sizes 0..4: " + java.util.Arrays.toString(sizes) + ", infeasible " + infeasible
                + ", several minimal policies " + ties + ", with require " + withRequires + ", shared codes "
                + sharedCodes + " of " + allCases().size());
        int total = allCases().size();
        assertTrue(infeasible > 0 && infeasible < total / 3, "infeasible " + infeasible);
        assertTrue(ties > total / 20, "ties " + ties);
        assertTrue(sharedCodes > total / 10, "shared codes " + sharedCodes);
        assertTrue(withRequires > total / 10, "requires " + withRequires);
        for (int k = 0; k <= MinimalSizes.MAX_GATES; k++) {
            assertTrue(sizes[k] > 0, "no case of size " + k + ": " + stats);
        }
    }
}
