package org.mincirc.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mincirc.circuit.Circuit;
import org.mincirc.model.Action;
import org.mincirc.model.Rationals;
import org.mincirc.model.StateRef;
import org.mincirc.query.Quantifier;
import org.mincirc.query.SolveResult;

/** The text rendering of a solve result: what was asked, what is proven, the circuit and its policy. */
final class SolveText {
    private SolveText() {}

    static void render(SolveResult r, StringBuilder out) {
        TextReport.row(out, "target", r.query().target().name());
        r.threshold().ifPresent(t -> TextReport.row(out, "threshold", "return >= " + Rationals.format(t)
                + r.optimum().map(o -> "   (optimal " + Rationals.format(o) + ")").orElse("")));
        TextReport.row(out, "status", statusLine(r));
        if (!r.message().isEmpty()) {
            TextReport.row(out, "why", r.message());
        }
        r.circuit().ifPresent(c -> {
            TextReport.row(out, "circuit", TextReport.plural(c.size(), "gate") + ", depth " + c.depth()
                    + " (" + r.query().basis().keyword() + ")");
            for (String line : gateLines(c)) {
                out.append("                 ").append(line).append('\n');
            }
        });
        r.returnValue().ifPresent(v -> TextReport.row(out, "return", Rationals.format(v)));
        r.policies().ifPresent(n -> TextReport.row(out, "policies",
                n + " distinct minimal " + (n == 1 ? "policy" : "policies") + (r.policiesComplete() ? "" : " (at least; cap reached)")));
        for (Map.Entry<String, Quantifier> p : r.predicates().entrySet()) {
            TextReport.row(out, p.getKey(), quantifierText(p.getValue()));
        }
        if (!r.policy().isEmpty()) {
            List<String> lines = policyLines(r.policy(), r.circuit().map(Circuit::inputs).orElse(0));
            TextReport.row(out, "policy", lines.get(0));
            lines.stream().skip(1).forEach(line -> out.append("               ").append(line).append('\n'));
        }
    }

    static String statusLine(SolveResult r) {
        String costName = r.objective().costName();
        return switch (r.status()) {
            case OPTIMAL -> {
                String proofs = r.provenImpossible().isEmpty() ? "nothing cheaper exists"
                        : costName + " " + r.provenImpossible().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " proven impossible";
                yield "optimal: " + r.objective().keyword() + " " + r.cost().orElse(-1) + " is minimal (" + proofs + ")";
            }
            case INFEASIBLE -> "infeasible";
            case UNKNOWN -> "unknown: " + costName + " >= " + r.lowerBound() + " proven"
                    + r.cost().map(c -> ", best found " + c).orElse(", no circuit found");
        };
    }

    static String quantifierText(Quantifier q) {
        return q.keyword() + switch (q) {
            case ALL -> " (every minimal policy)";
            case SOME -> " (some minimal policies, not all)";
            case NONE -> " (no minimal policy)";
            case UNKNOWN -> " (not decided in time)";
        };
    }

    /** One line per gate, {@code g4 = xor(a, b)}, then one per output, {@code y0 = not g4}. */
    static List<String> gateLines(Circuit c) {
        List<String> lines = new java.util.ArrayList<>();
        for (int g = 0; g < c.gates().size(); g++) {
            org.mincirc.circuit.Gate gate = c.gates().get(g);
            lines.add(c.nodeName(c.gateNode(g)) + " = " + GateNames.of(gate.table()) + "(" + c.nodeName(gate.a()) + ", "
                    + c.nodeName(gate.b()) + ")");
        }
        for (int h = 0; h < c.outputs().size(); h++) {
            int lit = c.outputs().get(h);
            lines.add(c.outputNames().get(h) + " = " + (org.mincirc.circuit.Lit.complemented(lit) ? "not " : "")
                    + c.nodeName(org.mincirc.circuit.Lit.node(lit)));
        }
        return lines;
    }

    /** One line per state code: the code, its action, and the states that carry it. */
    static List<String> policyLines(Map<StateRef, Action> policy, int inputs) {
        Map<Integer, List<StateRef>> byCode = new java.util.LinkedHashMap<>();
        policy.keySet().forEach(s -> byCode.computeIfAbsent(s.code(), c -> new java.util.ArrayList<>()).add(s));
        List<String> lines = new java.util.ArrayList<>();
        byCode.forEach((code, states) -> lines.add(String.format("%s -> %-10s %s",
                org.mincirc.model.Interface.formatCode(code, inputs), policy.get(states.get(0)).name(),
                states.stream().map(StateRef::qualifiedName).collect(Collectors.joining(", ")))));
        return lines;
    }
}
