package org.mincirc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Rationals;
import org.mincirc.query.ProfileResult;

/**
 * The JSON fields of a profile. Counts are JSON integers, fractions exact strings ("2/5"); each
 * level lists one circuit per policy of that minimal size.
 */
final class ProfileJson {
    private ProfileJson() {}

    static void fields(ProfileResult r, ObjectNode node) {
        node.put("target", r.query().target().name());
        node.put("status", r.complete() ? "complete" : "incomplete");
        node.put("basis", r.query().basis().keyword());
        node.put("bound", r.query().bound());
        node.put("threshold", r.threshold().map(Rationals::format).orElse(null));
        node.put("optimum", r.optimum().map(Rationals::format).orElse(null));
        if (r.minimum().isPresent()) {
            node.put("minimum", r.minimum().get());
        } else {
            node.putNull("minimum");
        }
        if (r.totalPolicies().isPresent()) {
            node.put("policies", r.totalPolicies().get());
        } else {
            node.putNull("policies");
        }
        node.put("backend", r.backend());
        if (!r.message().isEmpty()) {
            node.put("message", r.message());
        }
        ArrayNode predicates = node.putArray("predicates");
        r.predicates().forEach(predicates::add);
        ArrayNode levels = node.putArray("levels");
        for (ProfileResult.Level l : r.levels()) {
            ObjectNode level = levels.addObject();
            level.put("size", l.cost());
            level.put("policies", l.policyCount());
            ObjectNode satisfying = level.putObject("satisfying");
            for (String p : r.predicates()) {
                ObjectNode one = satisfying.putObject(p);
                int n = l.satisfying().get(p);
                one.put("policies", n);
                one.put("fraction", l.fraction(p).map(Rationals::format).orElse(null));
            }
            l.circuits().ifPresent(c -> {
                ObjectNode circuits = level.putObject("circuits");
                circuits.put("all", c.all());
                circuits.put("qualifying", c.qualifying());
                for (String p : r.predicates()) {
                    ObjectNode one = (ObjectNode) satisfying.get(p);
                    long n = c.satisfying().get(p);
                    one.put("circuits", n);
                    one.put("circuitFraction", c.qualifying() == 0 ? null
                            : Rationals.format(BigFraction.of(n, c.qualifying())));
                }
            });
            ArrayNode circuits = level.putArray("policyCircuits");
            l.policies().forEach(c -> circuits.add(CircuitJson.of(c)));
            level.put("seconds", l.seconds());
        }
    }
}
