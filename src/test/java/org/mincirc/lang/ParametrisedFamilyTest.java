package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.model.Document;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Target;
import org.mincirc.model.Transition;

/**
 * Parametrised mdps and families over ranges (issue 10, item 2): a family written with ranges
 * expands to exactly the mdps of the same family written out by hand (state by state, and the
 * same exact return for every policy), instances are shared between families, targets, bad
 * members and unions, and PRISM models take their constants from the parameters.
 */
class ParametrisedFamilyTest {
    private static final String INTERFACE = "interface { inputs x0 x1 x2; actions a = 0, b = 1; }\n";

    private static final String PARAMETRISED = INTERFACE + """
            mdp Plain { horizon 3; state p code 111 init 1 { a -> reward 1; b -> p reward (1/2); } }
            mdp Walk(k, d) {
              horizon 3;
              state s0 code bits(k, 2) 0 init (1/k) {
                a -> { (1/(k+1)): s1, (k/(k+1)): stop } reward (k - d);
                b -> s1 reward (d/2);
              }
              state s1 code bits(d, 2) 1 init (1 - 1/k) { a -> s0 reward (mod(k, 2)); b -> stop reward (-k); }
            }
            family F { Walk(k = 1..2, d = 0..1): (k/6) each }
            family H { Plain: 1/4, Walk(k = 2, d = 0..1): uniform }
            mdp U = union F;
            """;

    private static String walk(int k, int d, String init0, String init1, String p1, String p2, String r) {
        return "mdp Walk_k" + k + "_d" + d + " {\n  horizon 3;\n"
                + "  state s0 code " + (k == 1 ? "01" : "10") + "0 init " + init0 + " { a -> { " + p1 + ": s1, " + p2
                + ": stop } reward " + (k - d) + "; b -> s1 reward " + (d == 0 ? "0" : "1/2") + "; }\n"
                + "  state s1 code 0" + d + "1 init " + init1 + " { a -> s0 reward " + r + "; b -> stop reward -" + k
                + "; }\n}\n";
    }

    private static final String BY_HAND = INTERFACE + """
            mdp Plain { horizon 3; state p code 111 init 1 { a -> reward 1; b -> p reward 1/2; } }
            """ + walk(1, 0, "1", "0", "1/2", "1/2", "1") + walk(1, 1, "1", "0", "1/2", "1/2", "1")
            + walk(2, 0, "1/2", "1/2", "1/3", "2/3", "0") + walk(2, 1, "1/2", "1/2", "1/3", "2/3", "0") + """
            family F { Walk_k1_d0: 1/6, Walk_k1_d1: 1/6, Walk_k2_d0: 1/3, Walk_k2_d1: 1/3 }
            family H { Plain: 1/4, Walk_k2_d0: 3/8, Walk_k2_d1: 3/8 }
            mdp U = union F;
            """;

    /** Everything the semantics reads of an mdp, as text. */
    private static String render(Mdp m) {
        StringBuilder sb = new StringBuilder(m.name()).append(" h=").append(m.horizon()).append(" g=")
                .append(Rationals.format(m.discount())).append('\n');
        for (State s : m.states()) {
            sb.append("  ").append(s.name()).append(" code ").append(s.code()).append(" init ")
                    .append(Rationals.format(s.init())).append('\n');
            for (Transition t : s.transitions()) {
                sb.append("    ").append(t.action().name()).append(" r=").append(Rationals.format(t.reward()));
                for (Successor x : t.successors()) {
                    sb.append(' ').append(x.stops() ? "stop" : m.state(x.state()).name()).append(':')
                            .append(Rationals.format(x.probability()));
                }
                sb.append('\n');
            }
        }
        sb.append("  sets ").append(new TreeSet<>(m.sets().keySet())).append('\n');
        return sb.toString();
    }

    private static String render(Family f) {
        StringBuilder sb = new StringBuilder("family ").append(f.name()).append('\n');
        for (Family.Member m : f.members()) {
            sb.append(Rationals.format(m.weight())).append(" * ").append(render(m.mdp()));
        }
        return sb.toString();
    }

    private static Target target(Document doc, String name) {
        return doc.mdps().stream().filter(m -> m.name().equals(name)).map(Target.class::cast).findFirst()
                .or(() -> doc.families().stream().filter(f -> f.name().equals(name)).map(Target.class::cast).findFirst())
                .orElseThrow(() -> new AssertionError("no target " + name));
    }

    @Test
    void rangesExpandToTheFamilyWrittenOutByHand() throws Exception {
        Document param = Loader.parse("param.mdp", PARAMETRISED);
        Document hand = Loader.parse("hand.mdp", BY_HAND);
        for (String f : List.of("F", "H")) {
            assertEquals(render((Family) target(hand, f)), render((Family) target(param, f)), f);
        }
        assertEquals(render((Mdp) target(hand, "U")), render((Mdp) target(param, "U")));
        // Every policy on the six codes of the file, on every target: the same exact return.
        int[] codes = hand.mdps().stream().flatMap(m -> m.states().stream()).mapToInt(State::code).distinct().toArray();
        assertEquals(5, codes.length);
        int checked = 0;
        for (int p = 0; p < 1 << codes.length; p++) {
            Map<Integer, Integer> out = new HashMap<>();
            for (int i = 0; i < codes.length; i++) {
                out.put(codes[i], p >>> i & 1);
            }
            Policy policy = Policy.ofOutputs(out);
            for (String t : List.of("F", "H", "U", "Walk_k2_d1")) {
                BigFraction expected = Returns.of(target(hand, t), policy);
                assertEquals(expected, Returns.of(target(param, t), policy), t + " under policy " + p);
                checked++;
            }
        }
        assertEquals(4 << codes.length, checked);
    }

