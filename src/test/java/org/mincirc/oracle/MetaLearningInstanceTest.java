package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mincirc.lang.Loader;
import org.mincirc.model.Action;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;
import org.mincirc.model.State;

/**
 * The facts that instances/hubinger/meta-learning.mdp derives its expectations from, checked by
 * brute force independent of the synthesis code. The test writes down its own model of the
 * tasks, checks that the file declares exactly that model, then enumerates every circuit of at
 * most four two-input gates over the six inputs (normalized as in {@link MinimalSizes}:
 * complements free) and scores each one's policy exactly: on Tasks every training state weighs
 * 1/20 and each Bad state 1/10, so a return is a whole number of twentieths.
 *
 * <p>Rows: bit i of a row is input i, in the interface's order t0 t1 t2 ex lab cue.
 */
class MetaLearningInstanceTest {
    private static final Path FILE = Path.of("instances/hubinger/meta-learning.mdp");
    private static final int INPUTS = 6;
    private static final int ROWS = 1 << INPUTS;
    private static final int GATES = 4;
    private static final int PRESS = 1;

    /** The training tasks: name bits t0 t1 t2 -> b, the task's rule being "press iff cue xor b". */
    private static final Map<String, Integer> TRAIN = Map.of("000", 0, "001", 1, "010", 1, "100", 1);
    private static final List<String> UNSEEN_NAMES = List.of("011", "101", "110");

    private static long trainMask;      // the 16 training codes
    private static long trainTarget;    // press there iff cue xor b
    private static long unseenMask;     // the 24 held-out codes
    private static long unseenTarget;
    private static long careMask;       // every declared code: training, Bad, Unseen
    private static final int BAD_UNWATCHED = row("111", 1, 0, 0);
    private static final int BAD_WATCHED = row("111", 1, 0, 1);

    /** Per policy (its outputs on the care codes) the fewest gates of a circuit computing it. */
    private static final Map<Long, Integer> CHEAPEST = new HashMap<>();

    private static int row(String name, int ex, int lab, int cue) {
        int r = 0;
        for (int i = 0; i < 3; i++) {
            r |= (name.charAt(i) - '0') << i;
        }
        return r | ex << 3 | lab << 4 | cue << 5;
    }

    private static int bit(long table, int row) {
        return (int) (table >>> row & 1);
    }

    @BeforeAll
    static void enumerate() {
        for (Map.Entry<String, Integer> t : TRAIN.entrySet()) {
            for (int ex = 0; ex < 2; ex++) {
                for (int cue = 0; cue < 2; cue++) {
                    int r = row(t.getKey(), ex, ex ^ t.getValue(), cue);
                    trainMask |= 1L << r;
                    trainTarget |= (long) (cue ^ t.getValue()) << r;
                }
            }
        }
        for (String name : UNSEEN_NAMES) {
            for (int b = 0; b < 2; b++) {
                for (int ex = 0; ex < 2; ex++) {
                    for (int cue = 0; cue < 2; cue++) {
                        int r = row(name, ex, ex ^ b, cue);
                        unseenMask |= 1L << r;
                        unseenTarget |= (long) (cue ^ b) << r;
                    }
                }
            }
        }
        careMask = trainMask | unseenMask | 1L << BAD_UNWATCHED | 1L << BAD_WATCHED;
        long[] nodes = new long[INPUTS + GATES];
        for (int i = 0; i < INPUTS; i++) {
            for (int r = 0; r < ROWS; r++) {
                nodes[i] |= (long) (r >>> i & 1) << r;
            }
        }
        record(0L, 0);
        for (int i = 0; i < INPUTS; i++) {
            record(nodes[i], 0);
        }
        extend(nodes, INPUTS, 0);
    }

    /** Keeps the policies every test asks about: those reaching 9/10 on Tasks or perfect on Train. */
    private static void record(long g, int gates) {
        for (long out : new long[] {g, ~g}) {
            long policy = out & careMask;
            if (twentieths(policy) >= 18 || perfectOnTrain(policy)) {
                CHEAPEST.merge(policy, gates, Math::min);
            }
        }
    }

    private static void extend(long[] nodes, int count, int gates) {
        if (gates == GATES) {
            return;
        }
        for (int j = 1; j < count; j++) {
            for (int i = 0; i < j; i++) {
                long a = nodes[i];
                long b = nodes[j];
                for (int op = 0; op < 5; op++) {
                    long g = switch (op) {
                        case 0 -> a & b;
                        case 1 -> a & ~b;
                        case 2 -> ~a & b;
                        case 3 -> a | b;
                        default -> a ^ b;
                    };
                    if (g == 0 || contains(nodes, count, g)) {
                        continue;
                    }
                    record(g, gates + 1);
                    nodes[count] = g;
                    extend(nodes, count + 1, gates + 1);
                }
            }
        }
    }

    private static boolean contains(long[] nodes, int count, long g) {
        for (int k = 0; k < count; k++) {
            if (nodes[k] == g) {
                return true;
            }
        }
        return false;
    }

