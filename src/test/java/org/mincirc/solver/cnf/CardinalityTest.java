package org.mincirc.solver.cnf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.cnf.Cardinality.Counter;
import org.mincirc.solver.cnf.BruteForce.Pb;

/** Both counters, and the choice between them, against brute force. */
class CardinalityTest {
    private static ClauseList encoded(Pb pb, Counter counter) {
        ClauseList cl = new ClauseList(pb.vars());
        Cardinality.encode(cl, pb.lits(), pb.cmp(), pb.bound().intValueExact(), counter);
        return cl;
    }

    private static Pb card(int vars, int[] lits, Comparison cmp, int bound) {
        return new Pb(vars, lits, Collections.nCopies(lits.length, BigInteger.ONE), cmp, BigInteger.valueOf(bound));
    }

    /** Positional: repeated literals count twice, x and -x one each; bounds beyond [0, n] too. */
    @Test
    void everyBoundOfRandomListsIsExact() {
        Random r = new Random(11L);
        for (int t = 0; t < 150; t++) {
            int vars = 1 + r.nextInt(7);
            int[] lits = new int[1 + r.nextInt(9)];
            for (int i = 0; i < lits.length; i++) {
                int v = 1 + r.nextInt(vars);
                lits[i] = r.nextBoolean() ? v : -v;
            }
            for (int bound = -1; bound <= lits.length + 1; bound++) {
                for (Comparison cmp : Comparison.values()) {
                    Pb pb = card(vars, lits, cmp, bound);
                    for (Counter counter : Counter.values()) {
                        BruteForce.assertExact(pb, encoded(pb, counter));
                    }
                }
            }
        }
    }

    @Test
    void distinctVariablesPropagateCompletely() {
        for (int n = 1; n <= 6; n++) {
            int[] lits = new int[n];
            for (int i = 0; i < n; i++) {
                lits[i] = i % 3 == 1 ? -(i + 1) : i + 1;
            }
            for (int bound = 0; bound <= n; bound++) {
                for (Comparison cmp : Comparison.values()) {
                    Pb pb = card(n, lits, cmp, bound);
                    for (Counter counter : Counter.values()) {
                        BruteForce.assertArcConsistent(pb, encoded(pb, counter));
                    }
                }
            }
        }
    }

    @Test
    void extremeBoundsDoNotOverflow() {
        int[] lits = {1, 2, 3};
        BruteForce.assertExact(card(3, lits, Comparison.AT_MOST, Integer.MIN_VALUE),
                encoded(card(3, lits, Comparison.AT_MOST, Integer.MIN_VALUE), Counter.CHEAPER));
        BruteForce.assertExact(card(3, lits, Comparison.AT_LEAST, Integer.MIN_VALUE),
                encoded(card(3, lits, Comparison.AT_LEAST, Integer.MIN_VALUE), Counter.CHEAPER));
        BruteForce.assertExact(card(3, lits, Comparison.AT_LEAST, Integer.MAX_VALUE),
                encoded(card(3, lits, Comparison.AT_LEAST, Integer.MAX_VALUE), Counter.CHEAPER));
    }

    /** The cost formulas decide which counter is written; they must count what is written. */
    @Test
    void totalizerCostMatchesWhatItWrites() {
        for (int n = 2; n <= 40; n += 3) {
            int[] lits = new int[n];
            for (int i = 0; i < n; i++) {
                lits[i] = i + 1;
            }
            for (int lo = 0; lo <= n; lo++) {
                for (int hi = lo; hi <= n; hi++) {
                    if (lo == 0 && hi == n) {
                        continue;
                    }
                    ClauseList cl = new ClauseList(n);
                    Totalizer.range(cl, lits, lo, hi);
                    long[] cost = Totalizer.cost(n, lo, hi);
                    assertEquals(cl.auxiliaries(), cost[0], n + " [" + lo + "," + hi + "]");
                    assertEquals(cl.clauses.size(), cost[1], n + " [" + lo + "," + hi + "]");
                }
            }
        }
    }

    /** For a middle bound the totalizer is the smaller by far; for "at most 1" the sequential counter. */
    @Test
    void theCheaperCounterIsChosen() {
        int n = 100;
        int[] lits = new int[n];
        for (int i = 0; i < n; i++) {
            lits[i] = i + 1;
        }
        List<long[]> sizes = new ArrayList<>();
        for (int k : new int[] {1, 50}) {
            for (Counter c : Counter.values()) {
                ClauseList cl = new ClauseList(n);
                Cardinality.encode(cl, lits, Comparison.AT_MOST, k, c);
                sizes.add(new long[] {cl.auxiliaries(), cl.clauses.size()});
            }
        }
        // Order: k=1 {cheaper, totalizer, sequential}, k=50 {cheaper, totalizer, sequential}.
        assertEquals(sizes.get(2)[1], sizes.get(0)[1]);
        assertTrue(sizes.get(1)[1] > sizes.get(2)[1]);
        assertEquals(sizes.get(4)[1], sizes.get(3)[1]);
        assertTrue(sizes.get(5)[0] > 4 * sizes.get(4)[0], () -> sizes.get(5)[0] + " vs " + sizes.get(4)[0]);
    }
}
