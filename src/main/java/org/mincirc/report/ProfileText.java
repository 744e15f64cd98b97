package org.mincirc.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Rationals;
import org.mincirc.query.ProfileResult;

/**
 * The text rendering of a profile: what was asked, then one row per circuit size with the exact
 * number of policies of that minimal size, how many satisfy each predicate (and the fraction),
 * and with circuit counting the same for the normal circuits of exactly that size.
 */
final class ProfileText {
    private ProfileText() {}

    static void render(ProfileResult r, StringBuilder out) {
        TextReport.row(out, "target", r.query().target().name());
        r.threshold().ifPresent(t -> TextReport.row(out, "threshold", "return >= " + Rationals.format(t)
                + r.optimum().map(o -> "   (optimal " + Rationals.format(o) + ")").orElse("")));
        TextReport.row(out, "status", r.complete()
                ? "complete: every size up to " + r.query().bound() + " settled (" + r.query().basis().keyword() + ")"
                : "incomplete");
        if (!r.message().isEmpty()) {
            TextReport.row(out, "why", r.message());
        }
        r.minimum().ifPresent(m -> TextReport.row(out, "minimum", "size " + m));
        r.totalPolicies().ifPresent(n -> TextReport.row(out, "policies", n + " meet the requirements with at most "
                + TextReport.plural(r.query().bound(), "gate")));
        if (r.levels().isEmpty()) {
            return;
        }
        for (String line : table(r)) {
            out.append("  ").append(line).append('\n');
        }
    }

    /** The table: a header, then one row per size; columns padded to their widest cell. */
    static List<String> table(ProfileResult r) {
        boolean circuits = r.levels().stream().anyMatch(l -> l.circuits().isPresent());
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("size", "policies"));
        r.predicates().forEach(head::add);
        if (circuits) {
            head.add("circuits");
            r.predicates().forEach(p -> head.add(p + " circuits"));
            head.add("all circuits");
        }
        rows.add(head);
        for (ProfileResult.Level l : r.levels()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(l.cost()), Integer.toString(l.policyCount())));
            for (String p : r.predicates()) {
                row.add(share(l.satisfying().get(p), l.policyCount()));
            }
            l.circuits().ifPresent(c -> {
                row.add(Long.toString(c.qualifying()));
                for (String p : r.predicates()) {
                    row.add(share(c.satisfying().get(p), c.qualifying()));
                }
                row.add(Long.toString(c.all()));
            });
            rows.add(row);
        }
        int[] width = new int[head.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", row.get(i)));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** "2 (2/5)": a count and its exact fraction of the total; "0" alone when the total is 0. */
    static String share(long part, long total) {
        return total == 0 ? Long.toString(part) : part + " (" + Rationals.format(BigFraction.of(part, total)) + ")";
    }
}
