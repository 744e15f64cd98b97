package org.mincirc.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mincirc.model.Document;
import org.mincirc.model.Query;

/**
 * Runs the queries of several documents on a pool of worker threads, each under the per-query
 * time limit, and returns the results in document and query order whatever order they finish in.
 * A query that runs out of time becomes a TIMEOUT result: never a pass.
 */
public final class Suite {
    private final RunOptions options;
    private final int jobs;

    public Suite(RunOptions options, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.options = options;
        this.jobs = jobs;
    }

    public List<QueryResult> run(List<Document> documents) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            // Deep exact recursion (predicates, big fractions) wants a larger stack than the default.
            Thread t = new Thread(null, r, "mincirc-query", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Query> queries = new ArrayList<>();
            List<Document> owners = new ArrayList<>();
            List<Future<QueryResult>> futures = new ArrayList<>();
            for (Document doc : documents) {
                QueryRunner runner = new QueryRunner(doc, options);
                for (Query q : doc.queries()) {
                    queries.add(q);
                    owners.add(doc);
                    futures.add(pool.submit(() -> runner.run(q)));
                }
            }
            List<QueryResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), queries.get(i), owners.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private QueryResult await(Future<QueryResult> future, Query q, Document doc) {
        long start = System.nanoTime();
        try {
            if (options.timeout().isEmpty()) {
                return future.get();
            }
            // Queries queue for a worker; the limit is enforced by the runner on its own clock, and
            // here as a backstop generous enough for the queue (jobs * limit).
            long backstop = options.timeout().get().toNanos() * (long) Math.max(1, jobs) * 2 + 1_000_000_000L;
            return future.get(backstop, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new FailedResult(q, doc.file(), FailedResult.Kind.TIMEOUT,
                    "ran out of time (" + options.timeout().get().toSeconds() + " s per query)",
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (ExecutionException e) {
            return new FailedResult(q, doc.file(), FailedResult.Kind.INTERNAL, "internal error: " + e.getCause(),
                    Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FailedResult(q, doc.file(), FailedResult.Kind.INTERNAL, "interrupted", Duration.ZERO);
        }
    }
}
