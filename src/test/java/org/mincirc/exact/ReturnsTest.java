package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mincirc.exact.Models.family;
import static org.mincirc.exact.Models.iface;
import static org.mincirc.exact.Models.mdp;
import static org.mincirc.exact.Models.policy;
import static org.mincirc.exact.Models.q;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.Union;
import org.junit.jupiter.api.Test;

class ReturnsTest {
    private final Interface ab = iface(1, "a", "b");

    /** s0 -a-> s1 (r 1), s0 -b-> end (r 5); s1 -a-> s0 (r 2), s1 -b-> s1 (r 3). */
    private Models.MdpBuilder twoStates() {
        return mdp("Det", ab)
                .state("s0", "0", "1").act("a", "1", "s1").act("b", "5")
                .state("s1", "1").act("a", "2", "s0").act("b", "3", "s1");
    }

    @Test
    void finiteHorizonDeterministic() throws Exception {
        Mdp m = twoStates().horizon(3).build();
        assertEquals(q("4"), Returns.of(m, policy(ab, "0", "a", "1", "a")));   // 1 + 2 + 1
        assertEquals(q("7"), Returns.of(m, policy(ab, "0", "a", "1", "b")));   // 1 + 3 + 3
        assertEquals(q("5"), Returns.of(m, policy(ab, "0", "b", "1", "a")));   // ends after one step
    }

    @Test
    void discountedFiniteHorizon() throws Exception {
        Mdp m = twoStates().horizon(3).discount("1/2").build();
        assertEquals(q("13/4"), Returns.of(m, policy(ab, "0", "a", "1", "b")));  // 1 + 3/2 + 3/4
        assertEquals(q("9/4"), Returns.of(m, policy(ab, "0", "a", "1", "a")));   // 1 + 1 + 1/4
    }

    @Test
    void finiteHorizonStochastic() throws Exception {
        Mdp h2 = mdp("Sto", ab).horizon(2)
                .state("s0", "0", "1").act("a", "1", "1/2:s0", "1/2:s1")
                .state("s1", "1").act("a", "4").build();
        assertEquals(q("7/2"), Returns.of(h2, policy(ab, "0", "a", "1", "a")));  // 1 + (1/2 + 2)
        Mdp h3 = mdp("Sto", ab).horizon(3)
                .state("s0", "0", "1").act("a", "1", "1/2:s0", "1/2:s1")
                .state("s1", "1").act("a", "4").build();
        assertEquals(q("19/4"), Returns.of(h3, policy(ab, "0", "a", "1", "a"))); // + (1/4 + 1)
    }

    @Test
    void infiniteHorizonSelfLoopIsRewardOverOneMinusGamma() throws Exception {
        Mdp m = mdp("Loop", ab).discount("9/10")
                .state("s0", "0", "1").act("a", "1", "s0").build();
        assertEquals(q("10"), Returns.of(m, policy(ab, "0", "a")));
    }

    @Test
    void infiniteHorizonThreeStateChain() throws Exception {
        Interface two = iface(2, "a");
        Mdp m = mdp("Chain", two).discount("1/2")
                .state("s0", "00", "1").act("a", "1", "s1")
                .state("s1", "10").act("a", "2", "s2")
                .state("s2", "01").act("a", "3", "s2").build();
        // V2 = 3/(1 - 1/2) = 6, V1 = 2 + 6/2 = 5, V0 = 1 + 5/2.
        assertEquals(q("7/2"), Returns.of(m, policy(two, "00", "a", "10", "a", "01", "a")));
    }

    @Test
    void infiniteHorizonTwoStateStochasticLoop() throws Exception {
        Mdp m = mdp("Loop2", ab).discount("1/2")
                .state("s0", "0", "1/2").act("a", "1", "1/2:s0", "1/2:s1")
                .state("s1", "1", "1/2").act("a", "0", "s0").build();
        // V0 = 1 + (V0 + V1)/4, V1 = V0/2  =>  V0 = 8/5, V1 = 4/5; R = (8/5 + 4/5)/2.
        assertEquals(q("6/5"), Returns.of(m, policy(ab, "0", "a", "1", "a")));
    }

    @Test
    void infiniteHorizonWithStopOutcome() throws Exception {
        Mdp m = mdp("Stop", ab).discount("1/2")
                .state("s0", "0", "1").act("a", "3", "1/3:s1", "2/3:stop")
                .state("s1", "1").act("a", "1", "s1").build();
        assertEquals(q("10/3"), Returns.of(m, policy(ab, "0", "a", "1", "a")));  // 3 + 1/2 * 1/3 * 2
    }

