package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.exact.OptimalReturn;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * The scaling benchmark's gridworlds (issue 10): bench/Gridworlds.java now writes each case as a
 * few lines reading bench/gridworld.prism, where it used to write every state. For every case
 * (5x5, 8x8, 12x12; p 4/5, 9/10; discount 9/10, 99/100; both queries) the PRISM file must give
 * the same mdp as (a) the state-list form the generator still writes with --state-list and (b)
 * the gridworld as the old generator defined it, written again here in plain Java: the same codes,
 * initial state, actions in the same order, rewards, successor distributions (matched by code,
 * stop as stop), discount and queries; and on the 5x5 grids the same exact returns for several
 * policies and the same optimum.
 */
class GridworldPrismTest {
    private static final int[] SIZES = {5, 8, 12};
    private static final String[] PS = {"4/5", "9/10"};
    private static final String[] GAMMAS = {"9/10", "99/100"};
    private static final String[] MOVES = {"up", "right", "down", "left"};
    private static final int[] DC = {0, 1, 0, -1};
    private static final int[] DR = {-1, 0, 1, 0};

    @TempDir
    static Path dir;

    private static Path prismDir;
    private static Path listDir;

    @BeforeAll
    static void generate() throws Exception {
        prismDir = dir.resolve("prism");
        listDir = dir.resolve("list");
        run("bench/Gridworlds.java", prismDir.toString());
        run("bench/Gridworlds.java", "--state-list", listDir.toString());
    }

