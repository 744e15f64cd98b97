package org.mincirc.query;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.exact.Circuits;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.PolicyTables;
import org.mincirc.exact.Predicates;
import org.mincirc.exact.Returns;
import org.mincirc.model.Document;
import org.mincirc.model.Predicate;
import org.mincirc.model.PolicySource;
import org.mincirc.model.Query;

/** Runs an {@code eval} query: compiles the policy, checks validity, evaluates exactly. */
final class EvalRunner {
    private final Document document;

    EvalRunner(Document document) {
        this.document = document;
    }

    QueryResult run(Query.Eval eval) {
        long start = System.nanoTime();
        Circuit circuit = null;
        Policy policy;
        try {
            if (eval.source() instanceof PolicySource.FromCircuit c) {
                circuit = Circuits.fromDef(c.circuit(), document.iface());
                policy = Policy.of(circuit);
            } else {
                policy = PolicyTables.fromTable((PolicySource.Table) eval.source(), document.iface());
            }
        } catch (InvalidPolicyException e) {
            return badInput(eval, e.getMessage(), start);
        }

        String invalid = Returns.validity(eval.target(), policy).map(Throwable::getMessage).orElse(null);
        boolean fromTable = circuit == null;
        BigFraction value;
        try {
            value = Returns.of(eval.target(), policy);
        } catch (InvalidPolicyException e) {
            if (fromTable) {
                // A table that leaves out a state the target reaches is an error in the file.
                return badInput(eval, e.getMessage(), start);
            }
            value = null;
            invalid = invalid == null ? e.getMessage() : invalid;
        }
        if (fromTable && invalid != null && value != null) {
            // A table need only cover the states the target reaches.
            invalid = null;
        }

        Map<String, Boolean> predicates = new LinkedHashMap<>();
        for (Predicate p : Reports.predicates(document, eval.reports(), eval.expectations())) {
            predicates.put(p.name(), holds(p, policy));
        }
        return new EvalResult(eval, document.file(), circuit, invalid, value, predicates, since(start));
    }

    private static Boolean holds(Predicate p, Policy policy) {
        try {
            return Predicates.holds(p, policy);
        } catch (InvalidPolicyException e) {
            return null;
        }
    }

    private FailedResult badInput(Query.Eval eval, String message, long start) {
        return new FailedResult(eval, document.file(), FailedResult.Kind.BAD_INPUT, message, since(start));
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
