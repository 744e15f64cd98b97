package org.mincirc.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.mincirc.circuit.Circuit;
import java.util.Map;
import java.util.Optional;
import org.mincirc.model.Document;
import org.mincirc.model.Predicate;
import org.mincirc.model.Query;
import org.mincirc.synth.policy.PolicySpace;

/** Runs a {@code solve} query (see {@link Minimizer} for what is computed and how). */
final class SolveRunner {
    private final Document document;
    private final RunOptions options;

    SolveRunner(Document document, RunOptions options) {
        this.document = document;
        this.options = options;
    }

    /** The reported circuit, then one circuit for each other minimal policy (a policy once). */
    static List<Circuit> reportedFirst(PolicySpace space, Minimizer.Outcome outcome) {
        List<Circuit> ordered = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        outcome.circuit().ifPresent(c -> {
            ordered.add(c);
            seen.add(space.key(c));
        });
        for (Circuit c : outcome.policies()) {
            if (seen.add(space.key(c))) {
                ordered.add(c);
            }
        }
        return List.copyOf(ordered);
    }

    QueryResult run(Query.Solve solve) {
        long start = System.nanoTime();
        PolicySpace space = PolicySpace.of(document.iface(), document.mdps());
        Minimizer minimizer = new Minimizer(space, options, Deadline.after(options.timeout()));
        Minimizer.Outcome outcome;
        try {
            outcome = minimizer.minimize(solve.target(), solve.returnRequirement(), solve.requires(),
                    solve.objective(), solve.basis(), solve.name());
        } catch (Minimizer.BadQueryException e) {
            return new FailedResult(solve, document.file(), FailedResult.Kind.BAD_INPUT, e.getMessage(),
                    EvalRunner.since(start));
        }
        Map<String, Quantifier> predicates = new LinkedHashMap<>();
        for (Predicate p : Reports.predicates(document, solve.reports(), solve.expectations())) {
            predicates.put(p.name(), minimizer.quantify(outcome, p));
        }
        return new SolveResult(solve, document.file(), outcome.status(), solve.objective(), outcome.circuit(),
                outcome.minimum().map(m -> m.lowerBound()).orElse(0),
                outcome.minimum().map(m -> m.proofs()).orElse(java.util.List.of()),
                outcome.threshold(), outcome.optimum(), outcome.returnValue(),
                outcome.optimal() || outcome.status() == SolveStatus.INFEASIBLE
                        ? Optional.of(outcome.policies().size()) : Optional.empty(),
                outcome.complete(), predicates, outcome.circuit().map(space::actionsOf).orElse(Map.of()),
                reportedFirst(space, outcome), outcome.message(), SearchCounts.of(outcome.hooks()),
                EvalRunner.since(start));
    }
}
