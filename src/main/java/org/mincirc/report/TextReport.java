package org.mincirc.report;

import java.util.Map;
import org.mincirc.model.Rationals;
import org.mincirc.query.Check;
import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.UnsupportedResult;

/** The human-readable rendering of query results ({@code mincirc run}). */
public final class TextReport {
    private TextReport() {}

    public static String render(QueryResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.query().kind()).append(' ').append(result.query().name())
                .append("  (").append(result.query().pos()).append(")\n");
        result.accept(new Body(out));
        for (Check check : result.checks()) {
            row(out, check.holds() ? "ok" : "FAILED", check.describe());
        }
        return out.toString();
    }

    /** The lines between the header and the checks, by kind. */
    private record Body(StringBuilder out) implements QueryResult.Visitor<Void> {
        @Override
        public Void eval(EvalResult result) {
            renderEval(result, out);
            return null;
        }

        @Override
        public Void solve(SolveResult result) {
            SolveText.render(result, out);
            return null;
        }

        @Override
        public Void lemma(LemmaResult result) {
            LemmaText.render(result, out);
            return null;
        }

        @Override
        public Void profile(ProfileResult result) {
            ProfileText.render(result, out);
            return null;
        }

        @Override
        public Void series(SeriesResult result) {
            SeriesText.render(result, out);
            return null;
        }

        @Override
        public Void failed(FailedResult result) {
            row(out, "error", result.message());
            return null;
        }

        @Override
        public Void unsupported(UnsupportedResult result) {
            row(out, "skipped", result.reason());
            return null;
        }
    }

    private static void renderEval(EvalResult eval, StringBuilder out) {
        row(out, "target", eval.query().target().name());
        if (eval.circuit() != null) {
            row(out, "policy", "circuit with " + plural(eval.circuit().size(), "gate") + ", depth " + eval.circuit().depth());
        } else {
            row(out, "policy", "table");
        }
        row(out, "valid", eval.valid() ? "yes" : "no: " + eval.invalidReason());
        row(out, "return", eval.returnValue() == null ? "undefined" : Rationals.format(eval.returnValue()));
        for (Map.Entry<String, Boolean> p : eval.predicates().entrySet()) {
            row(out, p.getKey(), p.getValue() == null ? "undefined" : p.getValue().toString());
        }
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static void row(StringBuilder out, String label, String value) {
        out.append("  ").append(String.format("%-12s", label)).append(' ').append(value).append('\n');
    }
}
