package org.mincirc.report;

import java.util.List;
import org.mincirc.query.Check;
import org.mincirc.query.FailedResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.UnsupportedResult;

/**
 * The pass/fail table of {@code mincirc check}: one row per query with its time, then every
 * failed expectation, then the closing line {@code N passed, N failed, N skipped}.
 */
public final class CheckTable {
    private CheckTable() {}

    public static String status(QueryResult r) {
        if (r instanceof UnsupportedResult) {
            return "SKIP";
        }
        if (r instanceof FailedResult f) {
            return f.kind() == FailedResult.Kind.TIMEOUT ? "TIMEOUT" : "ERROR";
        }
        return r.passed() ? "pass" : "FAIL";
    }

    public static String render(List<QueryResult> results) {
        StringBuilder out = new StringBuilder();
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (QueryResult r : results) {
            String status = status(r);
            out.append(String.format("%-7s %8.2fs  %s  %s %s%n", status, r.elapsed().toNanos() / 1e9,
                    r.file(), r.query().kind(), r.query().name()));
            if (r instanceof FailedResult f) {
                out.append("          ").append(r.query().pos()).append(": ").append(f.message()).append('\n');
            } else if (r instanceof UnsupportedResult u) {
                out.append("          ").append(u.reason()).append('\n');
            }
            for (Check c : r.checks()) {
                if (!c.holds()) {
                    out.append("          ").append(c.expectation().pos()).append(": ").append(c.describe()).append('\n');
                }
            }
            if (r instanceof UnsupportedResult) {
                skipped++;
            } else if (r.passed()) {
                passed++;
            } else {
                failed++;
            }
        }
        out.append(passed).append(" passed, ").append(failed).append(" failed");
        if (skipped > 0) {
            out.append(", ").append(skipped).append(" skipped");
        }
        out.append('\n');
        return out.toString();
    }
}
