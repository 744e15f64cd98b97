package org.mincirc.report;

import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.UnsupportedResult;

/** How one query fares as a test case ({@code mincirc check}, JUnit XML), with its check-table label. */
enum CaseOutcome {
    PASS("pass"), FAIL("FAIL"), ERROR("ERROR"), TIMEOUT("TIMEOUT"), SKIP("SKIP");

    private final String label;

    CaseOutcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static CaseOutcome of(QueryResult result) {
        return result.accept(new QueryResult.Visitor<CaseOutcome>() {
            @Override
            public CaseOutcome eval(EvalResult r) {
                return byChecks(r);
            }

            @Override
            public CaseOutcome solve(SolveResult r) {
                return byChecks(r);
            }

            @Override
            public CaseOutcome lemma(LemmaResult r) {
                return byChecks(r);
            }

            @Override
            public CaseOutcome profile(ProfileResult r) {
                // A profile cut short by its time limit is never a pass, whatever it expects.
                return r.complete() ? byChecks(r) : TIMEOUT;
            }

            @Override
            public CaseOutcome series(SeriesResult r) {
                // The worst member decides: a member that errs or runs out of time is never a pass.
                for (SeriesResult.Member m : r.members()) {
                    CaseOutcome o = of(m.result());
                    if (o == ERROR || o == TIMEOUT) {
                        return o;
                    }
                    if (m.solve().filter(s -> s.status() == org.mincirc.query.SolveStatus.UNKNOWN).isPresent()) {
                        return TIMEOUT;
                    }
                }
                return byChecks(r);
            }

            @Override
            public CaseOutcome failed(FailedResult r) {
                return r.kind() == FailedResult.Kind.TIMEOUT ? TIMEOUT : ERROR;
            }

            @Override
            public CaseOutcome unsupported(UnsupportedResult r) {
                return SKIP;
            }
        });
    }

    private static CaseOutcome byChecks(QueryResult r) {
        return r.passed() ? PASS : FAIL;
    }
}
