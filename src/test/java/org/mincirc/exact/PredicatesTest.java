package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mincirc.exact.Models.family;
import static org.mincirc.exact.Models.iface;
import static org.mincirc.exact.Models.mdp;
import static org.mincirc.exact.Models.policy;
import static org.mincirc.exact.Models.q;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mincirc.model.Action;
import org.mincirc.model.Cmp;
import org.mincirc.model.Expr;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Predicate;
import org.mincirc.model.SourcePos;
import org.mincirc.model.StateRef;
import org.mincirc.model.StateSet;
import org.mincirc.model.Target;
import org.junit.jupiter.api.Test;

class PredicatesTest {
    private static final SourcePos P = SourcePos.NONE;
    private final Interface iface = iface(2, "cooperate", "defect");
    private final Action cooperate = iface.action("cooperate").orElseThrow();
    private final Action defect = iface.action("defect").orElseThrow();
    private final Mdp train = mdp("Train", iface).horizon(1)
            .state("s0", "00", "1/2").act("cooperate", "1").act("defect", "0")
            .state("s1", "10", "1/2").act("cooperate", "1").act("defect", "0")
            .set("probe", "s0").build();
    private final Mdp bad = mdp("Bad", iface).horizon(1)
            .state("b0", "01", "1").act("cooperate", "0").act("defect", "1").build();
    private final Family meta = family("Meta", train, "1/2", bad, "1/2");

    private static StateSet all(Mdp m) {
        return new StateSet(m.name(), m.refs());
    }

    private static StateSet set(Mdp m, String name) {
        return new StateSet(m.name() + "." + name, m.sets().get(name).stream().map(i -> new StateRef(m, i)).toList());
    }

    private static Expr exists(String v, StateSet dom, Expr body) {
        return new Expr.Quantifier(false, v, dom, body, P);
    }

    private static Expr forall(String v, StateSet dom, Expr body) {
        return new Expr.Quantifier(true, v, dom, body, P);
    }

    private static Expr actIs(String v, Action a) {
        return new Expr.ActIn(new Expr.StateTerm.Bound(v), Set.of(a), false, P);
    }

    private static Expr actIsNot(String v, Action a) {
        return new Expr.ActIn(new Expr.StateTerm.Bound(v), Set.of(a), true, P);
    }

    private static Expr actIn(StateRef s, Action... a) {
        return new Expr.ActIn(new Expr.StateTerm.Fixed(s), Set.of(a), false, P);
    }

    private static Expr ret(Target t, Cmp op, String bound) {
        return new Expr.ReturnCmp(t, op, q(bound), P);
    }

    private static Expr and(Expr a, Expr b) {
        return new Expr.And(a, b, P);
    }

    private static Expr or(Expr a, Expr b) {
        return new Expr.Or(a, b, P);
    }

    private static Expr not(Expr a) {
        return new Expr.Not(a, P);
    }

    private static Expr implies(Expr a, Expr b) {
        return new Expr.Implies(a, b, P);
    }

    private static Expr bool(boolean b) {
        return new Expr.Const(b, P);
    }

    private final Predicate deceptive = new Predicate("deceptive", exists("s", all(bad), actIs("s", defect)), P);
    private final Predicate obedient = new Predicate("obedient",
            forall("s", set(train, "probe"), new Expr.ActIn(new Expr.StateTerm.Bound("s"), Set.of(cooperate), false, P)), P);

    // Codes: Train.s0 = 00 (row 0), Train.s1 = 10 (row 1), Bad.b0 = 01 (row 2).
    private final Policy honest = policy(iface, "00", "cooperate", "10", "cooperate", "01", "cooperate");
    private final Policy treacherous = policy(iface, "00", "cooperate", "10", "cooperate", "01", "defect");
    private final Policy lazy = policy(iface, "00", "defect", "10", "cooperate", "01", "defect");

    @Test
    void quantifiersOverMdpsAndNamedSets() throws Exception {
        assertFalse(Predicates.holds(deceptive, honest));
        assertTrue(Predicates.holds(deceptive, treacherous));
        assertTrue(Predicates.holds(obedient, treacherous));
        assertFalse(Predicates.holds(obedient, lazy));
        // forall over all of Train: s0 and s1 must both cooperate.
        Expr allCooperate = forall("s", all(train), actIs("s", cooperate));
        assertTrue(Predicates.holds(allCooperate, honest));
        assertFalse(Predicates.holds(allCooperate, lazy));
        assertTrue(Predicates.holds(exists("s", all(train), actIsNot("s", cooperate)), lazy));
        assertFalse(Predicates.holds(exists("s", all(train), actIsNot("s", cooperate)), honest));
        // Empty domains: exists is false, forall is true.
        StateSet empty = new StateSet("{}", List.of());
        assertFalse(Predicates.holds(exists("s", empty, bool(true)), honest));
        assertTrue(Predicates.holds(forall("s", empty, bool(false)), honest));
    }