    /** The return on Tasks in twentieths: 1 per right training state, 2 per right Bad state. */
    private static int twentieths(long policy) {
        int right = Long.bitCount(~(policy ^ trainTarget) & trainMask);
        return right + 2 * ((1 - bit(policy, BAD_UNWATCHED)) + (1 - bit(policy, BAD_WATCHED)));
    }

    private static boolean perfectOnTrain(long policy) {
        return ((policy ^ trainTarget) & trainMask) == 0;
    }

    private static boolean deceptive(long policy) {
        return bit(policy, BAD_WATCHED) == 0 && bit(policy, BAD_UNWATCHED) == PRESS;
    }

    private static boolean learns(long policy) {
        return ((policy ^ unseenTarget) & unseenMask) == 0;
    }

    /** The policies satisfying a condition, by the fewest gates computing them. */
    private interface Condition {
        boolean holds(long policy);
    }

    private static TreeMap<Integer, List<Long>> bySize(Condition c) {
        TreeMap<Integer, List<Long>> out = new TreeMap<>();
        CHEAPEST.forEach((policy, gates) -> {
            if (c.holds(policy)) {
                out.computeIfAbsent(gates, k -> new java.util.ArrayList<>()).add(policy);
            }
        });
        return out;
    }

    /** The learning rule cue xor ex xor lab on the care codes. */
    private static long rule() {
        long t = 0;
        for (int r = 0; r < ROWS; r++) {
            t |= (long) ((r >>> 3 ^ r >>> 4 ^ r >>> 5) & 1) << r;
        }
        return t & careMask;
    }

    private static Document doc() throws Exception {
        return Loader.load(FILE);
    }

    private static Mdp mdp(Document doc, String name) {
        return doc.mdp(name).orElseThrow();
    }

    private static String expected(Document doc, String query, String key) {
        Query q = doc.queries().stream().filter(x -> x.name().equals(query)).findFirst().orElseThrow();
        return q.expectations().stream().filter(e -> e.key().equals(key)).map(Expectation::value)
                .map(Expectation.Expected::text).findFirst().orElseThrow(() -> new AssertionError(query + " " + key));
    }

    private static int rewarded(State s) {
        Action best = s.actions().stream().filter(a -> s.transition(a).orElseThrow().reward().equals(BigFraction.ONE))
                .findFirst().orElseThrow();
        for (Action a : s.actions()) {
            if (a != best) {
                assertEquals(BigFraction.ZERO, s.transition(a).orElseThrow().reward(), s.name());
            }
        }
        return best.code();
    }

    @Test
    void theFileDeclaresTheModel() throws Exception {
        Document doc = doc();
        for (Map.Entry<String, Integer> t : TRAIN.entrySet()) {
            Mdp m = mdp(doc, "T" + t.getKey());
            assertEquals(4, m.states().size());
            long seen = 0;
            for (State s : m.states()) {
                assertEquals(1, bit(trainMask, s.code()), m.name() + "." + s.name());
                assertEquals(bit(trainTarget, s.code()), rewarded(s), m.name() + "." + s.name());
                assertEquals(BigFraction.of(1, 4), s.init());
                assertEquals(t.getKey(), name(s.code()), m.name() + "." + s.name());
                seen |= 1L << s.code();
            }
            assertEquals(4, Long.bitCount(seen));
        }
        Mdp bad = mdp(doc, "Bad");
        assertEquals(2, bad.states().size());
        for (State s : bad.states()) {
            assertEquals(s.name().equals("watched") ? BAD_WATCHED : BAD_UNWATCHED, s.code());
            assertEquals(0, rewarded(s), "waiting is right on Bad");
            assertEquals(BigFraction.of(1, 2), s.init());
        }
        Mdp unseen = mdp(doc, "Unseen");
        long seen = 0;
        for (State s : unseen.states()) {
            assertEquals(1, bit(unseenMask, s.code()), s.name());
            assertEquals(bit(unseenTarget, s.code()), rewarded(s), s.name());
            assertEquals(BigFraction.of(1, 24), s.init());
            seen |= 1L << s.code();
        }
        assertEquals(unseenMask, seen);
        Family tasks = doc.family("Tasks").orElseThrow();
        assertEquals(5, tasks.members().size());
        for (Family.Member m : tasks.members()) {
            assertEquals(BigFraction.of(1, 5), m.weight(), m.mdp().name());
        }
        assertTrue(tasks.member("Bad").isPresent());
        Family train = doc.family("Train").orElseThrow();
        assertEquals(4, train.members().size());
        train.members().forEach(m -> assertEquals(BigFraction.of(1, 4), m.weight()));
        // Every code of the file is one of the model's: training, Bad and Unseen are disjoint.
        assertEquals(16 + 2 + 24, Long.bitCount(careMask));
    }

    private static String name(int row) {
        return "" + (row & 1) + (row >>> 1 & 1) + (row >>> 2 & 1);
    }

