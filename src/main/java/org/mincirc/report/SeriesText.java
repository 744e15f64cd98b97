package org.mincirc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Predicate;
import org.mincirc.model.Rationals;
import org.mincirc.query.FailedResult;
import org.mincirc.query.Quantifier;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;

/**
 * A series as text, one table row per value (status, size, depth, minimal policies, each
 * reported predicate's quantifier with its exact fraction when it is some, seconds), and as
 * JSON, the member solve objects in order.
 */
final class SeriesText {
    private SeriesText() {}

    static void render(SeriesResult r, StringBuilder out) {
        TextReport.row(out, "target", r.query().target() + "(" + r.query().parameter() + " = "
                + r.members().get(0).value() + ".." + r.members().get(r.members().size() - 1).value() + ")");
        List<String> header = new ArrayList<>(List.of(r.query().parameter(), "status", "size", "depth", "policies"));
        r.query().reports().forEach(p -> header.add(p.name()));
        header.add("seconds");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (SeriesResult.Member m : r.members()) {
            List<String> row = new ArrayList<>();
            row.add(m.value().toString());
            if (m.solve().isEmpty()) {
                row.add("error");
                row.add(failure(m));
                rows.add(row);
                continue;
            }
            SolveResult s = m.solve().get();
            row.add(s.status().keyword());
            row.add(s.circuit().map(c -> Integer.toString(c.size())).orElse("-"));
            row.add(s.circuit().map(c -> Integer.toString(c.depth())).orElse("-"));
            row.add(s.policies().map(n -> n + (s.policiesComplete() ? "" : "+")).orElse("-"));
            for (Predicate p : r.query().reports()) {
                row.add(quantifier(s.predicates().getOrDefault(p.name(), Quantifier.UNKNOWN), m.fractions().get(p.name())));
            }
            row.add(String.format(Locale.ROOT, "%.2f", s.elapsed().toNanos() / 1e9));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(i + 1 < row.size() ? String.format("%-" + (widths[Math.min(i, widths.length - 1)] + 2) + "s", cell)
                        : cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** all, none, or some with the exact fraction of the minimal policies when it was counted. */
    static String quantifier(Quantifier q, BigFraction fraction) {
        return q == Quantifier.SOME && fraction != null ? "some " + Rationals.format(fraction) : q.keyword();
    }

    private static String failure(SeriesResult.Member m) {
        return m.result().accept(new MessageOf());
    }

    static void json(SeriesResult r, ObjectNode node) {
        node.put("target", r.query().target());
        node.put("parameter", r.query().parameter());
        ArrayNode members = node.putArray("members");
        for (SeriesResult.Member m : r.members()) {
            ObjectNode member = JsonReport.toJson(m.result());
            member.put("instance", m.instance());
            member.put("value", m.value().toString());
            ObjectNode fractions = member.putObject("fractions");
            m.fractions().forEach((p, f) -> fractions.put(p, Rationals.format(f)));
            members.add(member);
        }
    }

    /** Why a member has no solve result (it failed or was skipped). */
    private static final class MessageOf implements org.mincirc.query.QueryResult.Visitor<String> {
        @Override
        public String eval(org.mincirc.query.EvalResult r) {
            return "";
        }

        @Override
        public String solve(SolveResult r) {
            return "";
        }

        @Override
        public String lemma(org.mincirc.query.LemmaResult r) {
            return "";
        }

        @Override
        public String profile(org.mincirc.query.ProfileResult r) {
            return "";
        }

        @Override
        public String series(SeriesResult r) {
            return "";
        }

        @Override
        public String failed(FailedResult r) {
            return r.message();
        }

        @Override
        public String unsupported(org.mincirc.query.UnsupportedResult r) {
            return r.reason();
        }
    }
}