    @Test
    void nestedQuantifiersAndShadowing() throws Exception {
        // forall s in Train: exists t in Meta-ish literal set: act(t) == act-of-s is not expressible;
        // instead: forall s in Train : exists s in Bad : act(s) == defect (inner s shadows outer).
        Expr shadow = forall("s", all(train), exists("s", all(bad), actIs("s", defect)));
        assertTrue(Predicates.holds(shadow, treacherous));
        assertFalse(Predicates.holds(shadow, honest));
        // forall s in Train : forall t in Bad : act(s) == cooperate implies act(t) == defect
        Expr pair = forall("s", all(train), forall("t", all(bad), implies(actIs("s", cooperate), actIs("t", defect))));
        assertTrue(Predicates.holds(pair, treacherous));
        assertFalse(Predicates.holds(pair, honest));
        assertTrue(Predicates.holds(pair, lazy)); // s1 cooperates, b0 defects; s0 defects (vacuous)
    }

    @Test
    void fixedStatesSetsOfActionsAndConnectives() throws Exception {
        StateRef b0 = bad.ref("b0").orElseThrow();
        assertTrue(Predicates.holds(actIn(b0, cooperate, defect), honest));
        assertTrue(Predicates.holds(actIn(b0, defect), lazy));
        assertFalse(Predicates.holds(actIn(b0, defect), honest));
        assertTrue(Predicates.holds(or(bool(false), actIn(b0, cooperate)), honest));
        assertFalse(Predicates.holds(and(bool(true), actIn(b0, defect)), honest));
        assertTrue(Predicates.holds(implies(bool(false), bool(false)), honest));
        assertFalse(Predicates.holds(implies(bool(true), bool(false)), honest));
        assertTrue(Predicates.holds(not(bool(false)), honest));
    }

    @Test
    void referencesAndReturnAtoms() throws Exception {
        // Returns (horizon 1): Train = 1/2 r(s0) + 1/2 r(s1); Bad = r(b0).
        assertEquals(q("1"), Returns.of(train, honest));
        assertEquals(q("0"), Returns.of(bad, honest));
        assertEquals(q("1/2"), Returns.of(train, lazy));
        Predicate badReturn = new Predicate("bad_return",
                and(ret(bad, Cmp.LT, "1/2"), not(new Expr.Ref(obedient, P))), P);
        assertFalse(Predicates.holds(badReturn, honest));       // obedient
        assertFalse(Predicates.holds(badReturn, lazy));         // Bad returns 1
        Policy lazyHonestOnBad = policy(iface, "00", "defect", "10", "cooperate", "01", "cooperate");
        assertTrue(Predicates.holds(badReturn, lazyHonestOnBad));
        // Family return: 1/2 * 1 + 1/2 * 1 for treacherous.
        assertTrue(Predicates.holds(ret(meta, Cmp.EQ, "1"), treacherous));
        assertTrue(Predicates.holds(ret(meta, Cmp.GE, "1"), treacherous));
        assertFalse(Predicates.holds(ret(meta, Cmp.GT, "1"), treacherous));
        assertTrue(Predicates.holds(ret(meta, Cmp.LE, "1/2"), honest));
        assertTrue(Predicates.holds(ret(meta, Cmp.NE, "1/3"), honest));
        assertTrue(Predicates.holds(ret(train, Cmp.LT, "3/4"), lazy));
        assertTrue(Predicates.holds(new Expr.Ref(deceptive, P), treacherous));
        // Negative returns against negative bounds (-1/2 < -1/3 must hold).
        assertTrue(Predicates.holds(ret(bad, Cmp.GT, "-1/3"), honest));      // 0 > -1/3
        Mdp loss = mdp("Loss", iface).horizon(1)
                .state("l0", "11", "1").act("cooperate", "-1/2").act("defect", "-3").build();
        Policy meek = policy(iface, "11", "cooperate");
        assertTrue(Predicates.holds(ret(loss, Cmp.LT, "-1/3"), meek));     // -1/2 < -1/3
        assertFalse(Predicates.holds(ret(loss, Cmp.GT, "-1/3"), meek));
        assertTrue(Predicates.holds(ret(loss, Cmp.GT, "-2/3"), meek));
        Policy loser = policy(iface, "11", "defect");
        assertTrue(Predicates.holds(ret(loss, Cmp.LE, "-3"), loser));
        assertFalse(Predicates.holds(ret(loss, Cmp.GE, "-2"), loser));
    }

    @Test
    void undefinedOutputsThrowNamingTheState() {
        Policy partial = Policy.ofOutputs(Map.of(0, 0), iface);
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
                () -> Predicates.holds(deceptive, partial));
        assertEquals("Bad.b0", e.state().qualifiedName());
        assertTrue(e.getMessage().contains("Bad.b0 (code 01)"), e.getMessage());
        InvalidPolicyException r = assertThrows(InvalidPolicyException.class,
                () -> Predicates.holds(ret(train, Cmp.GE, "0"), partial));
        assertEquals("Train.s1", r.state().qualifiedName());
    }
}
