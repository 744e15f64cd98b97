package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mincirc.exact.Models.family;
import static org.mincirc.exact.Models.iface;
import static org.mincirc.exact.Models.mdp;
import static org.mincirc.exact.Models.q;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;
import org.mincirc.model.Union;
import org.junit.jupiter.api.Test;

class CodesAndUnionTest {
    private final Interface abc = iface(2, "a", "b", "c");
    private final Mdp easy = mdp("Easy", abc).horizon(2)
            .state("s0", "00", "1").act("a", "1", "s1").act("b", "2")
            .state("s1", "10").act("a", "0").act("b", "1").act("c", "5")
            .set("probe", "s1").build();
    private final Mdp bad = mdp("Bad", abc).horizon(2)
            .state("s0", "10", "1/3").act("b", "0").act("c", "3", "s0")
            .state("s1", "11", "2/3").act("c", "0").build();

    @Test
    void allowedActionsIntersectOverEveryCarrier() {
        Family f = family("F", easy, "1/2", bad, "1/2");
        Map<Integer, List<Action>> allowed = Codes.allowedActions(f);
        assertEquals(List.of(0b00, 0b01, 0b11), List.copyOf(allowed.keySet()));
        assertEquals(List.of("a", "b"), names(allowed.get(0b00)));
        assertEquals(List.of("b", "c"), names(allowed.get(0b01)));   // Easy.s1 and Bad.s0 share code 10
        assertEquals(List.of("c"), names(allowed.get(0b11)));
        assertEquals(List.of("Easy.s1", "Bad.s0"),
                Codes.statesByCode(f).get(0b01).stream().map(s -> s.qualifiedName()).toList());
    }

    private static List<String> names(List<Action> actions) {
        return actions.stream().map(Action::name).toList();
    }

    @Test
    void unionIsTheDisjointUnionOfTheReductionLemma() throws Exception {
        Family f = family("F", easy, "1/4", bad, "3/4");
        Mdp u = Union.of("U", f, SourcePos.NONE);
        assertEquals(List.of("Easy.s0", "Easy.s1", "Bad.s0", "Bad.s1"), u.states().stream().map(State::name).toList());
        assertEquals(List.of(q("1/4"), q("0"), q("1/4"), q("1/2")), u.states().stream().map(State::init).toList());
        assertEquals(List.of(0b00, 0b01, 0b01, 0b11), u.states().stream().map(State::code).toList());
        assertEquals(List.of(0, 1), u.sets().get("Easy"));
        assertEquals(List.of(2, 3), u.sets().get("Bad"));
        assertEquals(List.of(1), u.sets().get("Easy.probe"));
        // Bad.s0 -c-> Bad.s0 becomes index 2 -> 2: blocks stay closed.
        assertEquals(2, u.state(2).transitionByCode(2).orElseThrow().successors().get(0).state());
        assertEquals(u.horizon(), easy.horizon());
        Policy p = Models.policy(abc, "00", "a", "10", "c", "11", "c");
        // Easy: 1 + 5 = 6; Bad: 1/3 (3 + 3) + 2/3 * 0 = 2; family 6/4 + 6/4.
        assertEquals(q("3"), Returns.of(f, p));
        assertEquals(q("3"), Returns.of(u, p));
        assertEquals(OptimalReturn.of(f, abc), OptimalReturn.of(u, abc));
    }

    /** Hundreds of states and horizon 10 must stay fast (a guard against accidental blow-ups). */
    @Test
    void hundredsOfStatesAtHorizonTenAreFast() {
        Interface iface = iface(8, "a0", "a1");
        Random rnd = new Random(7);
        int n = 300;
        List<State> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Transition> ts = new ArrayList<>();
            for (Action a : iface.actions()) {
                int s1 = rnd.nextInt(n);
                int s2 = (s1 + 1 + rnd.nextInt(n - 1)) % n;
                ts.add(new Transition(a, BigFraction.of(rnd.nextInt(7) - 3, 1 + rnd.nextInt(3)),
                        List.of(new Successor(s1, q("2/3")), new Successor(s2, q("1/3"))), SourcePos.NONE));
            }
            states.add(new State("s" + i, rnd.nextInt(256), i < 4 ? q("1/4") : BigFraction.ZERO, ts, SourcePos.NONE));
        }
        Mdp big = new Mdp("Big", OptionalInt.of(10), q("9/10"), states, Map.of(), SourcePos.NONE);
        Map<Integer, Integer> out = new HashMap<>();
        for (int c = 0; c < 256; c++) {
            out.put(c, c & 1);
        }
        Policy p = Policy.ofOutputs(out, iface);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            BigFraction r = Returns.of(big, p);
            assertEquals(ReturnsPropertyTest.reference(big, p), r);
        });
        assertTrue(Returns.isValid(big, p));
    }
}