    @Test
    void oneInstanceServesFamiliesTargetsBadMembersAndUnionNames() throws Exception {
        Document doc = Loader.parse("shared.mdp", PARAMETRISED + """
                predicate p = act(U.Walk_k2_d1.s0) == a;
                lemma l { family F; bad Walk_k2_d1; predicate p; }
                eval e { target Walk_k2_d1; policy { Walk_k2_d1.s0: a, Walk_k2_d1.s1: b }; expect return = 1/3; }
                """);
        Family f = (Family) target(doc, "F");
        Family h = (Family) target(doc, "H");
        Mdp fromF = f.member("Walk_k2_d1").orElseThrow().mdp();
        assertSame(fromF, h.member("Walk_k2_d1").orElseThrow().mdp());
        Query.Lemma lemma = doc.queries().stream().filter(Query.Lemma.class::isInstance).map(Query.Lemma.class::cast)
                .findFirst().orElseThrow();
        assertSame(fromF, lemma.bad());
        assertEquals(1, doc.mdps().stream().filter(m -> m.name().equals("Walk_k2_d1")).count());
        // By hand: s0 (init 1/2) takes a: reward 1, then s1 w.p. 1/3 where b gives -2; s1 (init 1/2) takes b: -2.
        // 1/2 (1 + 1/3 * -2) + 1/2 (-2) = 1/6 - 1 = -5/6.
        Map<Integer, Integer> out = Map.of(fromF.state(0).code(), 0, fromF.state(1).code(), 1);
        assertEquals(BigFraction.of(-5, 6), Returns.of(fromF, Policy.ofOutputs(out)));
    }

    @Test
    void prismConstantsComeFromTheParameters(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("line.prism"), """
                mdp
                const int N;
                module walker
                  x : [0..3] init 0;
                  [a] x < N -> (x' = x + 1);
                  [b] true -> (x' = 0);
                endmodule
                rewards "r" [a] true : 1; endrewards
                """);
        Files.writeString(dir.resolve("line.mdp"), """
                interface { inputs x0 x1; actions a, b; }
                mdp Line(N) from "line.prism" { observe x; horizon 5; }
                family L { Line(N = 1..3): uniform }
                """);
        Document doc = Loader.load(dir.resolve("line.mdp"));
        Family l = (Family) target(doc, "L");
        assertEquals(List.of("Line_N1", "Line_N2", "Line_N3"), l.members().stream().map(m -> m.mdp().name()).toList());
        // States x = 0..N (a stops being offered at x = N). Playing a below N and b at N, five
        // steps give by hand: N = 1: a b a b a = 3; N = 2: a a b a a = 4; N = 3: a a a b a = 4.
        int[] expected = {3, 4, 4};
        for (Family.Member m : l.members()) {
            int n = Integer.parseInt(m.mdp().name().substring("Line_N".length()));
            assertEquals(n + 1, m.mdp().states().size(), m.mdp().name());
            assertEquals(BigFraction.of(1, 3), m.weight());
            Map<Integer, Integer> out = new HashMap<>();
            for (State s : m.mdp().states()) {
                out.put(s.code(), Integer.parseInt(s.name().substring(1)) < n ? 0 : 1);
            }
            assertEquals(BigFraction.of(expected[n - 1]), Returns.of(m.mdp(), Policy.ofOutputs(out)), m.mdp().name());
        }
    }

    @Test
    void theSeriesDeclaresSixteenTasksInUnderThirtyLines() throws Exception {
        Path file = Path.of("instances/lookup/series.mdp");
        List<String> lines = Files.readAllLines(file);
        int from = lines.indexOf("interface {");
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("family All16 ")) {
                to = i;
            }
        }
        assertTrue(from >= 0 && to > from);
        long written = lines.subList(from, to + 1).stream().filter(l -> !l.isBlank() && !l.startsWith("//")).count();
        assertTrue(written < 30, written + " lines");
        Family all = (Family) target(Loader.load(file), "All16");
        assertEquals(16, all.members().size());
        for (int k = 0; k < 16; k++) {
            Family.Member m = all.members().get(k);
            assertEquals("Task_k" + k, m.mdp().name());
            assertEquals(BigFraction.of(1, 16), m.weight());
            assertEquals(2, m.mdp().states().size());
        }
    }

    @Test
    void membersOfOneFamilyMustStillAgreeOnTheHorizon(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("m.mdp"), INTERFACE + """
                mdp T(k) { horizon (k); state s code 000 init 1 { a -> s reward 1; } }
                family F { T(k = 1..2): uniform }
                """);
        LoadException e = assertThrows(LoadException.class, () -> Loader.load(dir.resolve("m.mdp")));
        assertTrue(e.getMessage().contains("members of family F disagree on horizon: T_k1 has horizon 1, T_k2 has horizon 2"),
                e.getMessage());
    }
}
