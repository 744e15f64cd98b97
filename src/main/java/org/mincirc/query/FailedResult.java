package org.mincirc.query;

import java.time.Duration;
import java.util.Optional;
import org.mincirc.model.Expectation;
import org.mincirc.model.Query;

/**
 * A query that could not produce a result: bad input found only when running it (a policy
 * table missing a reached state), a time limit, or an internal error.
 *
 * @param kind why it failed; decides the exit code
 */
public record FailedResult(Query query, String file, Kind kind, String message, Duration elapsed)
        implements QueryResult {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.failed(this);
    }

    public enum Kind {
        BAD_INPUT, TIMEOUT, INTERNAL
    }

    @Override
    public Optional<Expectation.Expected> actual(String key) {
        return Optional.empty();
    }

    @Override
    public boolean passed() {
        return false;
    }
}
