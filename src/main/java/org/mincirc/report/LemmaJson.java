package org.mincirc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.Rationals;
import org.mincirc.model.StateRef;
import org.mincirc.query.LemmaResult;

/**
 * The JSON fields of a lemma result (names fixed by the lemma issue): "verdict", "familyCost",
 * "unionCost", "samePolicies", "premise", "conclusion" (each all|some|none|unknown), and a
 * "witness": a minimal deceptive circuit with the states where it defects, or null.
 */
final class LemmaJson {
    private LemmaJson() {}

    static void fields(LemmaResult r, ObjectNode node) {
        node.put("family", r.query().family().name());
        node.put("bad", r.query().bad().name());
        node.put("predicate", r.query().predicate().name());
        node.put("union", r.union().name());
        node.put("objective", r.query().objective().keyword());
        node.put("verdict", r.verdict().keyword());
        node.put("reason", r.reason());
        node.put("familyStatus", r.family().status().keyword());
        node.put("unionStatus", r.unionSide().status().keyword());
        putInt(node, "familyCost", r.family().cost().orElse(null));
        putInt(node, "unionCost", r.unionSide().cost().orElse(null));
        var fp = node.putArray("familyProvenImpossible");
        r.family().provenImpossible().forEach(fp::add);
        var up = node.putArray("unionProvenImpossible");
        r.unionSide().provenImpossible().forEach(up::add);
        node.put("threshold", r.family().threshold().map(Rationals::format).orElse(null));
        node.put("optimum", r.family().optimum().map(Rationals::format).orElse(null));
        node.put("familyReturn", r.family().returnValue().map(Rationals::format).orElse(null));
        node.put("unionReturn", r.unionSide().returnValue().map(Rationals::format).orElse(null));
        putInt(node, "familyPolicies", r.family().policies().orElse(null));
        putInt(node, "unionPolicies", r.unionSide().policies().orElse(null));
        node.put("candidatesRejected", r.family().search().candidatesRejected()
                + r.unionSide().search().candidatesRejected());
        node.put("cuts", r.family().search().cuts() + r.unionSide().search().cuts());
        if (r.samePolicies().isPresent()) {
            node.put("samePolicies", r.samePolicies().get());
        } else {
            node.putNull("samePolicies");
        }
        node.put("premise", r.premise().keyword());
        node.put("conclusion", r.conclusion().keyword());
        r.family().circuit().ifPresent(c -> node.set("circuit", CircuitJson.of(c)));
        if (r.witness().isEmpty()) {
            node.putNull("witness");
            return;
        }
        ObjectNode witness = node.putObject("witness");
        witness.set("circuit", CircuitJson.of(r.witness().get()));
        ArrayNode states = witness.putArray("states");
        ArrayNode defects = witness.putArray("defects");
        int inputs = r.witness().get().inputs();
        for (Map.Entry<StateRef, Action> e : r.defectsAt().entrySet()) {
            states.add(e.getKey().qualifiedName());
            ObjectNode d = defects.addObject();
            d.put("state", e.getKey().qualifiedName());
            d.put("code", Interface.formatCode(e.getKey().code(), inputs));
            d.put("action", e.getValue().name());
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
