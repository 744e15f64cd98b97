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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mincirc.query.Verdict;
import org.mincirc.query.Quantifier;
import org.mincirc.query.SolveStatus;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Predicates;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.RunOptions;

/**
 * The reduction lemma is a theorem: for every policy the union's return equals the family's, and
 * both minimize over the same circuits, so on any family, any threshold and any predicate C the
 * minimal costs, the minimal policies and C's verdict over them must coincide. Random small
 * families (bandits and short deterministic episodes, 2-3 members, 2-3 inputs, fixed seeds) get a
 * lemma with a random C over a random member {@code bad}; {@code fails} would be a mincirc bug.
 * {@code -Dlemma.cases=N} changes the number of cases per kind (default 100, about 5 s);
 * {@code -Dlemma.allKinds=true} adds stochastic and discounted members (slower, on demand).
 */
class LemmaStressTest {
    static final int CASES = Integer.getInteger("lemma.cases", 100);
    static final boolean ALL_KINDS = Boolean.getBoolean("lemma.allKinds");
    private static final Pattern MDP = Pattern.compile("mdp (M\\d+) \\{(.*?)\\n}", Pattern.DOTALL);
    private static final Pattern STATE = Pattern.compile("state (s\\d+) ");

    record Member(String name, List<String> states) {}

    @TestFactory
    Stream<DynamicTest> lemmaHoldsOnRandomFamilies() {
        Stream<RandomMdps.Kind> kinds = ALL_KINDS
                ? Stream.of(RandomMdps.Kind.BANDIT, RandomMdps.Kind.DETERMINISTIC, RandomMdps.Kind.STOCHASTIC,
                        RandomMdps.Kind.DISCOUNTED)
                : Stream.of(RandomMdps.Kind.BANDIT, RandomMdps.Kind.DETERMINISTIC);
        return kinds.flatMap(kind ->
                IntStream.range(0, CASES).mapToObj(i -> {
                    long seed = 424_242L + 7_919L * i + 1_000_003L * kind.ordinal();
                    RandomMdps.Case family = RandomMdps.familyOnly(seed, kind);
                    String text = family.text() + lemma(new Random(seed), members(family.text()));
                    return DynamicTest.dynamicTest(family.name(), () -> check(family.name(), text));
                }));
    }

    static List<Member> members(String text) {
        List<Member> members = new ArrayList<>();
        Matcher m = MDP.matcher(text);
        while (m.find()) {
            List<String> states = new ArrayList<>();
            Matcher s = STATE.matcher(m.group(2));
            while (s.find()) {
                states.add(s.group(1));
            }
            members.add(new Member(m.group(1), states));
        }
        assertTrue(members.size() >= 2, "the generator makes 2-3 members:\n" + text);
        return members;
    }

    /** A deception predicate over a random member, and a lemma query on F that tests it there. */
    static String lemma(Random rnd, List<Member> members) {
        Member bad = members.get(rnd.nextInt(members.size()));
        Member other = members.stream().filter(m -> m != bad).findFirst().orElseThrow();
        String x = rnd.nextBoolean() ? "a" : "b";
        String y = rnd.nextBoolean() ? "a" : "b";
        String si = bad.name() + "." + bad.states().get(rnd.nextInt(bad.states().size()));
        String sj = bad.name() + "." + bad.states().get(rnd.nextInt(bad.states().size()));
        String body = switch (rnd.nextInt(7)) {
            case 0 -> "exists s in " + bad.name() + " : act(s) == " + x;
            case 1 -> "forall s in " + bad.name() + " : act(s) == " + x;
            case 2 -> "act(" + si + ") == " + x;
            case 3 -> "act(" + si + ") == " + x + " and act(" + sj + ") != " + y;
            // Hubinger's shape: obedient on another member, treacherous on bad.
            case 4 -> "(forall t in " + other.name() + " : act(t) == " + y + ") and (exists s in " + bad.name()
                    + " : act(s) == " + x + ")";
            case 5 -> "not (forall s in " + bad.name() + " : act(s) in { " + x + " })";
            default -> "return(" + bad.name() + ") < " + List.of("0", "1/2", "1").get(rnd.nextInt(3));
        };
        String threshold = switch (rnd.nextInt(6)) {
            case 0, 1 -> "  require return >= optimal;\n";
            case 2 -> "  require return >= optimal - " + List.of("1/4", "1/2", "1").get(rnd.nextInt(3)) + ";\n";
            case 3 -> "  require return >= " + List.of("0", "1/2", "1").get(rnd.nextInt(3)) + ";\n";
            case 4 -> "  require return >= optimal - 1/8;\n";
            default -> "";
        };
        String objective = switch (rnd.nextInt(8)) {
            case 0 -> "depth";
            case 1 -> "size then depth";
            case 2 -> "size + depth";
            default -> "size";
        };
        String basis = rnd.nextInt(5) == 0 ? "  basis aig;\n" : "";
        return "predicate deceptive_on_bad = " + body + ";\n\nlemma stress {\n  family F;\n  bad " + bad.name()
                + ";\n  predicate deceptive_on_bad;\n" + threshold + "  minimize " + objective + ";\n" + basis
                + "  expect holds;\n}\n";
    }

    private static void check(String name, String text) throws Exception {
        Document doc = Loader.parse(name, text);
        RunOptions options = RunOptions.defaults().withTimeout(Optional.of(Duration.ofSeconds(20)));
        QueryResult result = new QueryRunner(doc, options).run(doc.queries().get(doc.queries().size() - 1));
        assertTrue(result instanceof LemmaResult, () -> "not a lemma result: " + result + "\n" + text);
        LemmaResult r = (LemmaResult) result;
        String why = r.verdict().keyword() + ": " + r.reason() + "\n" + text;
        // Out of time is no counterexample; only the on-demand slow kinds may run out (depth on
        // discounted members can take longer than the limit), the default cases must decide.
        Assumptions.assumeFalse(ALL_KINDS && r.verdict() == Verdict.UNKNOWN, () -> "undecided in time: " + why);
        assertEquals(Verdict.HOLDS, r.verdict(), why);
        assertEquals(r.family().status(), r.unionSide().status(), why);
        assertEquals(r.family().cost(), r.unionSide().cost(), why);
        assertEquals(r.family().policies(), r.unionSide().policies(), why);
        // Equal sets of minimal policies leave C no room: the verdicts must be equal, not just transfer.
        assertEquals(r.premise(), r.conclusion(), why);
        if (r.family().status() == SolveStatus.OPTIMAL) {
            assertEquals(Optional.of(true), r.samePolicies(), why);
        }
        if (r.conclusion() != Quantifier.NONE && r.family().status() == SolveStatus.OPTIMAL) {
            assertTrue(r.witness().isPresent(), "no witness although C holds on some minimal policy\n" + why);
            assertTrue(Predicates.holds(r.query().predicate(), Policy.of(r.witness().get())),
                    "the witness does not satisfy C\n" + why);
        }
        assertTrue(r.passed(), why);
    }
}
