package org.mincirc.query;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Expectation;
import org.mincirc.model.Query;

/**
 * The answer to a series: one solve result per value of the ranging parameter, each as certified
 * as any solve's. An expectation {@code Train_n4.size} is answered by the member Train_n4.
 */
public record SeriesResult(Query.Series query, String file, List<Member> members, Duration elapsed)
        implements QueryResult {
    public SeriesResult {
        members = List.copyOf(members);
    }

    /**
     * One member.
     *
     * @param result the member's solve result (a failed result if it could not run)
     * @param fractions per reported predicate, the exact fraction of the member's minimal
     *     policies satisfying it; present only when every minimal policy was enumerated
     */
    public record Member(BigInteger value, String instance, QueryResult result, Map<String, BigFraction> fractions) {
        public Member {
            fractions = Map.copyOf(fractions);
        }

        /** The solve result, unless the member failed. */
        public Optional<SolveResult> solve() {
            return solveOf(result);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.series(this);
    }

    public Optional<Member> member(String instance) {
        return members.stream().filter(m -> m.instance().equals(instance)).findFirst();
    }

    @Override
    public Optional<Expectation.Expected> actual(String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return member(key.substring(0, dot)).flatMap(m -> m.result().actual(key.substring(dot + 1)));
    }

    /** The solve result, for results of that kind (a member's run gives a solve or a failure). */
    static Optional<SolveResult> solveOf(QueryResult r) {
        return ResultKinds.solve(r);
    }
}
