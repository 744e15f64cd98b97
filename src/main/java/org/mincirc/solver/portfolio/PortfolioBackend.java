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
    /**
     * Per member, its variable for each portfolio variable (index 0 unused): members that lower
     * pseudo-Boolean constraints to clauses make auxiliary variables of their own, so their
     * numbering drifts apart and every literal is translated.
     */
    private final List<int[]> maps = new ArrayList<>();
    private final ExecutorService pool;
    private int variables;
    private int constraints;
    private volatile String lastWinner = "";

    /** Takes ownership of the members: they are closed with the portfolio. */
    public PortfolioBackend(List<Backend> members) {
        if (members.size() < 2) {
            throw new IllegalArgumentException("a portfolio needs two backends or more");
        }
        this.members = List.copyOf(members);
        members.forEach(m -> maps.add(new int[16]));
        this.pool = Executors.newFixedThreadPool(members.size(), r -> {
            Thread t = new Thread(r, "mincirc-portfolio");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public int newVar() {
        variables++;
        for (int i = 0; i < members.size(); i++) {
            int[] map = maps.get(i);
            if (variables >= map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2);
                maps.set(i, map);
            }
            map[variables] = members.get(i).newVar();
        }
        return variables;
    }

    @Override
    public int variables() {
        return variables;
    }

    /** The literals in member i's numbering. */
    private int[] translate(int i, int[] literals) {
        org.mincirc.solver.LiteralChecks.literals(literals, variables);
        int[] map = maps.get(i);
        int[] out = new int[literals.length];
        for (int j = 0; j < literals.length; j++) {
            int lit = literals[j];
            out[j] = lit > 0 ? map[lit] : -map[-lit];
        }
        return out;
    }

    @Override
    public int constraints() {
        return constraints;
    }

    @Override
    public void addClause(int... literals) {
        constraints++;
        for (int i = 0; i < members.size(); i++) {
            members.get(i).addClause(translate(i, literals));
        }
    }

    @Override
    public void addCardinality(int[] literals, Comparison comparison, int bound) {
        constraints++;
        for (int i = 0; i < members.size(); i++) {
            members.get(i).addCardinality(translate(i, literals), comparison, bound);
        }
    }

    @Override
    public boolean supportsPseudoBoolean() {
        return members.stream().allMatch(Backend::supportsPseudoBoolean);
    }

    @Override
    public void addPseudoBoolean(int[] literals, List<BigInteger> coefficients, Comparison comparison,
                                 BigInteger bound) {
        constraints++;
        for (int i = 0; i < members.size(); i++) {
            members.get(i).addPseudoBoolean(translate(i, literals), coefficients, comparison, bound);
        }
    }

    @Override
    public Outcome solve(int[] assumptions, Duration timeLimit) {
        ExecutorCompletionService<Outcome> race = new ExecutorCompletionService<>(pool);
        List<Future<Outcome>> running = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Backend m = members.get(i);
            int[] mine = translate(i, assumptions);
            int[] map = maps.get(i);
            running.add(race.submit(() -> inPortfolioNumbering(m.solve(mine, timeLimit), map)));
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
            // Only members still solving: an interrupt that reaches an idle solver may linger
            // into its next solve (Z3's cancel flag does).
            for (int i = 0; i < members.size(); i++) {
                if (!running.get(i).isDone()) {
                    members.get(i).interrupt();
                }
            }
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

    /** A member's model read through the member's variable map. */
    private Outcome inPortfolioNumbering(Outcome o, int[] map) {
        if (o instanceof Outcome.Sat sat) {
            int n = variables;
            boolean[] values = new boolean[n + 1];
            for (int v = 1; v <= n; v++) {
                values[v] = sat.model().value(map[v]);
            }
            return new Outcome.Sat(org.mincirc.solver.Model.of(values));
        }
        return o;
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
