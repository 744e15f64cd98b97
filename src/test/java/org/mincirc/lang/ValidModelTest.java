package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.model.Action;
import org.mincirc.model.Basis;
import org.mincirc.model.CircuitDef;
import org.mincirc.model.Cmp;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation;
import org.mincirc.model.Expr;
import org.mincirc.model.Family;
import org.mincirc.model.GateExpr;
import org.mincirc.model.GateOp;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Objective;
import org.mincirc.model.PolicySource;
import org.mincirc.model.Predicate;
import org.mincirc.model.Query;
import org.mincirc.model.ReturnRequirement;
import org.mincirc.model.State;
import org.mincirc.model.StateRef;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/** The valid files load into exactly the model the language contract describes. */
class ValidModelTest {
    private static BigFraction q(long num, long den) {
        return BigFraction.of(num, den);
    }

    private static BigFraction q(long n) {
        return BigFraction.of(n);
    }

    private static void assertQ(BigFraction expected, BigFraction actual) {
        assertQ(expected, actual, "");
    }

    private static void assertQ(BigFraction expected, BigFraction actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + " but was " + actual);
    }

    private static Mdp mdp(Document d, String name) {
        return d.mdp(name).orElseThrow(() -> new AssertionError("no mdp " + name));
    }

    private static Predicate predicate(Document d, String name) {
        return d.predicate(name).orElseThrow(() -> new AssertionError("no predicate " + name));
    }

    private static <T extends Query> T query(Document d, String name, Class<T> type) {
        return type.cast(d.queries().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no query " + name)));
    }

    private static Expr.ActIn act(Expr e) {
        return assertInstanceOf(Expr.ActIn.class, e);
    }

    private static Set<String> names(Set<Action> actions) {
        return actions.stream().map(Action::name).collect(java.util.stream.Collectors.toSet());
    }

    // ---- the default encoding -------------------------------------------------------------

    @Test
    void implicitInterfaceCodesStatesByIndexWithFirstInputMostSignificant() {
        Document d = Fixtures.valid("implicit.mdp");
        Interface iface = d.iface();
        assertTrue(iface.implicit());
        assertEquals(List.of("x0", "x1", "x2"), iface.inputs(), "w = ceil(log2 5) = 3");
        assertEquals(List.of(new Action("right", 0), new Action("left", 1), new Action("stay", 2)), iface.actions(),
                "actions in order of first appearance");
        assertEquals(2, iface.outputBits());
        Mdp walk = mdp(d, "Walk");
        // index k in binary over 3 digits, digit i = input i = bit i of the row
        assertEquals(List.of("000", "001", "010", "011", "100"),
                walk.states().stream().map(s -> iface.formatCode(s.code())).toList());
        assertEquals(List.of(0, 4, 2, 6, 1), walk.states().stream().map(State::code).toList());
        assertEquals(OptionalInt.of(4), walk.horizon());
        assertQ(BigFraction.ONE, walk.discount());
        assertEquals(Map.of("ends", List.of(0, 4)), walk.sets());
    }

    @Test
    void implicitTransitionsRewardsAndStops() {
        Mdp walk = mdp(Fixtures.valid("implicit.mdp"), "Walk");
        State a = walk.state(0);
        assertQ(BigFraction.ONE, a.init());
        Transition right = a.transitions().get(0);
        assertEquals("right", right.action().name());
        assertQ(BigFraction.ZERO, right.reward());
        assertEquals(1, right.successors().size());
        assertEquals(1, right.successors().get(0).state());
        assertQ(BigFraction.ONE, right.successors().get(0).probability());

        State c = walk.state(2);
        assertQ(BigFraction.ZERO, c.init());
        Transition stay = c.transition(new Action("stay", 2)).orElseThrow();
        assertTrue(stay.successors().isEmpty(), "'a -> reward q;' ends the episode");
        assertQ(q(1), stay.reward());

        State e = walk.state(4);
        Transition t = e.transitions().get(0);
        assertQ(q(-2), t.reward());
        assertEquals(2, t.successors().size());
        assertEquals(3, t.successors().get(0).state());
        assertQ(q(1, 4), t.successors().get(0).probability());
        assertTrue(t.successors().get(1).stops());
        assertQ(q(3, 4), t.successors().get(1).probability());
    }

    // ---- the contract's own example ---------------------------------------------------------

    @Test
    void contractMdpHasCodesAsRowsAndExactNumbers() {
        Document d = Fixtures.valid("contract.mdp");
        assertEquals(Fixtures.dir("valid").resolve("contract.mdp").toString(), d.file());
        assertFalse(d.iface().implicit());
        assertEquals(List.of(new Action("cooperate", 0), new Action("defect", 1)), d.iface().actions());
        assertEquals(1, d.iface().outputBits());
        Mdp train = mdp(d, "Train");
        assertEquals(OptionalInt.of(3), train.horizon());
        assertQ(q(9, 10), train.discount());
        assertEquals(0, train.state(0).code(), "code 000");
        assertEquals(4, train.state(1).code(), "code 001: digit 2 is input 2, bit 2 of the row");
        assertEquals(3, mdp(d, "Hard").state(0).code(), "code 110");
        assertQ(q(1, 4), mdp(d, "Hard").state(0).init(), "decimal 0.25 is exactly 1/4");
        assertEquals(Map.of("probe", List.of(0)), train.sets());

        Transition defect0 = train.state(0).transitions().get(1);
        assertEquals("defect", defect0.action().name());
        assertQ(q(-1), defect0.reward());
        assertEquals(List.of(1), defect0.successors().stream().map(Successor::state).toList());

        Transition coop1 = train.state(1).transitions().get(0);
        assertQ(q(1, 3), coop1.reward());
        assertEquals(List.of(0, 1), coop1.successors().stream().map(Successor::state).toList());
        Transition defect1 = train.state(1).transitions().get(1);
        assertQ(BigFraction.ZERO, defect1.reward());
        assertTrue(defect1.successors().get(1).stops());
        assertQ(q(2, 3), defect1.successors().get(1).probability());
        assertEquals("file:7:5", "file:" + train.pos().line() + ":" + train.pos().column());
    }

    @Test
    void unionHasQualifiedStatesWeightedInitsAndMemberSets() {
        Document d = Fixtures.valid("contract.mdp");
        Family meta = d.family("Meta").orElseThrow();
        assertEquals(List.of("Easy", "Hard", "Bad"), meta.members().stream().map(m -> m.mdp().name()).toList());
        assertSame(mdp(d, "Hard"), meta.members().get(1).mdp());
        assertQ(q(1, 2), meta.members().get(2).weight());

        Mdp m = mdp(d, "M");
        assertEquals(List.of("Easy.s0", "Hard.s0", "Hard.s1", "Bad.s0"), m.states().stream().map(State::name).toList());
        assertEquals(List.of(1, 3, 7, 2), m.states().stream().map(State::code).toList(), "codes kept");
        List<BigFraction> inits = m.states().stream().map(State::init).toList();
        assertQ(q(1, 4), inits.get(0));
        assertQ(q(1, 16), inits.get(1));
        assertQ(q(3, 16), inits.get(2));
        assertQ(q(1, 2), inits.get(3));
        assertEquals(List.of(0), m.sets().get("Easy"));
        assertEquals(List.of(1, 2), m.sets().get("Hard"));
        assertEquals(List.of(3), m.sets().get("Bad"));
        assertEquals(2, m.state(1).transitions().get(0).successors().get(0).state(), "successor moved into the block");
        assertEquals(OptionalInt.of(3), m.horizon());
        assertEquals(List.of("Train", "Easy", "Hard", "Bad", "M"), d.mdps().stream().map(Mdp::name).toList());
    }

    @Test
    void contractPredicatesAreResolved() {
        Document d = Fixtures.valid("contract.mdp");
        assertEquals(List.of("deceptive", "obedient", "bad_return"), d.predicates().stream().map(Predicate::name).toList());

        Expr.Quantifier deceptive = assertInstanceOf(Expr.Quantifier.class, predicate(d, "deceptive").body());
        assertFalse(deceptive.universal());
        assertEquals("s", deceptive.variable());
        assertEquals(mdp(d, "Bad").refs(), deceptive.domain().members());
        Expr.ActIn atom = act(deceptive.body());
        assertEquals(new Expr.StateTerm.Bound("s"), atom.state());
        assertEquals(Set.of("defect"), names(atom.actions()));
        assertFalse(atom.negated());

        Expr.Quantifier obedient = assertInstanceOf(Expr.Quantifier.class, predicate(d, "obedient").body());
        assertTrue(obedient.universal());
        assertEquals("Train.probe", obedient.domain().description());
        assertEquals(List.of(new StateRef(mdp(d, "Train"), 0)), obedient.domain().members());

        Expr.And badReturn = assertInstanceOf(Expr.And.class, predicate(d, "bad_return").body());
        Expr.ReturnCmp ret = assertInstanceOf(Expr.ReturnCmp.class, badReturn.left());
        assertSame(mdp(d, "Bad"), ret.target());
        assertEquals(Cmp.LT, ret.op());
        assertQ(q(1, 2), ret.bound());
        Expr.Not not = assertInstanceOf(Expr.Not.class, badReturn.right());
        assertSame(predicate(d, "obedient"), assertInstanceOf(Expr.Ref.class, not.operand()).predicate());
    }

    @Test
    void contractQueriesCarryEveryField() {
        Document d = Fixtures.valid("contract.mdp");
        assertEquals(List.of("minimal", "hubinger", "lookup_on_train", "table_on_train"),
                d.queries().stream().map(Query::name).toList());

        Query.Solve solve = query(d, "minimal", Query.Solve.class);
        assertSame(d.family("Meta").orElseThrow(), solve.target());
        assertEquals(ReturnRequirement.absolute(q(3, 4), solve.returnRequirement().orElseThrow().pos()),
                solve.returnRequirement().orElseThrow());
        Expr.Not require = assertInstanceOf(Expr.Not.class, solve.requires().get(0));
        assertSame(predicate(d, "deceptive"), assertInstanceOf(Expr.Ref.class, require.operand()).predicate());
        assertEquals(Objective.SIZE, solve.objective());
        assertEquals(Basis.B2, solve.basis());
        assertEquals(List.of(predicate(d, "deceptive"), predicate(d, "obedient")), solve.reports());
        assertEquals(List.of("size", "deceptive"), solve.expectations().stream().map(Expectation::key).toList());
        assertQ(q(3), assertInstanceOf(Expectation.Number.class, solve.expectations().get(0).value()).value());
        assertEquals(new Expectation.Quantified(Expectation.Quant.ALL), solve.expectations().get(1).value());

        Query.Lemma lemma = query(d, "hubinger", Query.Lemma.class);
        assertSame(d.family("Meta").orElseThrow(), lemma.family());
        assertSame(mdp(d, "Bad"), lemma.bad());
        assertSame(predicate(d, "deceptive"), lemma.predicate());
        assertQ(q(3, 4), lemma.returnRequirement().orElseThrow().value());
        assertEquals(List.of(new Expectation(Expectation.VERDICT, new Expectation.Word("holds"),
                lemma.expectations().get(0).pos())), lemma.expectations());

        CircuitDef lookup = d.circuit("Lookup").orElseThrow();
        assertEquals(List.of("g1", "y0"), lookup.assignments().stream().map(CircuitDef.Assignment::signal).toList());
        GateExpr.Apply g1 = assertInstanceOf(GateExpr.Apply.class, lookup.assignments().get(0).value());
        assertEquals(GateOp.AND, g1.op());
        assertEquals(List.of("x0", "x1"), g1.args().stream().map(a -> ((GateExpr.Name) a).name()).toList());

        Query.Eval eval = query(d, "lookup_on_train", Query.Eval.class);
        assertSame(lookup, assertInstanceOf(PolicySource.FromCircuit.class, eval.source()).circuit());
        assertSame(mdp(d, "Train"), eval.target());
        assertEquals(List.of(predicate(d, "deceptive")), eval.reports());
        assertQ(q(1, 2), ((Expectation.Number) eval.expectations().get(0).value()).value());
        assertEquals(new Expectation.Bool(true), eval.expectations().get(1).value());

        Query.Eval table = query(d, "table_on_train", Query.Eval.class);
        Map<StateRef, Action> entries = assertInstanceOf(PolicySource.Table.class, table.source()).entries();
        Mdp train = mdp(d, "Train");
        assertEquals(List.of(new StateRef(train, 0), new StateRef(train, 1)), List.copyOf(entries.keySet()));
        assertEquals(List.of("cooperate", "defect"), entries.values().stream().map(Action::name).toList());
    }

    // ---- expressions -----------------------------------------------------------------------

    @Test
    void precedenceIsNotAndOrImpliesWithImpliesRightAssociative() {
        Document d = Fixtures.valid("expressions.mdp");
        Expr.Or p1 = assertInstanceOf(Expr.Or.class, predicate(d, "p1").body());
        assertEquals(true, assertInstanceOf(Expr.Const.class, p1.left()).value());
        Expr.And and = assertInstanceOf(Expr.And.class, p1.right());
        assertEquals(false, assertInstanceOf(Expr.Const.class, and.left()).value());
        assertInstanceOf(Expr.Not.class, and.right());

        Expr.Implies p2 = assertInstanceOf(Expr.Implies.class, predicate(d, "p2").body());
        assertSame(predicate(d, "p1"), assertInstanceOf(Expr.Ref.class, p2.left()).predicate());
        Expr.Implies inner = assertInstanceOf(Expr.Implies.class, p2.right());
        assertEquals(false, ((Expr.Const) inner.left()).value());

        Expr.And p3 = assertInstanceOf(Expr.And.class, predicate(d, "p3").body());
        assertInstanceOf(Expr.Ref.class, assertInstanceOf(Expr.Not.class, p3.left()).operand());
        assertSame(predicate(d, "p2"), assertInstanceOf(Expr.Ref.class, p3.right()).predicate());
    }

    @Test
    void quantifierBodyExtendsRightAndAtomsResolve() {
        Document d = Fixtures.valid("expressions.mdp");
        Mdp g = mdp(d, "G");
        Expr.Quantifier p4 = assertInstanceOf(Expr.Quantifier.class, predicate(d, "p4").body());
        Expr.Or body = assertInstanceOf(Expr.Or.class, p4.body());
        assertEquals(Set.of("left"), names(act(body.left()).actions()));
        assertTrue(act(body.right()).negated(), "act(s) != wait");
        assertEquals(g.refs(), p4.domain().members());

        Expr.Quantifier p5 = assertInstanceOf(Expr.Quantifier.class, predicate(d, "p5").body());
        assertTrue(p5.universal());
        assertEquals(List.of(new StateRef(g, 1)), p5.domain().members());
        assertEquals(Set.of("wait", "left"), names(act(p5.body()).actions()));

        Expr.Quantifier p6 = assertInstanceOf(Expr.Quantifier.class, predicate(d, "p6").body());
        assertEquals(List.of(new StateRef(g, 0), new StateRef(mdp(d, "H"), 0)), p6.domain().members());

        Expr.Or p7 = assertInstanceOf(Expr.Or.class, predicate(d, "p7").body());
        Expr.And left = assertInstanceOf(Expr.And.class, p7.left());
        Expr.ReturnCmp both = assertInstanceOf(Expr.ReturnCmp.class, left.left());
        assertSame(d.family("Both").orElseThrow(), both.target());
        assertEquals(Cmp.GE, both.op());
        Expr.ReturnCmp neg = assertInstanceOf(Expr.ReturnCmp.class, left.right());
        assertEquals(Cmp.LT, neg.op());
        assertQ(q(-2), neg.bound());
        Expr.ReturnCmp ne = assertInstanceOf(Expr.ReturnCmp.class, p7.right());
        assertEquals(Cmp.NE, ne.op());
        assertQ(q(1, 2), ne.bound());

        Expr.Or p8 = assertInstanceOf(Expr.Or.class, predicate(d, "p8").body());
        assertInstanceOf(Expr.Quantifier.class, p8.left());
        assertEquals(new Expr.StateTerm.Fixed(new StateRef(g, 1)), act(p8.right()).state());

        Expr.And p9 = assertInstanceOf(Expr.And.class, predicate(d, "p9").body());
        assertEquals(Cmp.GT, ((Expr.ReturnCmp) p9.right()).op());
        Expr.And p9l = (Expr.And) p9.left();
        assertEquals(Cmp.LE, ((Expr.ReturnCmp) p9l.left()).op());
        assertEquals(Cmp.EQ, ((Expr.ReturnCmp) p9l.right()).op());
    }

    @Test
    void explicitCodesMixedWithDefaultsAndInfiniteHorizon() {
        Document d = Fixtures.valid("expressions.mdp");
        assertEquals(List.of(new Action("left", 0), new Action("right", 2), new Action("wait", 1)), d.iface().actions());
        assertEquals(2, d.iface().outputBits());
        Mdp g = mdp(d, "G");
        assertTrue(g.horizon().isEmpty());
        assertQ(q(1, 2), g.discount());
        assertEquals(1, g.state(1).code(), "code 10");
        assertQ(q(-1, 10), g.state(1).transitions().get(0).reward());
        assertQ(q(3, 4), g.state(1).init());
    }

    // ---- circuits --------------------------------------------------------------------------

    @Test
    void circuitsKeepNestedGatesAndConstants() {
        Document d = Fixtures.valid("circuits.mdp");
        assertEquals(2, d.iface().outputBits());
        CircuitDef nested = d.circuit("Nested").orElseThrow();
        assertEquals(List.of("y0", "t", "y1"), nested.assignments().stream().map(CircuitDef.Assignment::signal).toList());
        GateExpr.Apply y0 = (GateExpr.Apply) nested.assignments().get(0).value();
        assertEquals(GateOp.XOR, y0.op());
        assertEquals(GateOp.AND, ((GateExpr.Apply) y0.args().get(0)).op());
        GateExpr.Apply not = (GateExpr.Apply) y0.args().get(1);
        assertEquals(GateOp.NOT, not.op());
        assertEquals(new GateExpr.Name("x2", not.args().get(0).pos()), not.args().get(0));

        GateExpr.Apply t = (GateExpr.Apply) nested.assignments().get(1).value();
        assertEquals(GateOp.NAND, t.op());
        GateExpr.Apply nor = (GateExpr.Apply) t.args().get(1);
        assertEquals(GateOp.NOR, nor.op());
        assertEquals(false, ((GateExpr.Constant) nor.args().get(1)).value());

        GateExpr.Apply y1 = (GateExpr.Apply) nested.assignments().get(2).value();
        assertEquals(GateOp.XNOR, y1.op());
        GateExpr.Apply or = (GateExpr.Apply) y1.args().get(0);
        assertEquals(GateOp.OR, or.op());
        assertEquals(true, ((GateExpr.Constant) or.args().get(1)).value());

        CircuitDef plain = d.circuit("Plain").orElseThrow();
        assertEquals(false, ((GateExpr.Constant) plain.assignments().get(0).value()).value());
        assertEquals("x2", ((GateExpr.Name) plain.assignments().get(1).value()).name());
    }

    // ---- queries -----------------------------------------------------------------------------

    @Test
    void solveClausesInAnyOrder() {
        Document d = Fixtures.valid("queries.mdp");
        assertEquals(List.of("first", "second", "third", "fourth", "hubinger", "plain", "by_circuit", "by_table",
                "table_without_semicolon"), d.queries().stream().map(Query::name).toList());

        Query.Solve first = query(d, "first", Query.Solve.class);
        assertSame(d.family("Meta").orElseThrow(), first.target());
        ReturnRequirement r = first.returnRequirement().orElseThrow();
        assertTrue(r.relativeToOptimal());
        assertQ(q(1, 10), r.value());
        assertEquals(2, first.requires().size());
        assertInstanceOf(Expr.Not.class, first.requires().get(0));
        assertInstanceOf(Expr.Or.class, first.requires().get(1));
        assertEquals(Objective.DEPTH_THEN_SIZE, first.objective());
        assertEquals(Basis.AIG, first.basis());
        assertEquals(List.of("bad", "blocks"), first.reports().stream().map(Predicate::name).toList());
        assertEquals(List.of("status", "size", "depth", "cost", "lowerBound", "return", "threshold", "policies", "bad"),
                first.expectations().stream().map(Expectation::key).toList());
        assertEquals(new Expectation.Word("optimal"), first.expectations().get(0).value());
        assertQ(q(5, 4), ((Expectation.Number) first.expectations().get(5).value()).value());
        assertQ(q(-1, 10), ((Expectation.Number) first.expectations().get(6).value()).value());
        assertEquals(new Expectation.Quantified(Expectation.Quant.SOME), first.expectations().get(8).value());

        Query.Solve second = query(d, "second", Query.Solve.class);
        assertSame(mdp(d, "U"), second.target());
        assertTrue(second.returnRequirement().orElseThrow().relativeToOptimal());
        assertQ(BigFraction.ZERO, second.returnRequirement().orElseThrow().value());
        assertEquals(Objective.SIZE_THEN_DEPTH, second.objective());
        assertEquals(Basis.XAG, second.basis());
        assertEquals(new Expectation.Quantified(Expectation.Quant.NONE), second.expectations().get(0).value());
        assertEquals(new Expectation.Word("infeasible"), second.expectations().get(1).value());

        Query.Solve third = query(d, "third", Query.Solve.class);
        assertEquals(Objective.DEPTH, third.objective());
        assertFalse(third.returnRequirement().orElseThrow().relativeToOptimal());
        assertQ(q(-2), third.returnRequirement().orElseThrow().value());

        Query.Solve fourth = query(d, "fourth", Query.Solve.class);
        assertTrue(fourth.returnRequirement().isEmpty());
        assertEquals(Objective.SIZE, fourth.objective(), "default objective");
        assertEquals(Basis.B2, fourth.basis(), "default basis");
        assertTrue(fourth.requires().isEmpty() && fourth.reports().isEmpty() && fourth.expectations().isEmpty());
    }

    @Test
    void lemmaAndEvalQueries() {
        Document d = Fixtures.valid("queries.mdp");
        Query.Lemma lemma = query(d, "hubinger", Query.Lemma.class);
        assertSame(d.family("Meta").orElseThrow(), lemma.family());
        assertSame(mdp(d, "Bad"), lemma.bad());
        assertSame(predicate(d, "bad"), lemma.predicate());
        assertQ(q(1), lemma.returnRequirement().orElseThrow().value());
        assertEquals(List.of(Expectation.VERDICT, "familyCost", "unionCost", "samePolicies", "premise", "conclusion"),
                lemma.expectations().stream().map(Expectation::key).toList());
        assertEquals(new Expectation.Word("fails"), lemma.expectations().get(0).value());
        assertEquals(new Expectation.Bool(true), lemma.expectations().get(3).value());
        assertEquals(new Expectation.Quantified(Expectation.Quant.ALL), lemma.expectations().get(4).value());

        Query.Lemma plain = query(d, "plain", Query.Lemma.class);
        assertTrue(plain.returnRequirement().isEmpty());
        assertEquals(Objective.SIZE, plain.objective());

        Query.Eval byCircuit = query(d, "by_circuit", Query.Eval.class);
        assertSame(d.circuit("Go").orElseThrow(),
                assertInstanceOf(PolicySource.FromCircuit.class, byCircuit.source()).circuit());
        assertEquals(List.of("return", "valid", "bad", "deep"),
                byCircuit.expectations().stream().map(Expectation::key).toList());
        assertEquals(new Expectation.Bool(false), byCircuit.expectations().get(3).value());

        Mdp u = mdp(d, "U");
        Map<StateRef, Action> table = ((PolicySource.Table) query(d, "by_table", Query.Eval.class).source()).entries();
        Mdp easy = mdp(d, "Easy");
        assertEquals(List.of(new StateRef(easy, 0), new StateRef(easy, 1), new StateRef(u, 3)),
                List.copyOf(table.keySet()), "U.Bad.s1 is state Bad.s1 of the union");
        assertEquals(List.of("go", "stay", "stay"), table.values().stream().map(Action::name).toList());
        assertEquals(1, ((PolicySource.Table) query(d, "table_without_semicolon", Query.Eval.class).source())
                .entries().size());
    }

    @Test
    void unionNamesResolveThroughMemberPrefixes() {
        Document d = Fixtures.valid("queries.mdp");
        Mdp u = mdp(d, "U");
        assertEquals(List.of(1), mdp(d, "Easy").sets().get("target"), "a set may be named 'target'");
        assertEquals(List.of(1), u.sets().get("Easy.target"));
        Expr.And deep = assertInstanceOf(Expr.And.class, predicate(d, "deep").body());
        assertEquals(new Expr.StateTerm.Fixed(new StateRef(u, 2)), act(deep.left()).state());
        Expr.Quantifier q = assertInstanceOf(Expr.Quantifier.class, deep.right());
        assertEquals("U.Easy.target", q.domain().description());
        assertEquals(List.of(new StateRef(u, 1)), q.domain().members());
        Expr.Quantifier blocks = assertInstanceOf(Expr.Quantifier.class, predicate(d, "blocks").body());
        assertEquals(List.of(new StateRef(u, 0), new StateRef(u, 1)), blocks.domain().members());
    }

    // ---- the reference manual's examples ----------------------------------------------------

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("validFiles")
    void everyValidFileLoads(java.nio.file.Path file) {
        Fixtures.valid(file.getFileName().toString());
    }

    static List<java.nio.file.Path> validFiles() throws java.io.IOException {
        return Fixtures.files("valid");
    }

    @Test
    void referenceExamplesKeepMemberSetsInTheUnion() {
        Document d = Fixtures.valid("reference.mdp");
        Mdp all = mdp(d, "All");
        assertEquals(List.of("Corridor", "Corridor.hungry_states", "Maze"), List.copyOf(all.sets().keySet()));
        assertEquals(List.of(1), all.sets().get("Corridor.hungry_states"));
        assertEquals(List.of(2, 3), all.sets().get("Maze"));
        assertQ(q(1, 2), all.state(0).init(), "2/3 * 3/4");
        assertQ(q(1, 6), all.state(1).init(), "2/3 * 1/4");
        assertQ(q(1, 3), all.state(2).init(), "1/3 * 1");
        Expr.And inUnion = assertInstanceOf(Expr.And.class, predicate(d, "in_union").body());
        // the first quantifier's body takes the rest: act(..) and forall s in All.Maze : (.. and forall ..)
        Expr.Quantifier maze = assertInstanceOf(Expr.Quantifier.class, inUnion.right());
        assertEquals(List.of(new StateRef(all, 2), new StateRef(all, 3)), maze.domain().members());
        Expr.And mazeBody = assertInstanceOf(Expr.And.class, maze.body());
        Expr.Quantifier hungry = assertInstanceOf(Expr.Quantifier.class, mazeBody.right());
        assertEquals(List.of(new StateRef(all, 1)), hungry.domain().members());
        assertEquals(List.of(new Action("wait", 0), new Action("eat", 1), new Action("flee", 2)), d.iface().actions());
        assertEquals(List.of("sees_guard", "hungry"), d.iface().inputs());
    }
}