    private static void run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "generator finished");
        assertEquals(0, p.exitValue(), out);
    }

    private static String name(int n, String p, String g) {
        return "grid-" + n + "x" + n + "-p" + p.replace('/', '_') + "-g" + g.replace('/', '_');
    }

    private static BigFraction fraction(String text) {
        String[] pq = text.split("/");
        return BigFraction.of(Long.parseLong(pq[0]), Long.parseLong(pq[1]));
    }

    /** The old generator's definition: hazards next to the diagonal, one below 8 x 8, two from 8 x 8 on. */
    private static boolean hazard(int n, int c, int r) {
        return (c == n / 2 && r == n / 2 - 1) || (n >= 8 && c == n / 2 - 2 && r == n / 2 + 1);
    }

    private static int bits(int n) {
        int b = 0;
        while ((1 << b) < n) {
            b++;
        }
        return b;
    }

    /** Column bits (least significant first) on inputs 0..b-1, then row bits. */
    private static int code(int n, int c, int r) {
        return c | r << bits(n);
    }

    /** Where action a moves from (c, r): one cell in its direction, or stay at a wall. */
    private static int[] move(int n, int c, int r, int a) {
        int c2 = c + DC[a];
        int r2 = r + DR[a];
        return c2 < 0 || c2 >= n || r2 < 0 || r2 >= n ? new int[] {c, r} : new int[] {c2, r2};
    }

    /** One transition by code: reward and successor code -> probability (Successor.STOP for stop). */
    private record Step(String action, BigFraction reward, Map<Integer, BigFraction> successors) {}

    /** The gridworld as the old generator defined it, code -> its steps in action order. */
    private static Map<Integer, List<Step>> expected(int n, BigFraction p) {
        BigFraction slip = BigFraction.ONE.subtract(p).divide(2);
        Map<Integer, List<Step>> result = new TreeMap<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                boolean goal = c == n - 1 && r == n - 1;
                boolean end = goal || hazard(n, c, r);
                List<Step> steps = new ArrayList<>();
                for (int a = 0; a < 4; a++) {
                    Map<Integer, BigFraction> succ = new LinkedHashMap<>();
                    if (end) {
                        succ.put(Successor.STOP, BigFraction.ONE);
                    } else {
                        int[][] to = {move(n, c, r, a), move(n, c, r, (a + 1) % 4), move(n, c, r, (a + 3) % 4)};
                        BigFraction[] w = {p, slip, slip};
                        for (int k = 0; k < 3; k++) {
                            succ.merge(code(n, to[k][0], to[k][1]), w[k], BigFraction::add);
                        }
                    }
                    BigFraction reward = !end ? BigFraction.ZERO : goal ? BigFraction.ONE : BigFraction.of(-1);
                    steps.add(new Step(MOVES[a], reward, succ));
                }
                result.put(code(n, c, r), steps);
            }
        }
        return result;
    }

    /** The mdp by code; every state must have its own code. */
    private static Map<Integer, List<Step>> byCode(Mdp mdp) {
        Map<Integer, List<Step>> result = new TreeMap<>();
        for (State s : mdp.states()) {
            List<Step> steps = new ArrayList<>();
            for (Transition t : s.transitions()) {
                Map<Integer, BigFraction> succ = new LinkedHashMap<>();
                for (Successor x : t.successors()) {
                    int to = x.stops() ? Successor.STOP : mdp.state(x.state()).code();
                    assertEquals(null, succ.put(to, x.probability()), "one successor per code in " + s.name());
                }
                steps.add(new Step(t.action().name(), t.reward(), succ));
            }
            assertEquals(null, result.put(s.code(), steps), "code " + s.code() + " used twice in " + mdp.name());
        }
        return result;
    }

    private static Map<Integer, BigFraction> initByCode(Mdp mdp) {
        Map<Integer, BigFraction> result = new TreeMap<>();
        for (State s : mdp.states()) {
            if (s.init().signum() != 0) {
                result.put(s.code(), s.init());
            }
        }
        return result;
    }

    private static Document load(Path file) throws Exception {
        return Loader.load(file);
    }

    private static String queries(Document doc) {
        List<String> parts = new ArrayList<>();
        for (Query q : doc.queries()) {
            Query.Solve s = (Query.Solve) q;
            parts.add(s.name() + " " + s.target().name() + " " + s.returnRequirement().orElseThrow());
        }
        return String.join("; ", parts);
    }

    @Test
    void everyCaseIsTheSameMdpInBothForms() throws Exception {
        int cases = 0;
        for (int n : SIZES) {
            for (String p : PS) {
                for (String g : GAMMAS) {
                    Map<Integer, List<Step>> oldGrid = expected(n, fraction(p));
                    for (String suffix : new String[] {"-opt.mdp", "-near.mdp"}) {
                        String file = name(n, p, g) + suffix;
                        Document prism = load(prismDir.resolve(file));
                        Document list = load(listDir.resolve(file));
                        Mdp a = prism.mdp("G").orElseThrow();
                        Mdp b = list.mdp("G").orElseThrow();
                        assertTrue(a.valuations().isPresent(), file + " is read from the PRISM model");
                        assertEquals(n * n, a.states().size(), file);
                        assertEquals(list.iface().inputs(), prism.iface().inputs(), file);
                        assertEquals(list.iface().actions(), prism.iface().actions(), file);
                        assertEquals(b.discount(), a.discount(), file);
                        assertEquals(fraction(g), a.discount(), file);
                        assertEquals(b.horizon(), a.horizon(), file);
                        assertTrue(a.horizon().isEmpty(), file);
                        assertEquals(Map.of(0, BigFraction.ONE), initByCode(a), file + ": starts top left");
                        assertEquals(initByCode(b), initByCode(a), file);
                        Map<Integer, List<Step>> fromPrism = byCode(a);
                        assertSameGrid(byCode(b), fromPrism, file + ", PRISM form vs state list");
                        assertSameGrid(oldGrid, fromPrism, file + ", PRISM form vs the old generator's definition");
                        assertEquals(queries(list), queries(prism), file);
                        assertEquals(1, prism.queries().size(), file);
                        cases++;
                    }
                }
            }
        }
        assertEquals(24, cases);
        // the hazards the old generator placed: one on 5 x 5, two on the larger grids
        assertEquals(1, countReward(expected(5, BigFraction.of(4, 5)), -1));
        assertEquals(2, countReward(expected(12, BigFraction.of(4, 5)), -1));
    }

    /** Equal by code, the first difference named by its code (the whole grids are too long for a message). */
    private static void assertSameGrid(Map<Integer, List<Step>> expected, Map<Integer, List<Step>> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": codes");
        for (Map.Entry<Integer, List<Step>> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), what + ": code " + e.getKey());
        }
    }

    private static long countReward(Map<Integer, List<Step>> grid, int reward) {
        return grid.values().stream().filter(s -> s.get(0).reward().equals(BigFraction.of(reward))).count();
    }

    /** Policies on the 5 x 5 grid's codes: constant moves, two staircases, seeded random tables. */
    private static List<Map<Integer, Integer>> policies(int n) {
        List<Map<Integer, Integer>> result = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            Map<Integer, Integer> constant = new HashMap<>();
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    constant.put(code(n, c, r), a);
                }
            }
            result.add(constant);
        }
        Map<Integer, Integer> rightThenDown = new HashMap<>();
        Map<Integer, Integer> downThenRight = new HashMap<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                rightThenDown.put(code(n, c, r), c < n - 1 ? 1 : 2);
                downThenRight.put(code(n, c, r), r < n - 1 ? 2 : 1);
            }
        }
        result.add(rightThenDown);
        result.add(downThenRight);
        Random rnd = new Random(10);
        for (int k = 0; k < 4; k++) {
            Map<Integer, Integer> random = new HashMap<>();
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    random.put(code(n, c, r), rnd.nextInt(4));
                }
            }
            result.add(random);
        }
        return result;
    }

    @Test
    void fiveByFiveGridsGiveTheSameExactReturns() throws Exception {
        for (String p : PS) {
            for (String g : GAMMAS) {
                String file = name(5, p, g) + "-opt.mdp";
                Document prism = load(prismDir.resolve(file));
                Document list = load(listDir.resolve(file));
                Mdp a = prism.mdp("G").orElseThrow();
                Mdp b = list.mdp("G").orElseThrow();
                List<BigFraction> returns = new ArrayList<>();
                for (Map<Integer, Integer> table : policies(5)) {
                    BigFraction ra = Returns.of(a, Policy.ofOutputs(table));
                    assertEquals(Returns.of(b, Policy.ofOutputs(table)), ra, file + " policy " + table);
                    returns.add(ra);
                }
                // the policies differ in value, so equal returns are not a coincidence of zeros
                assertTrue(returns.stream().distinct().count() >= 5, file + " " + returns);
                BigFraction optimum = OptimalReturn.of(a, prism.iface());
                assertEquals(OptimalReturn.of(b, list.iface()), optimum, file);
                assertTrue(returns.stream().allMatch(r -> r.compareTo(optimum) <= 0), file);
            }
        }
    }

    @Test
    void prismModelAndWrappersAreShort() throws IOException {
        assertTrue(Files.readAllLines(Path.of("bench/gridworld.prism")).size() < 30);
        try (Stream<Path> files = Files.list(prismDir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".mdp")).toList()) {
                assertTrue(Files.readAllLines(f).size() <= 12, f.toString());
            }
        }
    }
}
