package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.model.Document;
import org.mincirc.model.Expr;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/** The meaning of PRISM-language mdps: composition, probabilities, rewards, labels, codes, constants. */
class PrismModelTest {
    @TempDir
    Path dir;

    private Document load(String mdp, String prism) throws Exception {
        Files.writeString(dir.resolve("m.prism"), prism);
        Path file = dir.resolve("m.mdp");
        Files.writeString(file, mdp);
        try {
            return Loader.load(file);
        } catch (LoadException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static State state(Mdp mdp, String name) {
        return mdp.states().get(mdp.indexOf(name).orElseThrow(() -> new AssertionError("no state " + name + " in "
                + mdp.states().stream().map(State::name).toList())));
    }

    /** successor name ("stop" for the end) -> probability */
    private static Map<String, BigFraction> successors(Mdp mdp, Transition t) {
        Map<String, BigFraction> m = new LinkedHashMap<>();
        for (Successor s : t.successors()) {
            m.put(s.stops() ? "stop" : mdp.state(s.state()).name(), s.probability());
        }
        return m;
    }

    private static Transition action(State s, String name) {
        return s.transitions().stream().filter(t -> t.action().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(s.name() + " has no action " + name));
    }

    private static BigFraction q(long n, long d) {
        return BigFraction.of(n, d);
    }

    @Test
    void modulesSynchroniseOnSharedActionsWithProductProbabilities() throws Exception {
        Document doc = load("""
                interface { inputs a0 b0; actions go, solo; }
                mdp M from "m.prism" { observe a, b; horizon 3; }
                """, """
                mdp
                module A
                  a : [0..1] init 0;
                  [go] a = 0 -> 1/2 : (a'=1) + 1/2 : true;
                  [solo] a = 0 -> (a'=1);
                endmodule
                module B
                  b : [0..1] init 0;
                  [go] b = 0 -> 1/3 : (b'=1) + 2/3 : true;
                endmodule
                """);
        Mdp m = doc.mdp("M").orElseThrow();
        State start = state(m, "a0_b0");
        // go moves both modules at once: each joint outcome has the product of the branches'
        // probabilities. a = 1 leaves no command of A enabled, and go needs A too, so a1_b0 and
        // a1_b1 are deadlocks: not states of the mdp, moving there ends the episode (stop).
        assertTrue(m.indexOf("a1_b0").isEmpty() && m.indexOf("a1_b1").isEmpty());
        assertEquals(Map.of("stop", q(1, 2) /* 1/2 * 1/3 + 1/2 * 2/3 */, "a0_b1", q(1, 6) /* 1/2 * 1/3 */,
                "a0_b0", q(1, 3) /* 1/2 * 2/3 */), successors(m, action(start, "go")));
        // solo belongs to A alone: B stays put (here into the deadlock a1_b0).
        assertEquals(Map.of("stop", BigFraction.ONE), successors(m, action(start, "solo")));
        // Once b = 1, B has no go command, so go is not offered.
        assertEquals(List.of("solo"), state(m, "a0_b1").actions().stream().map(a -> a.name()).toList());
    }

    @Test
    void decimalsAreExactAndDeadlocksEndTheEpisode() throws Exception {
        Document doc = load("""
                interface { inputs x0 x1; actions step; }
                mdp M from "m.prism" { horizon 5; }
                """, """
                mdp
                module m
                  x : [0..2] init 0;
                  [step] x < 2 -> 0.1 : (x'=x+1) + 0.9 : true;
                endmodule
                """);
        Mdp m = doc.mdp("M").orElseThrow();
        assertEquals(List.of("x0", "x1"), m.states().stream().map(State::name).toList(), "x = 2 deadlocks");
        assertEquals(Map.of("stop", q(1, 10), "x1", q(9, 10)), successors(m, action(state(m, "x1"), "step")));
        assertEquals(Map.of("x1", q(1, 10), "x0", q(9, 10)), successors(m, action(state(m, "x0"), "step")));
    }

    @Test
    void rewardsAddStateAndActionItemsOfTheChosenStructure() throws Exception {
        String prism = """
                mdp
                module m
                  x : [0..1] init 0;
                  [a] true -> (x'=1-x);
                  [b] true -> true;
                endmodule
                rewards "first"
                  true : 100;
                endrewards
                rewards "cost"
                  x = 0 : 1;
                  x = 0 : 1/2;
                  [a] true : 3;
                  [b] x = 1 : 5;
                endrewards
                """;
        Document chosen = load("""
                interface { inputs x0; actions a, b; }
                mdp M from "m.prism" { reward "cost"; horizon 2; }
                """, prism);
        Mdp m = chosen.mdp("M").orElseThrow();
        assertEquals(q(9, 2), action(state(m, "x0"), "a").reward());   // 1 + 1/2 + 3
        assertEquals(q(3, 2), action(state(m, "x0"), "b").reward());   // 1 + 1/2
        assertEquals(q(3, 1), action(state(m, "x1"), "a").reward());
        assertEquals(q(5, 1), action(state(m, "x1"), "b").reward());
        // Without 'reward', the first structure counts, as for PRISM's R=? without a name.
        Document first = load("""
                interface { inputs x0; actions a, b; }
                mdp M from "m.prism" { horizon 2; }
                """, prism);
        assertEquals(BigFraction.of(100), action(state(first.mdp("M").orElseThrow(), "x1"), "b").reward());
    }

    @Test
    void observedBitsMakeTheCodeAndUnobservedVariablesShareIt() throws Exception {
        Document doc = load("""
                interface { inputs p q r; actions go; }
                mdp M from "m.prism" { observe y, flag; horizon 2; }
                """, """
                mdp
                module m
                  x : [0..1] init 0;
                  y : [3..6] init 5;
                  flag : bool init true;
                  [go] x = 0 -> (x'=1) & (y'=6) & (flag'=false);
                  [go] x = 1 -> (x'=0);
                endmodule
                """);
        Mdp m = doc.mdp("M").orElseThrow();
        // y in 3..6 takes 2 bits of y - 3, least significant first (inputs p, q); flag is r.
        State start = state(m, "x0_y5_flag1");
        assertEquals("011", doc.iface().formatCode(start.code()));      // y - 3 = 2 -> p=0 q=1; flag r=1
        State next = state(m, "x1_y6_flag0");
        assertEquals("110", doc.iface().formatCode(next.code()));       // y - 3 = 3; flag 0
        // x is not observed: x0_y6_flag0 has the same code as x1_y6_flag0.
        assertEquals(next.code(), state(m, "x0_y6_flag0").code());
        assertEquals(List.of("x", "y", "flag"), m.valuations().orElseThrow().variables());
    }

    @Test
    void constantsFromTheBracesAndInitBlocksWithAUniformStart() throws Exception {
        Document doc = load("""
                interface { inputs x0 x1 x2; actions go; }
                mdp M from "m.prism" { const K = 3; const p = 1/4; const on = true; observe x; horizon 2; }
                """, """
                mdp
                const int K;
                const double p;
                const bool on;
                module m
                  x : [0..7];
                  [go] on & x < K -> p : (x'=x+1) + 1 - p : true;
                endmodule
                init x <= 2 endinit
                label "low" = x < 2;
                """);
        Mdp m = doc.mdp("M").orElseThrow();
        assertEquals(List.of("x0", "x1", "x2"), m.states().stream().map(State::name).toList());
        for (State s : m.states()) {
            assertEquals(q(1, 3), s.init(), s.name());
        }
        assertEquals(Map.of("stop", q(1, 4), "x2", q(3, 4)), successors(m, action(state(m, "x2"), "go")));
        assertEquals(List.of(0, 1), m.sets().get("low"));
    }

    @Test
    void labelsAreSetsForPredicates() throws Exception {
        Document doc = load("""
                interface { inputs x0 x1; actions stay, move; }
                mdp M from "m.prism" { horizon 2; }
                predicate moves_at_goal = exists s in M.goal : act(s) == move;
                """, """
                mdp
                module m
                  x : [0..3] init 0;
                  [move] true -> (x'=mod(x+1, 4));
                  [stay] true -> true;
                endmodule
                label "goal" = x = 3;
                """);
        Expr.Quantifier body = (Expr.Quantifier) doc.predicate("moves_at_goal").orElseThrow().body();
        assertEquals(List.of("x3"), body.domain().members().stream().map(r -> r.mdp().state(r.index()).name()).toList());
        assertEquals(List.of(doc.mdp("M").orElseThrow().indexOf("x3").getAsInt()), doc.mdp("M").orElseThrow().sets().get("goal"));
    }

    @Test
    void aRenamedModuleIsACopyWithItsIdentifiersReplaced() throws Exception {
        Document doc = load("""
                interface { inputs a0 a1 b0 b1; actions up, down, up2, down2; }
                mdp R from "m.prism" { horizon 2; }
                """, """
                mdp
                const int N = 2;
                formula full = x1 = N;
                module one
                  x1 : [0..N] init 0;
                  [up] !full -> 1/2 : (x1' = x1 + 1) + 1/2 : true;
                  [down] x1 > 0 -> (x1' = x1 - 1);
                endmodule
                module two = one [x1 = x2, up = up2, down = down2] endmodule
                """);
        Mdp m = doc.mdp("R").orElseThrow();
        assertEquals(9, m.states().size());
        assertEquals(List.of("x1", "x2"), m.valuations().orElseThrow().variables());
        // The copy moves x2 under its own actions, and the formula 'full' reads x2 inside it.
        assertEquals(Map.of("x10_x21", q(1, 2), "x10_x20", q(1, 2)), successors(m, action(state(m, "x10_x20"), "up2")));
        assertEquals(List.of("up", "down", "down2"),
                state(m, "x11_x22").actions().stream().map(a -> a.name()).toList());
    }

    /**
     * The retransmission instance, written by hand as a .mdp block: the same states and codes
     * must give the same exact return for every deterministic policy.
     */
    @Test
    void aHandWrittenEquivalentHasTheSameReturnsForEveryPolicy() throws Exception {
        Document prism = Loader.load(Path.of("instances/prism/retransmission.mdp"));
        Document hand = Loader.parse("hand.mdp", """
                interface { inputs r0 r1 arrived; actions send, abort; }
                mdp Brp {
                  horizon 4;
                  state s00 code 000 init 1 {
                    send -> { 9/10: s11, 1/10: s10 } reward -1;
                    abort -> stop;
                  }
                  state s11 code 101 { abort -> stop reward 10; }
                  state s10 code 100 {
                    send -> { 9/10: s21, 1/10: s20 } reward -1;
                    abort -> stop;
                  }
                  state s21 code 011 { abort -> stop reward 10; }
                  state s20 code 010 { abort -> stop; }
                }
                """);
        Mdp a = prism.mdp("Brp").orElseThrow();
        Mdp b = hand.mdp("Brp").orElseThrow();
        int checked = 0;
        // every output on the two codes where there is a choice (000 and 100); abort elsewhere
        for (int first = 0; first < 2; first++) {
            for (int second = 0; second < 2; second++) {
                Map<Integer, Integer> table = new HashMap<>();
                for (int code = 0; code < 8; code++) {
                    table.put(code, 1);
                }
                table.put(0b000, first);
                table.put(0b001, second); // row of code "100": input r0 = 1 is bit 0
                Policy p = Policy.ofOutputs(table);
                assertEquals(Returns.of(b, p), Returns.of(a, p), "policy " + table);
                checked++;
            }
        }
        assertEquals(4, checked);
        assertEquals(BigFraction.of(44, 5), Returns.of(a, Policy.ofOutputs(Map.of(0, 0, 1, 0, 5, 1, 2, 1, 6, 1))));
    }

    @Test
    void errorsNameThePrismFileAndKeepGoingPerDeclaration() throws IOException {
        Files.writeString(dir.resolve("m.prism"), """
                mdp
                module m
                  x : [0..1] init 0;
                  [go] y = 0 -> true;
                  [go] x + 1 -> true;
                endmodule
                """);
        Path file = dir.resolve("m.mdp");
        Files.writeString(file, """
                interface { inputs x0; actions go; }
                mdp M from "m.prism" { horizon 1; }
                """);
        LoadException e = assertThrows(LoadException.class, () -> Loader.load(file));
        assertEquals(List.of(dir.resolve("m.prism") + ":4:8: error: unknown identifier y; declare it as a constant, "
                        + "formula or variable",
                dir.resolve("m.prism") + ":5:8: error: the guard must be a Boolean, but this is an integer"),
                e.diagnostics().stream().map(Diagnostic::format).toList());
    }
}