    @Test
    void episodeEndsEarlyEvenWithAHugeHorizon() throws Exception {
        Mdp m = mdp("Ends", ab).horizon(1_000_000_000)
                .state("s0", "0", "1").act("a", "1", "s1")
                .state("s1", "1").act("a", "2", "1/2:stop", "1/2:s0").act("b", "7").build();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(q("8"), Returns.of(m, policy(ab, "0", "a", "1", "b")));  // 1 + 7, then the end
        });
        // The stochastic loop with gamma 1 never reaches a fixed point exactly; with H = 4:
        // 1 + 2 + (1/2)(1 + 2) = 9/2.
        Mdp h4 = mdp("Ends", ab).horizon(4)
                .state("s0", "0", "1").act("a", "1", "s1")
                .state("s1", "1").act("a", "2", "1/2:stop", "1/2:s0").act("b", "7").build();
        assertEquals(q("9/2"), Returns.of(h4, policy(ab, "0", "a", "1", "a")));
    }

    @Test
    void unreachableInvalidStatesDoNotBreakTheReturnButBreakValidity() throws Exception {
        Interface two = iface(2, "a", "b");
        Mdp m = mdp("Part", two).horizon(2)
                .state("s0", "00", "1").act("a", "1", "s1")
                .state("s1", "10").act("a", "1", "s2")      // reached at t = 1, s2 only at t = 2 = H
                .state("s2", "01").act("b", "100")
                .state("s3", "11").act("b", "100").build();  // never reached
        Policy p = policy(two, "00", "a", "10", "a", "11", "a");  // nothing for s2's code 01
        assertEquals(q("2"), Returns.of(m, p));
        Optional<InvalidPolicyException> v = Returns.validity(m, p);
        assertTrue(v.isPresent());
        assertEquals("Part.s2", v.get().state().qualifiedName());
        assertEquals("state Part.s2 (code 01) gets no action from the policy", v.get().getMessage());

        Policy q = policy(two, "00", "a", "10", "a", "01", "b", "11", "a");
        InvalidPolicyException bad = Returns.validity(m, q).orElseThrow();
        assertEquals("Part.s3", bad.state().qualifiedName());
        assertEquals("state Part.s3 (code 11) gets output code 0 (a), which is not an action of that state"
                + " (its actions: b)", bad.getMessage());
        assertTrue(Returns.isValid(m, policy(two, "00", "a", "10", "a", "01", "b", "11", "b")));
    }

    @Test
    void reachedStateWithoutValidActionIsNamed() {
        Mdp m = twoStates().horizon(3).build();
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
                () -> Returns.of(m, policy(ab, "0", "a")));
        assertEquals("Det.s1", e.state().qualifiedName());
        assertEquals("state Det.s1 (code 1) is reached but the policy gives it no action", e.getMessage());

        Interface three = iface(1, "a", "b", "c");
        Mdp m3 = mdp("Three", three).horizon(2)
                .state("s0", "0", "1").act("a", "1", "s1")
                .state("s1", "1").act("a", "1").act("b", "2").build();
        InvalidPolicyException wrong = assertThrows(InvalidPolicyException.class,
                () -> Returns.of(m3, Policy.ofOutputs(Map.of(0, 0, 1, 3), three)));
        assertEquals("state Three.s1 (code 1) gets output code 3, which is not an action of that state"
                + " (its actions: a, b)", wrong.getMessage());
    }

    @Test
    void sharedCodesGetTheSameAction() throws Exception {
        // s0 and s1 share code 0: "b" is great in s1 but ends s0's episode cheaply.
        Mdp m = mdp("Alias", ab).horizon(2)
                .state("s0", "0", "1").act("a", "1", "s1").act("b", "0")
                .state("s1", "0").act("a", "0").act("b", "10").build();
        assertEquals(q("1"), Returns.of(m, policy(ab, "0", "a")));
        assertEquals(q("0"), Returns.of(m, policy(ab, "0", "b")));
    }

    @Test
    void familyReturnIsTheWeightedSumAndEqualsTheUnion() throws Exception {
        Mdp easy = twoStates().horizon(3).build();
        Mdp hard = mdp("Hard", ab).horizon(3)
                .state("h0", "1", "1").act("a", "-1", "h0").act("b", "2").build();
        Family f = family("F", easy, "1/4", hard, "3/4");
        Policy p = policy(ab, "0", "a", "1", "b");
        // Easy: 7; Hard: b at code 1 ends with 2.
        assertEquals(q("13/4"), Returns.of(f, p));  // 7/4 + 6/4
        Mdp u = Union.of("U", f, SourcePos.NONE);
        assertEquals(q("13/4"), Returns.of(u, p));
        assertEquals(2, u.sets().size());
        assertEquals(java.util.List.of(0, 1), u.sets().get("Det"));
        assertEquals(java.util.List.of(2), u.sets().get("Hard"));
        // A union state is named after its member, so messages stay readable.
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
                () -> Returns.of(u, policy(ab, "0", "a")));
        assertEquals("U.Hard.h0", e.state().qualifiedName());
        assertSame(u, e.state().mdp());
        assertFalse(Returns.isValid(f, policy(ab, "0", "a")));
    }

    @Test
    void horizonOneIsTheExpectedImmediateReward() throws Exception {
        Mdp m = twoStates().horizon(1).build();
        assertEquals(q("1"), Returns.of(m, policy(ab, "0", "a")));  // s1 not reached at t < 1
    }
}
