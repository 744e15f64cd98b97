package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.model.Document;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;
import org.mincirc.model.State;

/** Small points of the language, each checked on a text of a few lines. */
class LanguageDetailsTest {
    private static final String IFACE = "interface { inputs x0 x1 x2 x3; actions a, b; }\n";

    private static Document load(String text) throws LoadException {
        return Loader.parse("t.mdp", text);
    }

    private static Diagnostic onlyError(String text) {
        LoadException e = assertThrows(LoadException.class, () -> load(text));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        return e.diagnostics().get(0);
    }

    @Test
    void documentFileIsTheNameAsGiven() throws LoadException {
        assertEquals("some/dir/x.mdp", Loader.parse("some/dir/x.mdp", IFACE).file());
    }

    @Test
    void codesKeepLeadingZeros() throws LoadException {
        Document d = load(IFACE + "mdp T { horizon 1; state s code 0001 init 1 { a -> reward 1; } "
                + "state t code 1000 { a -> reward 1; } }");
        List<State> states = d.mdp("T").orElseThrow().states();
        assertEquals(8, states.get(0).code(), "0001: input x3 is 1");
        assertEquals(1, states.get(1).code(), "1000: input x0 is 1");
    }

    @Test
    void positionsAfterMultiLineCommentsAreExact() {
        Diagnostic d = onlyError("/* one\n two\n three */ interface { inputs x0; actions a; }\n"
                + "// comment\nmdp T { horizon 1; state s code 0 init 1 { c -> reward 1; } }");
        assertEquals(5, d.pos().line());
        assertEquals(44, d.pos().column());
        assertEquals(DiagnosticCode.UNKNOWN_ACTION, d.code());
    }

    @Test
    void numbersAreExactRationals() throws LoadException {
        Document d = load(IFACE + "mdp T { horizon 1; discount 0.125; state s code 0000 init 1 {"
                + " a -> reward -2; b -> { 0.5: s, 1/2: stop } reward -1/10; } }");
        Mdp t = d.mdp("T").orElseThrow();
        assertEquals(0, BigFraction.of(1, 8).compareTo(t.discount()));
        assertEquals(0, BigFraction.of(-2).compareTo(t.state(0).transitions().get(0).reward()));
        assertEquals(0, BigFraction.of(-1, 10).compareTo(t.state(0).transitions().get(1).reward()));
        assertEquals(0, BigFraction.of(1, 2).compareTo(t.state(0).transitions().get(1).successors().get(0).probability()));
    }

    @Test
    void declarationOrderDoesNotMatter() throws LoadException {
        Document d = load("family F { U: 1/2, B: 1/2 }\nmdp U = union G;\nfamily G { A: 1 }\n"
                + "mdp A { horizon 2; state s code 0 init 1 { a -> reward 1; } }\n"
                + "mdp B { horizon 2; state s code 1 init 1 { a -> reward 1; } }\n"
                + "interface { inputs x0; actions a; }\n");
        Family f = d.family("F").orElseThrow();
        assertSame(d.mdp("U").orElseThrow(), f.members().get(0).mdp(), "a family may hold a union mdp");
        assertEquals("A.s", d.mdp("U").orElseThrow().state(0).name());
    }

    @Test
    void optimalSlackMayBeWrittenWithoutSpaces() throws LoadException {
        Document d = load(IFACE + "mdp T { horizon 1; state s code 0000 init 1 { a -> reward 1; } }\n"
                + "solve q { target T; require return >= optimal -1/10; }");
        Query.Solve q = (Query.Solve) d.queries().get(0);
        assertTrue(q.returnRequirement().orElseThrow().relativeToOptimal());
        assertEquals(0, BigFraction.of(1, 10).compareTo(q.returnRequirement().orElseThrow().value()));
    }

    @Test
    void bareStateInPredicateSuggestsEveryQualifiedForm() {
        Diagnostic d = onlyError("interface { inputs x0; actions a; }\n"
                + "mdp A { horizon 1; state s code 0 init 1 { a -> reward 1; } }\n"
                + "mdp B { horizon 1; state s code 1 init 1 { a -> reward 1; } }\n"
                + "predicate p = forall t in A : act(s) == a;");
        assertEquals("t.mdp:4:35: error: unknown state variable s; outside its mdp a state is named with its mdp, "
                + "e.g. A.s or B.s", d.format());
    }

    @Test
    void aReferenceToABoundVariableIsExplained() {
        Diagnostic d = onlyError("interface { inputs x0; actions a; }\n"
                + "mdp A { horizon 1; state s code 0 init 1 { a -> reward 1; } }\n"
                + "predicate p = exists t in A : t;");
        assertEquals("unknown predicate t; t is a state variable, use it inside act(t)", d.message());
    }

    @Test
    void selfReferenceIsACycle() {
        Diagnostic d = onlyError("predicate p = not p;");
        assertEquals("t.mdp:1:11: error: predicates refer to each other in a cycle: p -> p", d.format());
    }

    @Test
    void variablesDoNotLeakFromOnePredicateIntoAnother() {
        // q is resolved while p's quantifier is open; q's own 's' must still be unknown.
        LoadException e = assertThrows(LoadException.class, () -> load("interface { inputs x0; actions a; }\n"
                + "mdp A { horizon 1; state s0 code 0 init 1 { a -> reward 1; } }\n"
                + "predicate p = exists s in A : q;\npredicate q = act(s) == a;"));
        assertEquals(List.of("t.mdp:4:19: error: unknown state variable s; use a variable bound by exists/forall "
                + "or a state written Mdp.state"), e.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void severalMdpsWithoutInterfaceIsOneErrorNotACascade() {
        LoadException e = assertThrows(LoadException.class, () -> load(
                "mdp A { horizon 1; state s code 0 init 1 { a -> reward 1; } }\n"
                        + "mdp B { horizon 1; state s init 1 { b -> reward 1; } }"));
        assertEquals(List.of(DiagnosticCode.MISSING_INTERFACE),
                e.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void quantifierInsideAnAndStillTakesEverythingToItsRight() throws LoadException {
        Document d = load("interface { inputs x0; actions a, b; }\n"
                + "mdp A { horizon 1; state s code 0 init 1 { a -> reward 1; } }\n"
                + "predicate p = true and exists s in A : act(s) == a or false implies true;\n"
                + "predicate q = not forall s in A : act(s) == a and act(s) == b;");
        var p = (org.mincirc.model.Expr.And) d.predicate("p").orElseThrow().body();
        var quant = (org.mincirc.model.Expr.Quantifier) p.right();
        var implies = (org.mincirc.model.Expr.Implies) quant.body();
        assertTrue(implies.left() instanceof org.mincirc.model.Expr.Or, "body is (act or false) implies true");
        var q = (org.mincirc.model.Expr.Not) d.predicate("q").orElseThrow().body();
        var forall = (org.mincirc.model.Expr.Quantifier) q.operand();
        assertTrue(forall.body() instanceof org.mincirc.model.Expr.And);
    }
}
