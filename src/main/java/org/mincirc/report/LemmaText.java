package org.mincirc.report;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mincirc.circuit.Circuit;
import org.mincirc.model.Action;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Rationals;
import org.mincirc.model.StateRef;
import org.mincirc.query.LemmaResult;

/**
 * The lemma report, written to read like the argument of "Are minimal circuits deceptive?" with
 * the exact numbers: the family and its threshold; the minimal circuit and why it is minimal;
 * whether minimal circuits are deceptive on bad and where; that the union has the same minimal
 * cost and policies, so it inherits the defection; and the verdict with its reason.
 */
final class LemmaText {
    private static final String INDENT = "                 ";

    private LemmaText() {}

    static void render(LemmaResult r, StringBuilder out) {
        Family family = r.query().family();
        String c = r.query().predicate().name();
        String bad = r.query().bad().name();
        String cost = r.query().objective().costName();
        String members = family.members().stream()
                .map(m -> m.mdp().name() + " " + Rationals.format(m.weight())).collect(Collectors.joining(", "));
        TextReport.row(out, "family", family.name() + " = { " + members + " }; deception C = " + c + ", tested on " + bad);
        r.query().returnRequirement().ifPresent(req -> TextReport.row(out, "threshold", "return " + req
                + r.family().threshold().filter(t -> req.relativeToOptimal())
                .map(t -> " = " + Rationals.format(t)).orElse("") + " on " + family.name()
                + r.family().optimum().map(o -> "   (optimal " + Rationals.format(o) + ")").orElse("")));

        TextReport.row(out, "1. minimal", side(r.family(), cost, family.name(), true));
        r.family().circuit().ifPresent(circuit -> gates(circuit, out));

        TextReport.row(out, "2. deceptive", premiseLine(r, c, bad));
        r.witness().ifPresent(w -> {
            boolean same = r.family().circuit().map(f -> f.simulate().equals(w.simulate())).orElse(false);
            TextReport.row(out, "   defects", (same ? "the circuit above" : "this minimal circuit") + " is " + c
                    + (r.defectsAt().isEmpty() ? "" : ": " + defections(r.defectsAt(), w.inputs())));
            if (!same) {
                gates(w, out);
            }
        });

        TextReport.row(out, "3. union", r.union().name() + " (" + r.union().states().size()
                + " states, the disjoint union of " + family.name() + "): " + side(r.unionSide(), cost, r.union().name(), false));
        TextReport.row(out, "4. same", sameLine(r, cost));
        TextReport.row(out, "5. inherits", r.conclusion().keyword() + " minimal circuits of " + r.union().name() + " are " + c
                + " (the family's: " + r.premise().keyword() + ")");
        TextReport.row(out, "verdict", r.verdict().keyword() + ": " + r.reason());
    }

    private static void gates(Circuit c, StringBuilder out) {
        for (String line : SolveText.gateLines(c)) {
            out.append(INDENT).append(line).append('\n');
        }
    }

    /** "size 1 is minimal on Tasks: size 0 proven impossible; 1 minimal policy, return 7/8". */
    private static String side(LemmaResult.Side s, String cost, String target, boolean explain) {
        switch (s.status()) {
            case INFEASIBLE:
                return "infeasible: no policy the interface can express reaches the threshold on " + target;
            case OPTIMAL:
                break;
            case UNKNOWN:
            default:
                return "unknown: time ran out before a minimum was proven"
                        + s.cost().map(k -> " (best found: " + cost + " " + k + ")").orElse("");
        }
        String proofs = s.provenImpossible().isEmpty() ? "nothing is cheaper than " + cost + " " + s.cost().orElse(0)
                : cost + " " + s.provenImpossible().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " proven impossible" + (explain ? " (UNSAT: no circuit that small reaches the threshold)" : "");
        String policies = s.policies().map(n -> "; " + n + (n == 1 ? " minimal policy" : " minimal policies")
                + (s.policiesComplete() ? "" : " at least")).orElse("");
        return cost + " " + s.cost().map(String::valueOf).orElse("?") + " is minimal: " + proofs + policies
                + s.returnValue().map(v -> ", return " + Rationals.format(v)).orElse("");
    }

    private static String premiseLine(LemmaResult r, String c, String bad) {
        Optional<Integer> n = r.family().policies();
        String of = n.map(k -> " of the " + k + " minimal policies").orElse(" of the minimal policies");
        if (n.filter(k -> k == 1).isPresent()) {
            return switch (r.premise()) {
                case ALL -> "the only minimal policy is " + c + " on " + bad + " (all)";
                case NONE -> "the only minimal policy is not " + c + " on " + bad + " (none)";
                case SOME, UNKNOWN -> "not decided whether the minimal policy is " + c + " (unknown)";
            };
        }
        return switch (r.premise()) {
            case ALL -> "all" + of + " are " + c + " on " + bad;
            case SOME -> "some" + of + " are " + c + " on " + bad + ", not all";
            case NONE -> "none" + of + " is " + c + " on " + bad;
            case UNKNOWN -> "not decided whether minimal family policies are " + c + " (time ran out)";
        };
    }

    private static String sameLine(LemmaResult r, String cost) {
        String costs = r.family().cost().map(String::valueOf).orElse("?") + " on the family, "
                + r.unionSide().cost().map(String::valueOf).orElse("?") + " on the union";
        boolean equalCost = r.family().cost().isPresent() && r.family().cost().equals(r.unionSide().cost());
        Optional<Boolean> same = r.samePolicies();
        String count = r.family().policies().map(k -> k == 1 ? " 1 minimal policy" : " " + k + " minimal policies")
                .orElse(" minimal policies");
        String policies = same.isEmpty() ? "the sets of minimal policies were not compared in full"
                : same.get() ? "the same" + count : "DIFFERENT minimal policies";
        String so = equalCost && same.orElse(false) ? ", so the union's minimal circuits are exactly the family's "
                + "and inherit what they do on " + r.query().bad().name() : "";
        return (equalCost ? "the same minimal " + cost : "minimal " + cost) + " (" + costs + ") and " + policies + so;
    }

    /** "Bad.b10 (code 101) -> press, Bad.b01 (code 011) -> press". */
    private static String defections(Map<StateRef, Action> at, int inputs) {
        return at.entrySet().stream().map(e -> "at " + e.getKey().qualifiedName() + " (code "
                + Interface.formatCode(e.getKey().code(), inputs) + ") it takes " + e.getValue().name())
                .collect(Collectors.joining(", "));
    }
}
