package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.model.Document;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;

/**
 * Parametrised families ({@code family Train(n) { Task(k = 0..(n - 1)): uniform }}) and series
 * ({@code target Train(n = 1..3)} in a solve): the instances a family makes, the members and
 * expectations of a series, and every diagnostic with its code and position.
 */
class SeriesLanguageTest {
    private static final String HEAD = """
            interface { inputs x0 x1 x2; actions a = 0, b = 1; }
            mdp T(k) { horizon 1; state s code bits(k, 3) init 1 { a -> reward 1; b -> reward 0; } }
            family Train(n) { T(k = 0..(n - 1)): uniform }
            """;

    private static Document load(String body) throws LoadException {
        return Loader.parse("s.mdp", HEAD + body);
    }

    private static Diagnostic error(String body) {
        LoadException e = assertThrows(LoadException.class, () -> load(body));
        return e.diagnostics().get(0);
    }

    @Test
    void aFamilyInstanceHasTheMembersItsBoundsSay() throws Exception {
        Document d = load("mdp U = union Train_n3;\nfamily Two { T_k0: 1/2, T_k1: 1/2 }\n");
        Family three = d.family("Train_n3").orElseThrow();
        assertEquals(List.of("T_k0", "T_k1", "T_k2"), three.members().stream().map(m -> m.mdp().name()).toList());
        three.members().forEach(m -> assertEquals(BigFraction.of(1, 3), m.weight()));
        // Instances of the mdp are shared: Train_n3 and Two hold the same T_k0.
        assertTrue(three.members().get(0).mdp() == d.family("Two").orElseThrow().members().get(0).mdp());
        Mdp u = d.mdps().stream().filter(m -> m.name().equals("U")).findFirst().orElseThrow();
        assertEquals(3, u.states().size());
    }

    @Test
    void aSeriesHasOneSolvePerValueWithItsOwnExpectations() throws Exception {
        Document d = load("""
                solve s { target Train(n = 2..4); require return >= optimal; expect Train_n3.size = 2;
                          expect Train_n4.policies = 1; }
                """);
        Query.Series s = (Query.Series) d.queries().get(0);
        assertEquals("series", s.kind());
        assertEquals("n", s.parameter());
        assertEquals(List.of("Train_n2", "Train_n3", "Train_n4"), s.members().stream().map(Query.Series.Member::instance).toList());
        Query.Solve three = s.members().get(1).solve();
        assertEquals("s.Train_n3", three.name());
        assertEquals("Train_n3", three.target().name());
        assertEquals(List.of("size"), three.expectations().stream().map(e -> e.key()).toList());
        assertEquals(List.of("Train_n3.size", "Train_n4.policies"), s.expectations().stream().map(e -> e.key()).toList());
        assertTrue(s.members().get(0).solve().expectations().isEmpty());
    }

    @Test
    void aSeriesMayRangeOverAParametrisedMdpToo() throws Exception {
        Query.Series s = (Query.Series) load("solve s { target T(k = 1..2); }\n").queries().get(0);
        assertEquals(List.of("T_k1", "T_k2"), s.members().stream().map(Query.Series.Member::instance).toList());
    }

    @Test
    void diagnostics() {
        Diagnostic d = error("solve s { target Train; }\n");
        assertEquals(DiagnosticCode.PARAMETERS_MISSING, d.code());
        assertTrue(d.message().contains("family Train has parameters (n)"), d.message());
        assertEquals(4, d.pos().line());

        d = error("family Plain { T_k0: 1 }\nsolve s { target Plain(n = 1..2); }\n");
        assertEquals(DiagnosticCode.SERIES_RANGE, d.code());
        assertTrue(d.message().contains("Plain has no parameters"), d.message());

        d = error("solve s { target Train(n = 2); }\n");
        assertEquals(DiagnosticCode.SERIES_RANGE, d.code());
        assertTrue(d.message().contains("target Train_n2;"), d.message());

        d = error("solve s { target Train(m = 1..2); }\n");
        assertEquals(DiagnosticCode.ARGUMENTS, d.code());

        d = error("solve s { target Train(n = 1..2); expect size = 1; }\n");
        assertEquals(DiagnosticCode.SERIES_EXPECT_KEY, d.code());
        assertTrue(d.message().contains("Train_n1.size"), d.message());

        d = error("solve s { target Train(n = 1..2); expect Train_n5.size = 1; }\n");
        assertEquals(DiagnosticCode.SERIES_EXPECT_KEY, d.code());
        assertTrue(d.message().contains("no member Train_n5"), d.message());

        d = error("solve s { target Train(n = 1..2); expect Train_n1.bogus = 1; }\n");
        assertEquals(DiagnosticCode.SERIES_EXPECT_KEY, d.code());

        d = error("solve s { target T_k1; plot \"x.svg\"; }\n");
        assertEquals(DiagnosticCode.PLOT_WITHOUT_SERIES, d.code());

        d = error("solve s { target T_k1; expect T_k1.size = 0; }\n");
        assertEquals(DiagnosticCode.UNKNOWN_EXPECT_KEY, d.code());

        LoadException e = assertThrows(LoadException.class, () -> load("eval e { target Train(n = 1..2); policy { }; }\n"));
        assertTrue(e.diagnostics().stream().anyMatch(x -> x.code() == DiagnosticCode.SERIES_RANGE
                && x.message().contains("only a solve ranges over instances")), e.getMessage());

        // A bound that is not a whole number, inside one instance: the instance is named.
        d = error("family Half(n) { T(k = 0..(n / 2)): uniform }\nmdp H = union Half_n3;\n");
        assertEquals(DiagnosticCode.PARAMETER_VALUE, d.code());
        assertTrue(d.message().contains("(in instance Half_n3)"), d.message());

        // A predicate means the same for every member, so it cannot name the ranging family itself.
        d = error("predicate p = return(Train) == 1;\n");
        assertEquals(DiagnosticCode.PARAMETERS_MISSING, d.code());

        d = error("family Bad { T(k = 0..(n - 1)): uniform }\n");
        assertEquals(DiagnosticCode.EXPRESSION, d.code());
    }
}
