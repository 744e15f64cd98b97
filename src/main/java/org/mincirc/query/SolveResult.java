package org.mincirc.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.model.Action;
import org.mincirc.model.Expectation;
import org.mincirc.model.Objective;
import org.mincirc.model.Query;
import org.mincirc.model.StateRef;

/**
 * The answer to a {@code solve} query. Every number is exact and every claim certified: the
 * circuit was re-simulated, its return and predicates re-evaluated by {@code exact}.
 *
 * @param status optimal (minimality proven), unknown (time ran out: see lowerBound), infeasible
 *     (no policy the interface can express reaches the threshold and the requirements)
 * @param lowerBound proven lower bound on the primary cost
 * @param provenImpossible the primary costs proven impossible (the proof of minimality)
 * @param threshold the exact r used, if the query has a return requirement
 * @param optimum the best return any expressible policy reaches, when it was computed
 * @param returnValue the reported circuit's exact return on the target
 * @param policies the number of distinct minimal policies, if counted; see policiesComplete
 * @param predicates each reported predicate over every minimal policy: all, some, none (or
 *     unknown when that could not be decided in time)
 * @param policy the action of every state of the file under the reported circuit
 * @param minimalCircuits one circuit per distinct minimal policy found, the reported circuit
 *     first (just the best circuit found when the status is unknown; empty when infeasible)
 * @param message why the status is not optimal, or empty
 * @param search how the search learned: candidates rejected by the exact check and cuts
 */
public record SolveResult(Query.Solve query, String file, SolveStatus status, Objective objective,
                          Optional<Circuit> circuit, int lowerBound, List<Integer> provenImpossible,
                          Optional<BigFraction> threshold, Optional<BigFraction> optimum,
                          Optional<BigFraction> returnValue, Optional<Integer> policies, boolean policiesComplete,
                          Map<String, Quantifier> predicates, Map<StateRef, Action> policy,
                          List<Circuit> minimalCircuits, String message, SearchCounts search,
                          Duration elapsed) implements QueryResult {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.solve(this);
    }

    public Optional<Integer> cost() {
        return circuit.map(objective::cost);
    }

    @Override
    public Optional<Expectation.Expected> actual(String key) {
        return switch (key) {
            case "status" -> Optional.of(new Expectation.Word(status.keyword()));
            case "size" -> circuit.map(c -> number(c.size()));
            case "depth" -> circuit.map(c -> number(c.depth()));
            case "cost" -> cost().map(SolveResult::number);
            case "lowerBound" -> Optional.of(number(lowerBound));
            case "return" -> returnValue.map(Expectation.Number::new);
            case "threshold" -> threshold.map(Expectation.Number::new);
            case "policies" -> policiesComplete ? policies.map(SolveResult::number) : Optional.empty();
            default -> Optional.ofNullable(predicates.get(key)).flatMap(Quantifier::decided)
                    .map(Expectation.Quantified::new);
        };
    }

    private static Expectation.Expected number(int n) {
        return new Expectation.Number(BigFraction.of(n));
    }
}
