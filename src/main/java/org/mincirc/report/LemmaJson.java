package org.mincirc.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mincirc.model.Rationals;
import org.mincirc.query.LemmaResult;

/** The JSON fields of a lemma result (names fixed by the lemma issue). */
final class LemmaJson {
    private LemmaJson() {}

    static void fields(LemmaResult r, ObjectNode node) {
        node.put("family", r.query().family().name());
        node.put("bad", r.query().bad().name());
        node.put("union", r.union().name());
        node.put("verdict", r.verdict());
        node.put("reason", r.reason());
        node.put("familyStatus", r.family().status());
        node.put("unionStatus", r.unionSide().status());
        putInt(node, "familyCost", r.family().cost().orElse(null));
        putInt(node, "unionCost", r.unionSide().cost().orElse(null));
        var fp = node.putArray("familyProvenImpossible");
        r.family().provenImpossible().forEach(fp::add);
        var up = node.putArray("unionProvenImpossible");
        r.unionSide().provenImpossible().forEach(up::add);
        node.put("threshold", r.family().threshold().map(Rationals::format).orElse(null));
        node.put("optimum", r.family().optimum().map(Rationals::format).orElse(null));
        putInt(node, "familyPolicies", r.family().policies().orElse(null));
        putInt(node, "unionPolicies", r.unionSide().policies().orElse(null));
        if (r.samePolicies().isPresent()) {
            node.put("samePolicies", r.samePolicies().get());
        } else {
            node.putNull("samePolicies");
        }
        node.put("premise", r.premise());
        node.put("conclusion", r.conclusion());
        r.family().circuit().ifPresent(c -> node.set("circuit", CircuitJson.of(c)));
        ObjectNode witness = node.putObject("witness");
        r.witness().ifPresent(c -> witness.set("circuit", CircuitJson.of(c)));
        var states = witness.putArray("states");
        r.defectsAt().forEach(s -> states.add(s.qualifiedName()));
    }

    private static void putInt(ObjectNode node, String key, Integer value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
