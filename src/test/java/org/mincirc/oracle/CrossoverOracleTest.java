package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.Query;
import org.mincirc.query.Quantifier;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;

/**
 * The crossover of instances/lookup/crossover.mdp by brute force, independent of the synthesis
 * code: every circuit of at most three two-input gates over the five inputs t0 t1 t2 t3 cue
 * (normalized as in {@link MinimalSizes}: complements free, five gate operations), each
 * function kept with the fewest gates that compute it. For the first n tasks the minimal size is
 * the fewest gates of a function that is right on every training code (return = optimal = 1
 * means every training state is right), the minimal policies are those functions over all 32
 * codes (every code is a state of some task of the file), and the rule holds for a policy that
 * is right on all 16 tasks. The test then runs the file's series and compares member by member.
 *
 * <p>Rows: bit i of a row is input i in the interface's order t0 t1 t2 t3 cue; task k shows
 * bits(k, 4) most significant first (t0 = bit 3 of k) and rewards press iff cue xor t2 xor t3.
 */
class CrossoverOracleTest {
    private static final Path FILE = Path.of("instances/lookup/crossover.mdp");
    private static final int INPUTS = 5;
    private static final int ROWS = 1 << INPUTS;
    private static final long ALL = (1L << ROWS) - 1;
    private static final int GATES = 3;
    private static final int TASKS = 16;

    /** Per function on the 32 rows, the fewest gates of a circuit computing it (up to GATES). */
    private static final Map<Long, Integer> CHEAPEST = new HashMap<>();

    private static int row(int k, int cue) {
        int r = 0;
        for (int i = 0; i < 4; i++) {
            r |= ((k >> (3 - i)) & 1) << i;  // t0 is the most significant bit of k
        }
        return r | cue << 4;
    }

    /** Press (1) iff cue xor t2 xor t3, on every row: the shared rule of Task. */
    private static long rule() {
        return rule(2);
    }

    /** Press iff cue xor the last {@code bits} task bits (t3, t2, t1 for 3): the rule of Task (2) or Task3 (3). */
    private static long rule(int bits) {
        long f = 0;
        for (int r = 0; r < ROWS; r++) {
            int p = (r >> 4) & 1;
            for (int i = 4 - bits; i < 4; i++) {
                p ^= (r >> i) & 1;
            }
            f |= (long) p << r;
        }
        return f;
    }

    /** The rows of the first n tasks. */
    private static long trainMask(int n) {
        long m = 0;
        for (int k = 0; k < n; k++) {
            m |= 1L << row(k, 0) | 1L << row(k, 1);
        }
        return m;
    }

    @BeforeAll
    static void enumerate() {
        long[] inputs = new long[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            for (int r = 0; r < ROWS; r++) {
                inputs[i] |= (long) ((r >> i) & 1) << r;
            }
        }
        List<Long> nodes = new ArrayList<>();
        for (long x : inputs) {
            nodes.add(x);
        }
        record(0L, 0);
        nodes.forEach(x -> record(x, 0));
        extend(nodes, 0);
    }

    private static void record(long f, int gates) {
        CHEAPEST.merge(f, gates, Math::min);
        CHEAPEST.merge(~f & ALL, gates, Math::min);
    }

    private static void extend(List<Long> nodes, int gates) {
        if (gates == GATES) {
            return;
        }
        int n = nodes.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                long a = nodes.get(i);
                long b = nodes.get(j);
                long[] ops = {a & b, a & ~b & ALL, ~a & b & ALL, a | b, a ^ b};
                for (long g : ops) {
                    if (nodes.contains(g)) {
                        continue;  // a minimal circuit never repeats a node
                    }
                    record(g, gates + 1);
                    nodes.add(g);
                    extend(nodes, gates + 1);
                    nodes.remove(nodes.size() - 1);
                }
            }
        }
    }

    /** The oracle's answer for the first n tasks. */
    private record Answer(int size, int policies, Quantifier rule) {}

    private static Answer answer(int n) {
        return answer(n, 2);
    }

    private static Answer answer(int n, int bits) {
        long rule = rule(bits);
        long mask = trainMask(n);
        long target = rule & mask;
        int best = Integer.MAX_VALUE;
        Set<Long> minimal = new LinkedHashSet<>();
        for (Map.Entry<Long, Integer> e : CHEAPEST.entrySet()) {
            if ((e.getKey() & mask) != target) {
                continue;
            }
            if (e.getValue() < best) {
                best = e.getValue();
                minimal.clear();
            }
            if (e.getValue() == best) {
                minimal.add(e.getKey());
            }
        }
        long right = minimal.stream().filter(f -> f == rule).count();
        Quantifier q = right == minimal.size() ? Quantifier.ALL : right == 0 ? Quantifier.NONE : Quantifier.SOME;
        return new Answer(best, minimal.size(), q);
    }

    @Test
    void theOracleFindsTheCrossoverDerivedByHand() {
        // The header's derivation: 0, 1, 2 gates while memorizing; the rule (2 gates) from n = 4 on.
        assertEquals(new Answer(0, 1, Quantifier.NONE), answer(1));
        assertEquals(new Answer(1, 1, Quantifier.NONE), answer(2));
        assertEquals(new Answer(2, 2, Quantifier.SOME), answer(3));
        for (int n = 4; n <= TASKS; n++) {
            assertEquals(new Answer(2, 1, Quantifier.ALL), answer(n), "n = " + n);
        }
    }

    @Test
    void onThreeTaskBitsTheRuleIsPinnedDownAtSevenTasks() {
        int[] sizes = {0, 1, 2, 2, 3, 3, 3};
        int[] policies = {1, 1, 2, 1, 4, 2, 1};
        Quantifier[] rule = {Quantifier.NONE, Quantifier.NONE, Quantifier.NONE, Quantifier.NONE, Quantifier.SOME,
                Quantifier.SOME, Quantifier.ALL};
        for (int n = 1; n <= TASKS; n++) {
            int i = Math.min(n, 7) - 1;
            assertEquals(new Answer(sizes[i], policies[i], rule[i]), answer(n, 3), "n = " + n);
        }
    }

    @Test
    void theSeriesAgreesWithTheOracleOnEveryMember() throws Exception {
        Document doc = Loader.load(FILE);
        List<Query.Series> series = doc.queries().stream().filter(Query.Series.class::isInstance)
                .map(Query.Series.class::cast).toList();
        assertEquals(List.of("crossover", "crossover_3bits"), series.stream().map(Query.Series::name).toList());
        for (int bits = 2; bits <= 3; bits++) {
            SeriesResult r = (SeriesResult) new QueryRunner(doc).run(series.get(bits - 2));
            String predicate = bits == 2 ? "rule_everywhere" : "rule3_everywhere";
            assertEquals(TASKS, r.members().size());
            for (SeriesResult.Member m : r.members()) {
                int n = m.value().intValueExact();
                SolveResult s = m.solve().orElseThrow();
                Answer a = answer(n, bits);
                assertEquals(a.size(), s.circuit().orElseThrow().size(), "size at n = " + n);
                assertEquals(a.policies(), s.policies().orElseThrow(), "policies at n = " + n);
                assertEquals(a.rule(), s.predicates().get(predicate), "rule at n = " + n);
            }
            assertTrue(r.passed(), "every expectation of the file holds");
        }
    }
}
