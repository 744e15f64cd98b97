package org.mincirc.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.model.Document;
import org.mincirc.model.Predicate;
import org.mincirc.model.Query;

/**
 * Runs a series: each member is an ordinary solve (its own time limit, its own certificate),
 * one after the other, with a progress line per member. Where every minimal policy of a member
 * was enumerated, the exact fraction of them satisfying each reported predicate is counted.
 */
final class SeriesRunner {
    private final Document document;
    private final RunOptions options;

    SeriesRunner(Document document, RunOptions options) {
        this.document = document;
        this.options = options;
    }

    QueryResult run(Query.Series series) {
        long start = System.nanoTime();
        List<SeriesResult.Member> members = new ArrayList<>();
        for (Query.Series.Member m : series.members()) {
            options.progress().accept("series " + series.name() + ": " + series.parameter() + " = " + m.value()
                    + " (" + m.instance() + ")");
            QueryResult r = new SolveRunner(document, options).run(m.solve());
            Map<String, BigFraction> fractions = new LinkedHashMap<>();
            java.util.Optional<SolveResult> solved = SeriesResult.solveOf(r).filter(s -> s.policiesComplete()
                    && s.status() == SolveStatus.OPTIMAL && !s.minimalCircuits().isEmpty());
            if (solved.isPresent()) {
                SolveResult s = solved.get();
                for (Predicate p : series.reports()) {
                    long holding = 0;
                    for (Circuit c : s.minimalCircuits()) {
                        holding += Minimizer.holds(p, c) ? 1 : 0;
                    }
                    fractions.put(p.name(), BigFraction.of(holding, s.minimalCircuits().size()));
                }
            }
            members.add(new SeriesResult.Member(m.value(), m.instance(), r, fractions));
        }
        return new SeriesResult(series, document.file(), members, EvalRunner.since(start));
    }
}
