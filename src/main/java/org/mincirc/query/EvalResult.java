package org.mincirc.query;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.model.Expectation;
import org.mincirc.model.Query;

/**
 * The exact evaluation of one policy on a target.
 *
 * @param circuit the compiled circuit when the policy came from a {@code circuit} block
 * @param invalidReason why the policy is invalid on the target (names the state), or null
 * @param returnValue the exact return, or null when the policy is invalid on a reached state
 * @param predicates each reported predicate's value, in report order (null: undefined, the
 *     policy being invalid where the predicate looks)
 */
public record EvalResult(Query.Eval query, String file, Circuit circuit, String invalidReason,
                         BigFraction returnValue, Map<String, Boolean> predicates, Duration elapsed)
        implements QueryResult {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.eval(this);
    }

    public boolean valid() {
        return invalidReason == null;
    }

    @Override
    public Optional<Expectation.Expected> actual(String key) {
        return switch (key) {
            case "return" -> Optional.ofNullable(returnValue).map(Expectation.Number::new);
            case "valid" -> Optional.of(new Expectation.Bool(valid()));
            default -> Optional.ofNullable(predicates.get(key)).map(Expectation.Bool::new);
        };
    }
}
