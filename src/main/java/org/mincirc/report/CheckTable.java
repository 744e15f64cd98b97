package org.mincirc.report;

import java.util.List;
import java.util.Optional;
import org.mincirc.query.Check;
import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.UnsupportedResult;

/**
 * The pass/fail table of {@code mincirc check}: one row per query with its time, then every
 * failed expectation, then the closing line {@code N passed, N failed, N skipped}.
 */
public final class CheckTable {
    private CheckTable() {}

    public static String status(QueryResult r) {
        return CaseOutcome.of(r).label();
    }

    public static String render(List<QueryResult> results) {
        StringBuilder out = new StringBuilder();
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (QueryResult r : results) {
            CaseOutcome outcome = CaseOutcome.of(r);
            out.append(String.format("%-7s %8.2fs  %s  %s %s%n", outcome.label(), r.elapsed().toNanos() / 1e9,
                    r.file(), r.query().kind(), r.query().name()));
            whyNotRun(r).ifPresent(why -> out.append("          ").append(why).append('\n'));
            for (Check c : r.checks()) {
                if (!c.holds()) {
                    out.append("          ").append(c.expectation().pos()).append(": ").append(c.describe()).append('\n');
                }
            }
            switch (outcome) {
                case SKIP -> skipped++;
                case PASS -> passed++;
                case FAIL, ERROR, TIMEOUT -> failed++;
            }
        }
        out.append(passed).append(" passed, ").append(failed).append(" failed");
        if (skipped > 0) {
            out.append(", ").append(skipped).append(" skipped");
        }
        out.append('\n');
        return out.toString();
    }

    /** For a query that failed to run or was skipped, the one line saying why. */
    private static Optional<String> whyNotRun(QueryResult result) {
        return result.accept(new QueryResult.Visitor<Optional<String>>() {
            @Override
            public Optional<String> eval(EvalResult r) {
                return Optional.empty();
            }

            @Override
            public Optional<String> solve(SolveResult r) {
                return Optional.empty();
            }

            @Override
            public Optional<String> lemma(LemmaResult r) {
                return Optional.empty();
            }

            @Override
            public Optional<String> profile(ProfileResult r) {
                return r.complete() ? Optional.empty() : Optional.of(r.query().pos() + ": " + r.message());
            }

            @Override
            public Optional<String> series(SeriesResult r) {
                for (SeriesResult.Member m : r.members()) {
                    Optional<String> why = whyNotRun(m.result());
                    if (why.isPresent()) {
                        return Optional.of(m.instance() + ": " + why.get());
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> failed(FailedResult r) {
                return Optional.of(r.query().pos() + ": " + r.message());
            }

            @Override
            public Optional<String> unsupported(UnsupportedResult r) {
                return Optional.of(r.reason());
            }
        });
    }
}
