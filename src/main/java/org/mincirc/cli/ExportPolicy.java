package org.mincirc.cli;

import java.util.Optional;
import org.mincirc.exact.Circuits;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.PolicyTables;
import org.mincirc.model.CircuitDef;
import org.mincirc.model.Document;
import org.mincirc.model.PolicySource;
import org.mincirc.model.Query;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.SolveResult;
import org.mincirc.query.SolveStatus;

/**
 * The policy {@code mincirc export --format storm-scheduler|prism-strategy} writes: a declared
 * circuit ({@code --circuit C}), an eval query's circuit or policy table ({@code --eval Q}), or
 * the reported minimal circuit of a solve query, which is run for it ({@code --solve Q}).
 */
final class ExportPolicy {
    /** A refusal to show the user in one line. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private ExportPolicy() {}

    static Policy of(Document doc, String file, Optional<String> circuit, Optional<String> eval, Optional<String> solve)
            throws Refused {
        int given = (circuit.isPresent() ? 1 : 0) + (eval.isPresent() ? 1 : 0) + (solve.isPresent() ? 1 : 0);
        if (given != 1) {
            throw new Refused("a scheduler export needs exactly one of --circuit NAME, --eval QUERY or --solve QUERY"
                    + (given == 0 ? "" : ", not " + given));
        }
        if (circuit.isPresent()) {
            CircuitDef def = doc.circuit(circuit.get()).orElseThrow(() -> new Refused(file + " has no circuit " + circuit.get()
                    + names(doc.circuits().stream().map(CircuitDef::name).toList(), "circuits")));
            return Policy.of(Circuits.fromDef(def, doc.iface()));
        }
        String name = eval.orElseGet(solve::get);
        Query query = doc.queries().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new Refused(file + " has no query " + name
                        + names(doc.queries().stream().map(Query::name).toList(), "queries")));
        if (eval.isPresent()) {
            if (!(query instanceof Query.Eval e)) {
                throw new Refused("query " + name + " is not an eval query (its kind is " + query.kind() + ")"
                        + (query instanceof Query.Solve ? "; use --solve for a solve query" : ""));
            }
            if (e.source() instanceof PolicySource.FromCircuit c) {
                return Policy.of(Circuits.fromDef(c.circuit(), doc.iface()));
            }
            try {
                return PolicyTables.fromTable((PolicySource.Table) e.source(), doc.iface());
            } catch (InvalidPolicyException x) {
                throw new Refused("the policy table of eval " + name + " is not a policy: " + x.getMessage());
            }
        }
        if (!(query instanceof Query.Solve s)) {
            throw new Refused("query " + name + " is not a solve query (its kind is " + query.kind() + ")"
                    + (query instanceof Query.Eval ? "; use --eval for an eval query" : ""));
        }
        QueryResult result = new QueryRunner(doc).run(s);
        if (!(result instanceof SolveResult r) || r.status() != SolveStatus.OPTIMAL || r.circuit().isEmpty()) {
            String status = result instanceof SolveResult r2 ? r2.status().keyword() : "failed";
            throw new Refused("solve " + name + " found no minimal circuit (status " + status + "); nothing to export");
        }
        return Policy.of(r.circuit().get());
    }

    private static String names(java.util.List<String> names, String what) {
        return names.isEmpty() ? "; it has no " + what : "; its " + what + " are " + String.join(", ", names);
    }
}
