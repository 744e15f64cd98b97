package org.mincirc.query;

import java.time.Duration;
import java.util.Optional;
import org.mincirc.model.Expectation;
import org.mincirc.model.Query;

/** A query this version cannot run yet; reported as such, never as a pass. */
public record UnsupportedResult(Query query, String file, String reason) implements QueryResult {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.unsupported(this);
    }

    @Override
    public Duration elapsed() {
        return Duration.ZERO;
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
