package org.mincirc.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.UnsupportedResult;

/**
 * Every difference, in words, between the results of one query run on two backends. Only
 * answers are compared, never the chosen circuit: status, cost, size, lower bound, threshold,
 * policy count, predicate quantifiers, and the return when there is one minimal policy (with
 * ties, each backend may report a different minimal circuit, and the oracle comparison checks
 * that each return belongs to a minimal policy).
 */
final class BackendAgreement {
    private BackendAgreement() {}

    static List<String> differences(QueryResult a, QueryResult b) {
        List<String> out = new ArrayList<>();
        if (a instanceof FailedResult || b instanceof FailedResult || a instanceof UnsupportedResult
                || b instanceof UnsupportedResult) {
            out.add("not compared: " + describe(a) + " vs " + describe(b));
            return out;
        }
        if (a instanceof SolveResult s && b instanceof SolveResult t) {
            solve("", s, t, out);
        } else if (a instanceof LemmaResult l && b instanceof LemmaResult m) {
            same(out, "verdict", l.verdict(), m.verdict());
            same(out, "samePolicies", l.samePolicies(), m.samePolicies());
            same(out, "premise", l.premise(), m.premise());
            same(out, "conclusion", l.conclusion(), m.conclusion());
            side("family ", l.family(), m.family(), out);
            side("union ", l.unionSide(), m.unionSide(), out);
        } else {
            out.add("different kinds of result: " + describe(a) + " vs " + describe(b));
        }
        return out;
    }

    private static void solve(String prefix, SolveResult s, SolveResult t, List<String> out) {
        same(out, prefix + "status", s.status(), t.status());
        same(out, prefix + "cost", s.cost(), t.cost());
        same(out, prefix + "size", s.circuit().map(c -> c.size()), t.circuit().map(c -> c.size()));
        same(out, prefix + "lowerBound", s.lowerBound(), t.lowerBound());
        same(out, prefix + "threshold", s.threshold(), t.threshold());
        same(out, prefix + "optimum", s.optimum(), t.optimum());
        same(out, prefix + "policies", s.policies(), t.policies());
        same(out, prefix + "policiesComplete", s.policiesComplete(), t.policiesComplete());
        same(out, prefix + "predicates", s.predicates(), t.predicates());
        if (s.policies().equals(Optional.of(1)) && s.policiesComplete()) {
            same(out, prefix + "return", s.returnValue(), t.returnValue());
        }
    }

    private static void side(String prefix, LemmaResult.Side s, LemmaResult.Side t, List<String> out) {
        same(out, prefix + "status", s.status(), t.status());
        same(out, prefix + "cost", s.cost(), t.cost());
        same(out, prefix + "size", s.circuit().map(c -> c.size()), t.circuit().map(c -> c.size()));
        same(out, prefix + "threshold", s.threshold(), t.threshold());
        same(out, prefix + "optimum", s.optimum(), t.optimum());
        same(out, prefix + "policies", s.policies(), t.policies());
        if (s.policies().equals(Optional.of(1)) && s.policiesComplete()) {
            same(out, prefix + "return", s.returnValue(), t.returnValue());
        }
    }

    private static void same(List<String> out, String what, Object x, Object y) {
        if (!Objects.equals(normalize(x), normalize(y))) {
            out.add(what + ": " + x + " vs " + y);
        }
    }

    /** BigFraction equality is by value after reduction; compare fractions by their text. */
    private static Object normalize(Object o) {
        if (o instanceof Optional<?> opt) {
            return opt.map(BackendAgreement::normalize);
        }
        if (o instanceof org.apache.commons.numbers.fraction.BigFraction f) {
            return org.mincirc.model.Rationals.format(f);
        }
        return o;
    }

    private static String describe(QueryResult r) {
        if (r instanceof FailedResult f) {
            return "failed (" + f.kind() + "): " + f.message();
        }
        return r.getClass().getSimpleName();
    }
}
