package org.mincirc.query;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mincirc.model.Expectation;
import org.mincirc.model.Query;

/**
 * What running one query gave. Every result can answer an {@code expect} key with its actual
 * value, so expectations are checked the same way for every kind of query.
 */
public sealed interface QueryResult permits EvalResult, SolveResult, LemmaResult, FailedResult, UnsupportedResult {
    Query query();

    String file();

    Duration elapsed();

    /** The actual value for an expectation key, or empty if this result has no such value. */
    Optional<Expectation.Expected> actual(String key);

    /** The expectations of the query, each checked against this result. */
    default List<Check> checks() {
        return Expectations.check(query().expectations(), this);
    }

    /** True if the query ran and every expectation held. */
    default boolean passed() {
        return checks().stream().allMatch(Check::holds);
    }
}
