package org.mincirc.report;

import java.util.stream.Collectors;
import org.mincirc.model.Family;
import org.mincirc.model.Rationals;
import org.mincirc.query.LemmaResult;

/**
 * The lemma report, written to read like the argument: the family and its threshold, the
 * minimal circuit and why it is minimal, where it is deceptive, and what the union inherits.
 */
final class LemmaText {
    private LemmaText() {}

    static void render(LemmaResult r, StringBuilder out) {
        Family family = r.query().family();
        String members = family.members().stream()
                .map(m -> m.mdp().name() + " " + Rationals.format(m.weight())).collect(Collectors.joining(", "));
        TextReport.row(out, "family", family.name() + " = { " + members + " }, bad member " + r.query().bad().name());
        r.family().threshold().ifPresent(t -> TextReport.row(out, "threshold", "return >= " + Rationals.format(t)
                + r.family().optimum().map(o -> "   (optimal " + Rationals.format(o) + ")").orElse("")));
        String cost = r.query().objective().text();
        TextReport.row(out, "on family", side(r.family(), cost));
        r.family().circuit().ifPresent(c -> {
            for (String line : SolveText.gateLines(c)) {
                out.append("                 ").append(line).append('\n');
            }
        });
        TextReport.row(out, "on union", side(r.unionSide(), cost) + "  (" + r.union().name() + ", "
                + r.union().states().size() + " states)");
        r.samePolicies().ifPresent(same -> TextReport.row(out, "policies",
                same ? "the same minimal policies on the family and on the union" : "DIFFERENT minimal policies"));
        TextReport.row(out, "premise", r.premise() + " minimal family circuits are " + r.query().predicate().name()
                + " (on " + r.query().bad().name() + ")");
        TextReport.row(out, "conclusion", r.conclusion() + " minimal union circuits are "
                + r.query().predicate().name());
        if (!r.defectsAt().isEmpty()) {
            TextReport.row(out, "witness", "a minimal circuit shows it at " + r.defectsAt().stream()
                    .map(s -> s.qualifiedName() + " (code " + codeOf(r, s) + ")")
                    .collect(Collectors.joining(", ")));
        }
        TextReport.row(out, "verdict", r.verdict() + ": " + r.reason());
    }

    private static String codeOf(LemmaResult r, org.mincirc.model.StateRef s) {
        return org.mincirc.model.Interface.formatCode(s.code(), inputs(r));
    }

    private static int inputs(LemmaResult r) {
        return r.family().circuit().or(r::witness).map(c -> c.inputs()).orElse(0);
    }

    private static String side(LemmaResult.Side s, String cost) {
        if (s.status().equals("infeasible")) {
            return "infeasible: no policy reaches the threshold";
        }
        String proofs = s.provenImpossible().isEmpty() ? "nothing cheaper exists"
                : s.provenImpossible().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " proven impossible";
        String policies = s.policies().map(n -> ", " + n + (n == 1 ? " minimal policy" : " minimal policies"))
                .orElse("");
        return s.status() + ": minimal " + cost + " " + s.cost().map(String::valueOf).orElse("?") + " (" + proofs + ")"
                + policies + s.returnValue().map(v -> ", return " + Rationals.format(v)).orElse("");
    }
}
