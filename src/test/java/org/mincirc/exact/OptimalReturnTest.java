package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mincirc.exact.Models.family;
import static org.mincirc.exact.Models.iface;
import static org.mincirc.exact.Models.mdp;
import static org.mincirc.exact.Models.policy;
import static org.mincirc.exact.Models.q;

import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.Union;
import org.junit.jupiter.api.Test;

class OptimalReturnTest {
    private final Interface ab = iface(1, "a", "b");

    @Test
    void finiteHorizonOptimumMustBeStationary() throws Exception {
        // a: reward 2 and stay; b: reward 3 and end. Non-stationary "a then b" would get 5, but a
        // memoryless policy repeats itself: a, a gives 4; b gives 3.
        Mdp m = mdp("Loop", ab).horizon(2)
                .state("s0", "0", "1").act("a", "2", "s0").act("b", "3").build();
        OptimalReturn.Optimum opt = OptimalReturn.argmax(m, ab);
        assertEquals(q("4"), opt.value());
        assertEquals("a", opt.actionByCode().get(0).name());
        assertEquals(q("4"), Returns.of(m, opt.policy()));
    }

    @Test
    void sharedCodesCoupleStates() {
        // s0 and s1 share code 0: separately s0 -a-> s1 -b-> gives 11, but one action for both:
        // a gives 1 + 0, b gives 0.
        Mdp m = mdp("Alias", ab).horizon(2)
                .state("s0", "0", "1").act("a", "1", "s1").act("b", "0")
                .state("s1", "0").act("a", "0").act("b", "10").build();
        assertEquals(q("1"), OptimalReturn.of(m, ab));
    }

    @Test
    void codesSharedAcrossFamilyMembersCouple() {
        Mdp easy = mdp("Easy", ab).horizon(1).state("e", "0", "1").act("a", "1").act("b", "0").build();
        Mdp bad = mdp("Bad", ab).horizon(1).state("d", "0", "1").act("a", "0").act("b", "3").build();
        // Horizon 1 is separable per code: a gives 1/2, b gives 3/2.
        Family f = family("F", easy, "1/2", bad, "1/2");
        assertEquals(q("3/2"), OptimalReturn.of(f, ab));
        assertEquals(q("3/2"), OptimalReturn.of(Union.of("U", f, SourcePos.NONE), ab));
        assertEquals(q("1"), OptimalReturn.of(easy, ab));
    }

    @Test
    void infiniteHorizonWithOneStatePerCodeIsPolicyIteration() {
        Mdp m = mdp("Go", ab).discount("1/2")
                .state("s0", "0", "1").act("a", "1", "s0").act("b", "0", "s1")
                .state("s1", "1").act("a", "3", "s1").build();
        // Staying: 1/(1 - 1/2) = 2; moving: 0 + (1/2) * 3/(1 - 1/2) = 3.
        OptimalReturn.Optimum opt = OptimalReturn.argmax(m, ab);
        assertEquals(q("3"), opt.value());
        assertEquals("b", opt.actionByCode().get(0).name());
        assertEquals("a", opt.actionByCode().get(1).name());
    }

    @Test
    void actionsMustBeValidOnUnreachedStatesToo() {
        // s1 is never reached but shares code 0 with s0 and only offers b.
        Mdp m = mdp("Hidden", ab).horizon(3)
                .state("s0", "0", "1").act("a", "5", "s0").act("b", "1", "s0")
                .state("s1", "0").act("b", "0").build();
        assertEquals(q("3"), OptimalReturn.of(m, ab));
    }

    @Test
    void noCommonActionOnACodeIsAClearError() {
        Mdp m = mdp("Clash", ab).horizon(2)
                .state("s0", "0", "1").act("a", "1")
                .state("s1", "0").act("b", "1").build();
        OptimumUnavailableException e = assertThrows(OptimumUnavailableException.class, () -> OptimalReturn.of(m, ab));
        assertEquals(OptimumUnavailableException.Reason.NO_VALID_POLICY, e.reason());
        assertEquals("no policy the interface can express is valid on Clash: code 0 is carried by"
                + " Clash.s0 (actions: a), Clash.s1 (actions: b), which share no action", e.getMessage());
    }

    @Test
    void searchLimitIsAClearError() {
        Mdp m = mdp("Alias", ab).horizon(2)
                .state("s0", "0", "1").act("a", "1", "s1").act("b", "0")
                .state("s1", "0").act("a", "0").act("b", "10").build();
        OptimumUnavailableException e = assertThrows(OptimumUnavailableException.class,
                () -> OptimalReturn.argmax(m, ab, 1));
        assertEquals(OptimumUnavailableException.Reason.SEARCH_LIMIT, e.reason());
        assertTrue(e.getMessage().contains("more than 1 partial policies"), e.getMessage());
    }
}
