package org.mincirc.solver.portfolio;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.SolverException;

/**
 * Several backends holding the same formula, raced on each solve (a portfolio, as in ManySAT or
 * plingeling): every variable and constraint goes to all of them, every solve runs on all of
 * them in parallel, the first SAT or UNSAT answer is taken and the others are interrupted. Their
 * answers are about one formula, so any of them is the answer; the model comes from the winner.
 * Solvers differ by orders of magnitude from one question to the next, so on two cores the race
 * costs at most a factor two against the best member and often wins more than that against the
 * worst.
 */
public final class PortfolioBackend implements Backend {
    /** How often a loser is asked again to stop (an interrupt may land before its solve starts). */
    private static final long REPEAT_MS = 20;

    private final List<Backend> members;
    private final ExecutorService pool;
    private int constraints;
    private volatile String lastWinner = "";

    /** Takes ownership of the members: they are closed with the portfolio. */
    public PortfolioBackend(List<Backend> members) {
        if (members.size() < 2) {
            throw new IllegalArgumentException("a portfolio needs two backends or more");
        }
        this.members = List.copyOf(members);
        this.pool = Executors.newFixedThreadPool(members.size(), r -> {
            Thread t = new Thread(r, "mincirc-portfolio");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public int newVar() {
        int v = members.get(0).newVar();
        for (Backend m : members.subList(1, members.size())) {
            if (m.newVar() != v) {
                throw new SolverException("portfolio members disagree on variable numbering");
            }
        }
        return v;
    }

    @Override
    public int variables() {
        return members.get(0).variables();
    }

    @Override
    public int constraints() {
        return constraints;
    }

    @Override
    public void addClause(int... literals) {
        constraints++;
        members.forEach(m -> m.addClause(literals));
    }

    @Override
    public void addCardinality(int[] literals, Comparison comparison, int bound) {
        constraints++;
        members.forEach(m -> m.addCardinality(literals, comparison, bound));
    }

    @Override
    public boolean supportsPseudoBoolean() {
        return members.stream().allMatch(Backend::supportsPseudoBoolean);
    }

    @Override
    public void addPseudoBoolean(int[] literals, List<BigInteger> coefficients, Comparison comparison,
                                 BigInteger bound) {
        constraints++;
        members.forEach(m -> m.addPseudoBoolean(literals, coefficients, comparison, bound));
    }

    @Override
    public Outcome solve(int[] assumptions, Duration timeLimit) {
        ExecutorCompletionService<Outcome> race = new ExecutorCompletionService<>(pool);
        List<Future<Outcome>> running = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Backend m : members) {
            running.add(race.submit(() -> m.solve(assumptions, timeLimit)));
            names.add(m.name());
        }
        Outcome answer = null;
        List<String> undecided = new ArrayList<>();
        try {
            for (int i = 0; i < members.size() && answer == null; i++) {
                Future<Outcome> done = race.take();
                Outcome o = get(done);
                String who = names.get(running.indexOf(done));
                if (o instanceof Outcome.Unknown u) {
                    undecided.add(who + ": " + u.reason());
                } else {
                    answer = o;
                    lastWinner = who;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Outcome.Unknown("interrupted");
        } finally {
            stopAll(running);
        }
        return answer != null ? answer : new Outcome.Unknown(String.join("; ", undecided));
    }

    /** Interrupts every member until each solve has returned, so the next call starts in step. */
    private void stopAll(List<Future<Outcome>> running) {
        while (running.stream().anyMatch(f -> !f.isDone())) {
            members.forEach(Backend::interrupt);
            for (Future<Outcome> f : running) {
                try {
                    f.get(REPEAT_MS, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException | ExecutionException e) {
                    // still running (ask again), or failed: what it threw was reported by the winner's wait
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Outcome get(Future<Outcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new SolverException("a portfolio member failed: " + e.getCause(), e.getCause());
        }
    }

    /** The member that gave the last decisive answer (empty before the first). */
    public String lastWinner() {
        return lastWinner;
    }

    @Override
    public void interrupt() {
        members.forEach(Backend::interrupt);
    }

    @Override
    public String name() {
        return "portfolio(" + members.stream().map(Backend::name).collect(Collectors.joining("+")) + ")";
    }

    @Override
    public void close() {
        pool.shutdownNow();
        members.forEach(Backend::close);
    }
}
