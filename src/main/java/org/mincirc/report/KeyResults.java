package org.mincirc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mincirc.model.Rationals;
import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.Quantifier;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.SolveStatus;
import org.mincirc.query.UnsupportedResult;

/**
 * One query's result in a few words for the catalog, e.g. {@code parity: size 2 optimal, 1 policy}.
 * Only facts that do not depend on which minimal circuit the solver happened to find are shown,
 * so the catalog is the same on every run.
 */
public final class KeyResults {
    private KeyResults() {}

    public static String of(QueryResult r) {
        return r.query().name() + ": " + r.accept(new QueryResult.Visitor<String>() {
            @Override
            public String eval(EvalResult e) {
                return KeyResults.eval(e);
            }

            @Override
            public String solve(SolveResult s) {
                return KeyResults.solve(s);
            }

            @Override
            public String lemma(LemmaResult l) {
                return KeyResults.lemma(l);
            }

            @Override
            public String profile(ProfileResult l) {
                return KeyResults.profile(l);
            }

            @Override
            public String series(SeriesResult s) {
                return KeyResults.series(s, this);
            }

            @Override
            public String failed(FailedResult f) {
                return f.kind() == FailedResult.Kind.TIMEOUT ? "timeout" : "error";
            }

            @Override
            public String unsupported(UnsupportedResult u) {
                return "skipped";
            }
        });
    }

    /** A series: the minimal size per value, e.g. {@code sizes 0 1 2 2 over n = 1..4}. */
    private static String series(SeriesResult r, QueryResult.Visitor<String> each) {
        List<String> sizes = new ArrayList<>();
        for (SeriesResult.Member m : r.members()) {
            sizes.add(m.solve().filter(s -> s.status() == SolveStatus.OPTIMAL).flatMap(s -> s.circuit())
                    .map(c -> Integer.toString(c.size())).orElse("?"));
        }
        return "sizes " + String.join(" ", sizes) + " over " + r.query().parameter() + " = "
                + r.members().get(0).value() + ".." + r.members().get(r.members().size() - 1).value();
    }

    private static String solve(SolveResult s) {
        List<String> parts = new ArrayList<>();
        if (s.status() == SolveStatus.OPTIMAL) {
            parts.add(cost(s) + " optimal" + basis(s.query().basis().keyword()));
            s.threshold().ifPresent(t -> parts.add("return >= " + Rationals.format(t)));
            s.policies().filter(n -> s.policiesComplete())
                    .ifPresent(n -> parts.add(n + (n == 1 ? " policy" : " policies")));
        } else if (s.status() == SolveStatus.INFEASIBLE) {
            parts.add("infeasible");
        } else {
            parts.add("unknown (" + s.lowerBound() + " or more)");
        }
        for (Map.Entry<String, Quantifier> p : s.predicates().entrySet()) {
            parts.add(p.getKey() + " " + p.getValue().keyword());
        }
        return String.join(", ", parts);
    }

    /** The costs the objective minimizes: the same for every minimal circuit, unlike the others. */
    private static String cost(SolveResult s) {
        org.mincirc.circuit.Circuit c = s.circuit().orElseThrow();
        return switch (s.objective().kind()) {
            case SIZE_THEN_DEPTH, DEPTH_THEN_SIZE -> "size " + c.size() + ", depth " + c.depth();
            case DEPTH -> "depth " + c.depth();
            case SIZE -> "size " + c.size();
            case WEIGHTED -> s.objective().keyword() + " " + s.objective().cost(c) + " (size " + c.size() + ", depth "
                    + c.depth() + ")";
        };
    }

    /** The basis, named only when it is not the default b2. */
    private static String basis(String keyword) {
        return keyword.equals("b2") ? "" : " (" + keyword + ")";
    }

    /** Profiles are exact counts, the same on every run: the minimum and the policies per size. */
    private static String profile(org.mincirc.query.ProfileResult p) {
        if (!p.complete()) {
            return "profile incomplete";
        }
        if (p.minimum().isEmpty()) {
            return "no policy up to size " + p.query().bound();
        }
        List<String> sizes = new ArrayList<>();
        for (org.mincirc.query.ProfileResult.Level l : p.levels()) {
            StringBuilder s = new StringBuilder().append(l.cost()).append(':').append(l.policyCount());
            p.predicates().forEach(q -> s.append(' ').append(q).append(' ').append(l.satisfying().get(q)));
            sizes.add(s.toString());
        }
        return "profile by size" + basis(p.query().basis().keyword()) + " " + String.join(", ", sizes);
    }

    private static String lemma(LemmaResult l) {
        String cost = l.query().objective().keyword();
        return "lemma " + l.verdict().keyword() + basis(l.query().basis().keyword())
                + ", family " + cost + " " + costText(l.family()) + " = union " + cost + " " + costText(l.unionSide())
                + ", " + l.query().predicate().name() + " " + l.premise().keyword() + " -> " + l.conclusion().keyword();
    }

    private static String costText(LemmaResult.Side side) {
        return side.status() == SolveStatus.INFEASIBLE ? "infeasible" : side.cost().map(String::valueOf).orElse("?");
    }

    private static String eval(EvalResult e) {
        List<String> parts = new ArrayList<>();
        if (!e.valid()) {
            parts.add("invalid");
        }
        if (e.returnValue() != null) {
            parts.add("return " + Rationals.format(e.returnValue()));
        }
        e.predicates().forEach((p, v) -> parts.add(p + " " + (v == null ? "undefined" : v)));
        return String.join(", ", parts);
    }
}
