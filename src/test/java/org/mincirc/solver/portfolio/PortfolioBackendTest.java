package org.mincirc.solver.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.sat4j.Sat4jBackend;

/** The race itself: first answer wins, the loser is interrupted and stays in step. */
class PortfolioBackendTest {
    /** A member that never answers until interrupted (a solver stuck on a hard question). */
    private static final class Stuck implements Backend {
        final Sat4jBackend formula = new Sat4jBackend();
        final CountDownLatch interrupted = new CountDownLatch(1);
        volatile int solves;
        volatile int returned;

        @Override
        public int newVar() {
            return formula.newVar();
        }

        @Override
        public int variables() {
            return formula.variables();
        }

        @Override
        public int constraints() {
            return formula.constraints();
        }

        @Override
        public void addClause(int... literals) {
            formula.addClause(literals);
        }

        @Override
        public void addCardinality(int[] literals, Comparison comparison, int bound) {
            formula.addCardinality(literals, comparison, bound);
        }

        @Override
        public boolean supportsPseudoBoolean() {
            return true;
        }

        @Override
        public void addPseudoBoolean(int[] literals, List<BigInteger> c, Comparison comparison, BigInteger bound) {
            formula.addPseudoBoolean(literals, c, comparison, bound);
        }

        @Override
        public Outcome solve(int[] assumptions, Duration timeLimit) {
            solves++;
            try {
                interrupted.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            returned++;
            return new Outcome.Unknown("interrupted");
        }

        @Override
        public void interrupt() {
            interrupted.countDown();
        }

        @Override
        public String name() {
            return "stuck";
        }

        @Override
        public void close() {
            formula.close();
        }
    }

    @Test
    void theFirstAnswerWinsAndTheLoserIsInterrupted() {
        Stuck stuck = new Stuck();
        try (PortfolioBackend p = new PortfolioBackend(List.of(stuck, new Sat4jBackend()))) {
            int x = p.newVar();
            int y = p.newVar();
            p.addClause(x, y);
            p.addClause(-x);
            long t0 = System.nanoTime();
            Outcome.Sat sat = assertInstanceOf(Outcome.Sat.class, p.solve(null));
            assertTrue((System.nanoTime() - t0) / 1e9 < 10, "the stuck member was not interrupted");
            assertTrue(sat.model().value(y));
            assertEquals("sat4j", p.lastWinner());
            assertEquals(1, stuck.solves);
            assertEquals(1, stuck.returned, "the loser's solve has returned before the next call");
            // Still in step: constraints added after a race reach every member.
            p.addClause(-y);
            assertInstanceOf(Outcome.Unsat.class, p.solve(null));
            assertEquals(2, stuck.variables());
            assertEquals("portfolio(stuck+sat4j)", p.name());
        }
    }

    @Test
    void noAnswerFromAnyMemberIsUnknownWithEveryReason() {
        try (PortfolioBackend p = new PortfolioBackend(List.of(new Sat4jBackend(), new Sat4jBackend()))) {
            org.mincirc.solver.Pigeonhole.add(p, 12);
            Outcome.Unknown u = assertInstanceOf(Outcome.Unknown.class, p.solve(Duration.ofMillis(500)));
            assertTrue(u.reason().startsWith("sat4j: "), u.reason());
        }
    }

    @Test
    void oneMemberIsNoPortfolio() {
        assertThrows(IllegalArgumentException.class, () -> new PortfolioBackend(List.of(new Sat4jBackend())));
    }
}