    @Test
    void theLearnerIsTheOnlyMinimalCircuitOfTrainAndTurnsOnBad() throws Exception {
        TreeMap<Integer, List<Long>> perfect = bySize(MetaLearningInstanceTest::perfectOnTrain);
        assertEquals(2, perfect.firstKey(), "fewest gates perfect on the four training tasks");
        assertEquals(List.of(rule()), perfect.firstEntry().getValue());
        long r = rule();
        assertTrue(deceptive(r), "the rule waits while watched and presses unwatched on Bad");
        assertTrue(learns(r), "the rule is right on every held-out task");
        Document doc = doc();
        assertEquals("2", expected(doc, "learner", "size"));
        assertEquals("1", expected(doc, "learner", "policies"));
        assertEquals("all", expected(doc, "learner", "learns"));
        assertEquals("all", expected(doc, "learner", "deceptive"));
    }

    @Test
    void atNineTenthsTheRuleIsStillTheOnlyMinimalPolicy() throws Exception {
        TreeMap<Integer, List<Long>> reach = bySize(p -> twentieths(p) >= 18);
        assertEquals(2, reach.firstKey(), "fewest gates reaching 9/10 on Tasks");
        assertEquals(List.of(rule()), reach.firstEntry().getValue());
        assertEquals(18, twentieths(rule()));
        Document doc = doc();
        for (String q : List.of("minimal", "minimal_union")) {
            assertEquals("2", expected(doc, q, "size"));
            assertEquals("1", expected(doc, q, "policies"));
            assertEquals("9/10", expected(doc, q, "return"));
            assertEquals("all", expected(doc, q, "deceptive"));
            assertEquals("all", expected(doc, q, "learns"));
        }
        assertEquals("2", expected(doc, "hubinger", "familyCost"));
        assertEquals("all", expected(doc, "hubinger", "premise"));
    }

    @Test
    void honestyCostsAGateAndTheLearning() throws Exception {
        TreeMap<Integer, List<Long>> honest = bySize(p -> twentieths(p) >= 18 && !deceptive(p));
        assertEquals(3, honest.firstKey(), "fewest gates reaching 9/10 without the turn");
        List<Long> at3 = honest.firstEntry().getValue();
        assertEquals(36, at3.size());
        assertFalse(at3.stream().anyMatch(MetaLearningInstanceTest::learns));
        assertTrue(at3.stream().allMatch(p -> twentieths(p) == 18));
        Document doc = doc();
        assertEquals("3", expected(doc, "minimal_honest", "size"));
        assertEquals("36", expected(doc, "minimal_honest", "policies"));
        assertEquals("none", expected(doc, "minimal_honest", "learns"));
    }

    @Test
    void perfectOnTasksNeedsFourGatesAndNoneOfThemLearns() throws Exception {
        TreeMap<Integer, List<Long>> perfect = bySize(p -> twentieths(p) == 20);
        assertEquals(4, perfect.firstKey(), "fewest gates perfect on Tasks");
        List<Long> at4 = perfect.firstEntry().getValue();
        assertEquals(12, at4.size());
        assertFalse(at4.stream().anyMatch(MetaLearningInstanceTest::learns));
        assertFalse(at4.stream().anyMatch(MetaLearningInstanceTest::deceptive));
        Document doc = doc();
        assertEquals("4", expected(doc, "perfect", "size"));
        assertEquals("12", expected(doc, "perfect", "policies"));
        assertEquals("none", expected(doc, "perfect", "learns"));
    }

    @Test
    void theHandWrittenCircuitsScoreAsTheHeaderSays() throws Exception {
        long[] in = new long[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            for (int r = 0; r < ROWS; r++) {
                in[i] |= (long) (r >>> i & 1) << r;
            }
        }
        long t0 = in[0], t1 = in[1], t2 = in[2], ex = in[3], lab = in[4], cue = in[5];
        long table = cue ^ (t0 | t1 | t2);
        long honest = (cue ^ ex ^ lab) & ~t0;
        assertEquals(rule(), (cue ^ ex ^ lab) & careMask);
        assertEquals(18, twentieths(table));
        assertTrue(deceptive(table));
        assertEquals(12, unseenRight(table), "the table is right on half of Unseen");
        assertEquals(18, twentieths(honest));
        assertFalse(deceptive(honest));
        assertEquals(16, unseenRight(honest), "the honest circuit is right on 2/3 of Unseen");
        assertTrue(CHEAPEST.get(table & careMask) >= 3, "the table takes three gates");
        Document doc = doc();
        assertEquals("1/2", expected(doc, "table_on_unseen", "return"));
        assertEquals("2/3", expected(doc, "honest_on_unseen", "return"));
        assertEquals("9/10", expected(doc, "table_on_tasks", "return"));
        assertEquals("9/10", expected(doc, "honest_on_tasks", "return"));
    }

    private static int unseenRight(long policy) {
        return Long.bitCount(~(policy ^ unseenTarget) & unseenMask);
    }
}
