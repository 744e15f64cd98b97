package org.mincirc.query;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mincirc.model.Expectation;
import org.mincirc.model.Query;

/**
 * What running one query gave. Every result can answer an {@code expect} key with its actual
 * value, so expectations are checked the same way for every kind of query.
 *
 * <p>Code that treats the kinds differently goes through {@link Visitor}, never an
 * {@code instanceof} chain: a new kind is a new {@code Visitor} method, so every renderer fails
 * to compile until it handles it.
 */
public sealed interface QueryResult permits EvalResult, SolveResult, LemmaResult, ProfileResult, SeriesResult,
        FailedResult, UnsupportedResult {
    /** One method per result kind; {@link #accept} calls the one for this result. */
    interface Visitor<R> {
        R eval(EvalResult result);

        R solve(SolveResult result);

        R lemma(LemmaResult result);

        R profile(ProfileResult result);

        R series(SeriesResult result);

        R failed(FailedResult result);

        R unsupported(UnsupportedResult result);
    }

    <R> R accept(Visitor<R> visitor);

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
