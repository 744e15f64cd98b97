package org.mincirc.query;

import java.util.List;
import org.mincirc.model.Document;
import org.mincirc.model.Query;

/** Runs every query of a document, in order; one query's failure never stops the others. */
public final class QueryRunner {
    private final Document document;
    private final RunOptions options;

    public QueryRunner(Document document, RunOptions options) {
        this.document = document;
        this.options = options;
    }

    public QueryRunner(Document document) {
        this(document, RunOptions.defaults());
    }

    public RunOptions options() {
        return options;
    }

    public List<QueryResult> runAll() {
        return document.queries().stream().map(this::run).toList();
    }

    public QueryResult run(Query query) {
        try {
            return query.accept(new Query.Visitor<QueryResult>() {
                @Override
                public QueryResult solve(Query.Solve solve) {
                    return new SolveRunner(document, options).run(solve);
                }

                @Override
                public QueryResult lemma(Query.Lemma lemma) {
                    return new LemmaRunner(document, options).run(lemma);
                }

                @Override
                public QueryResult eval(Query.Eval eval) {
                    return new EvalRunner(document).run(eval);
                }

                @Override
                public QueryResult profile(Query.Profile profile) {
                    return new ProfileRunner(document, options).run(profile);
                }

                @Override
                public QueryResult series(Query.Series series) {
                    return new SeriesRunner(document, options).run(series);
                }
            });
        } catch (RuntimeException e) {
            // A bug in mincirc must not take the other queries down; it is reported as internal.
            if (System.getenv("MINCIRC_DEBUG") != null) {
                e.printStackTrace();
            }
            return new FailedResult(query, document.file(), FailedResult.Kind.INTERNAL,
                    "internal error: " + e, java.time.Duration.ZERO);
        }
    }
}
