package org.mincirc.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.mincirc.model.Action;
import org.mincirc.model.Rationals;
import org.mincirc.model.StateRef;
import org.mincirc.query.SolveResult;

/** The JSON fields of a solve result (names fixed by the policy-synthesis issue). */
final class SolveJson {
    private SolveJson() {}

    static void fields(SolveResult r, ObjectNode node) {
        node.put("target", r.query().target().name());
        node.put("status", r.status().keyword());
        node.put("objective", r.objective().keyword());
        node.put("basis", r.query().basis().keyword());
        putInt(node, "cost", r.cost().orElse(null));
        putInt(node, "size", r.circuit().map(c -> c.size()).orElse(null));
        putInt(node, "depth", r.circuit().map(c -> c.depth()).orElse(null));
        node.put("lowerBound", r.lowerBound());
        var proofs = node.putArray("provenImpossible");
        r.provenImpossible().forEach(proofs::add);
        node.put("threshold", r.threshold().map(Rationals::format).orElse(null));
        node.put("optimum", r.optimum().map(Rationals::format).orElse(null));
        node.put("return", r.returnValue().map(Rationals::format).orElse(null));
        putInt(node, "policies", r.policies().orElse(null));
        node.put("policiesComplete", r.policiesComplete());
        node.put("candidatesRejected", r.search().candidatesRejected());
        node.put("cuts", r.search().cuts());
        ObjectNode predicates = node.putObject("predicates");
        r.predicates().forEach((name, q) -> predicates.put(name, q.keyword()));
        if (!r.message().isEmpty()) {
            node.put("message", r.message());
        }
        r.circuit().ifPresent(c -> node.set("circuit", CircuitJson.of(c)));
        ObjectNode policy = node.putObject("policy");
        for (Map.Entry<StateRef, Action> e : r.policy().entrySet()) {
            policy.put(e.getKey().qualifiedName(), e.getValue().name());
        }
    }

    private static void putInt(ObjectNode node, String key, Integer value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
