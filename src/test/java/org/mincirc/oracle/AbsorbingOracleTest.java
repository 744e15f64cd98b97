package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.lang.LoadException;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.RunOptions;
import org.mincirc.solver.Backends;

/**
 * Undiscounted infinite horizons (issue 10, item 3) against brute force. Random mdps on 3 inputs
 * with 4-6 states, actions a and b, each a distribution over two states and (usually) stop, no
 * horizon and discount 1. The test decides by itself, policy by policy, whether some
 * deterministic memoryless policy can keep a reachable state from ever stopping (then an end
 * component exists and the loader must reject the file with L032), and otherwise computes every
 * policy's expected total reward by its own Gaussian elimination over the reachable states. The
 * loader's verdict, {@link Returns} on every policy, and solve on sat4j and z3 (optimum, minimal
 * size, number of minimal policies, against {@link PolicyOracle}) must all agree with it.
 */
class AbsorbingOracleTest {
    private static final int CASES = Integer.getInteger("oracle.absorbingCases", 16);

    /** One generated mdp as plain arrays: per state and action, successors (-1 = stop) and probabilities. */
    private record Case(String text, int[] codes, BigFraction[] init, int[][][] next, BigFraction[][][] prob,
                        BigFraction[][] reward) {}

    private static Case generate(int index) {
        Random rnd = new Random(90_000 + index);
        int n = 4 + rnd.nextInt(3);
        List<Integer> pool = new ArrayList<>(IntStream.range(0, 8).boxed().toList());
        java.util.Collections.shuffle(pool, rnd);
        int[] codes = pool.subList(0, n).stream().mapToInt(Integer::intValue).toArray();
        BigFraction[] init = new BigFraction[n];
        int[][][] next = new int[n][2][];
        BigFraction[][][] prob = new BigFraction[n][2][];
        BigFraction[][] reward = new BigFraction[n][2];
        StringBuilder sb = new StringBuilder("interface {\n  inputs x0 x1 x2;\n  actions a = 0, b = 1;\n}\nmdp M {\n"
                + "  discount 1;\n");
        int starts = 1 + rnd.nextInt(2);
        int noStop = index % 3 == 0 ? 2 : 5;  // about one action in noStop has no chance to stop
        for (int s = 0; s < n; s++) {
            init[s] = s < starts ? BigFraction.of(1, starts) : BigFraction.ZERO;
            sb.append("  state s").append(s).append(" code ");
            for (int i = 0; i < 3; i++) {
                sb.append(codes[s] >>> i & 1);
            }
            if (s < starts) {
                sb.append(" init 1/").append(starts);
            }
            sb.append(" {");
            for (int a = 0; a < 2; a++) {
                int t1 = rnd.nextInt(n);
                int t2 = (t1 + 1 + rnd.nextInt(n - 1)) % n;
                // Mostly a chance to stop (out of 6); sometimes none, so some files have end components.
                int stop = rnd.nextInt(noStop) == 0 ? 0 : 1 + rnd.nextInt(3);
                int p1 = 1 + rnd.nextInt(6 - stop - 1);
                int p2 = 6 - stop - p1;
                List<Integer> to = new ArrayList<>();
                List<BigFraction> ps = new ArrayList<>();
                StringBuilder d = new StringBuilder();
                add(to, ps, d, t1, p1);
                add(to, ps, d, t2, p2);
                add(to, ps, d, -1, stop);
                next[s][a] = to.stream().mapToInt(Integer::intValue).toArray();
                prob[s][a] = ps.toArray(new BigFraction[0]);
                reward[s][a] = BigFraction.of(rnd.nextInt(5) - 1);
                sb.append(' ').append(a == 0 ? "a" : "b").append(" -> { ").append(d).append(" } reward ")
                        .append(reward[s][a].getNumerator()).append(';');
            }
            sb.append(" }\n");
        }
        // q: the return threshold; q2: a return atom as a requirement (on z3, Bellman equations at gamma = 1).
        sb.append("}\npredicate high = return(M) >= 1;\n");
        sb.append("solve q {\n  target M;\n  require return >= optimal;\n  report high;\n}\n");
        sb.append("solve q2 {\n  target M;\n  require high;\n}\n");
        return new Case(sb.toString(), codes, init, next, prob, reward);
    }

    private static void add(List<Integer> to, List<BigFraction> ps, StringBuilder d, int target, int sixths) {
        if (sixths == 0) {
            return;
        }
        to.add(target);
        ps.add(BigFraction.of(sixths, 6));
        d.append(d.length() == 0 ? "" : ", ").append(sixths).append("/6: ").append(target < 0 ? "stop" : "s" + target);
    }

    /** States reachable from the start under any action. */
    private static boolean[] reachable(Case c) {
        int n = c.codes.length;
        boolean[] seen = new boolean[n];
        java.util.Deque<Integer> work = new java.util.ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (c.init[s].signum() > 0) {
                seen[s] = true;
                work.push(s);
            }
        }
        while (!work.isEmpty()) {
            int s = work.pop();
            for (int[] succ : c.next[s]) {
                for (int t : succ) {
                    if (t >= 0 && !seen[t]) {
                        seen[t] = true;
                        work.push(t);
                    }
                }
            }
        }
        return seen;
    }

    /** Whether under policy p (bit s = action of state s) some reachable state can never stop. */
    private static boolean loopsForever(Case c, boolean[] reach, int p) {
        int n = c.codes.length;
        boolean[] stops = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = 0; s < n; s++) {
                if (stops[s]) {
                    continue;
                }
                for (int t : c.next[s][p >>> s & 1]) {
                    if (t < 0 || stops[t]) {
                        stops[s] = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (reach[s] && !stops[s]) {
                return true;
            }
        }
        return false;
    }

    /** Expected total reward of policy p: (I - P) v = r over the reachable states, plain Gauss-Jordan. */
    private static BigFraction value(Case c, boolean[] reach, int p) {
        int n = c.codes.length;
        int[] idx = new int[n];
        int m = 0;
        for (int s = 0; s < n; s++) {
            idx[s] = reach[s] ? m++ : -1;
        }
        BigFraction[][] a = new BigFraction[m][m + 1];
        for (int s = 0; s < n; s++) {
            if (!reach[s]) {
                continue;
            }
            int i = idx[s];
            java.util.Arrays.fill(a[i], BigFraction.ZERO);
            a[i][i] = BigFraction.ONE;
            int act = p >>> s & 1;
            for (int j = 0; j < c.next[s][act].length; j++) {
                int t = c.next[s][act][j];
                if (t >= 0) {
                    a[i][idx[t]] = a[i][idx[t]].subtract(c.prob[s][act][j]);
                }
            }
            a[i][m] = c.reward[s][act];
        }
        for (int col = 0; col < m; col++) {
            int piv = col;
            while (a[piv][col].signum() == 0) {
                piv++;
            }
            BigFraction[] t = a[piv];
            a[piv] = a[col];
            a[col] = t;
            for (int r = 0; r < m; r++) {
                if (r != col && a[r][col].signum() != 0) {
                    BigFraction f = a[r][col].divide(a[col][col]);
                    for (int k = col; k <= m; k++) {
                        a[r][k] = a[r][k].subtract(f.multiply(a[col][k]));
                    }
                }
            }
        }
        BigFraction sum = BigFraction.ZERO;
        for (int s = 0; s < n; s++) {
            if (c.init[s].signum() > 0) {
                sum = sum.add(c.init[s].multiply(a[idx[s]][m].divide(a[idx[s]][idx[s]])));
            }
        }
        return sum;
    }

    @TestFactory
    Stream<DynamicTest> undiscountedAbsorbingMdpsAgreeWithBruteForce() {
        return IntStream.range(0, CASES).boxed().flatMap(i -> Stream.of("sat4j", "z3").map(backend ->
                DynamicTest.dynamicTest("case " + i + " on " + backend, () -> check(i, backend))));
    }

    private static void check(int index, String backend) throws Exception {
        Case c = generate(index);
        int n = c.codes.length;
        boolean[] reach = reachable(c);
        boolean loops = IntStream.range(0, 1 << n).anyMatch(p -> loopsForever(c, reach, p));
        if (loops) {
            LoadException e = org.junit.jupiter.api.Assertions.assertThrows(LoadException.class,
                    () -> Loader.parse("absorbing-" + index + ".mdp", c.text), c.text);
            assertTrue(e.getMessage().contains("no horizon and discount 1, but a policy can keep an episode going forever"),
                    e.getMessage());
            assertTrue(e.diagnostics().stream().allMatch(d -> d.code().id().equals("L032")), e.getMessage());
            return;
        }
        Document doc = OracleCases.load("absorbing-" + index, c.text);
        Mdp mdp = doc.mdps().get(0);
        for (int p = 0; p < 1 << n; p++) {
            Map<Integer, Integer> out = new HashMap<>();
            for (int s = 0; s < n; s++) {
                out.put(c.codes[s], p >>> s & 1);
            }
            assertEquals(value(c, reach, p), Returns.of(mdp, Policy.ofOutputs(out)), "policy " + p + "\n" + c.text);
        }
        Backends.assumeAvailable(backend);
        for (String name : List.of("q", "q2")) {
            Query.Solve q = OracleCases.solve(doc, name);
            PolicyOracle.Verdict v = PolicyOracle.solve(doc, q);
            QueryResult r = new QueryRunner(doc, RunOptions.defaults().withBackend(backend)
                    .withTimeout(Optional.of(Duration.ofSeconds(60)))).run(q);
            List<String> problems = OracleCases.mismatches(doc.iface(), q, v, r);
            assertTrue(problems.isEmpty(), name + ": " + String.join("\n", problems) + "\n" + c.text);
        }
    }

    /** The generator makes both kinds, so neither branch of {@link #check} is vacuous. */
    @org.junit.jupiter.api.Test
    void casesIncludeFilesWithAndWithoutEndComponents() {
        int withLoops = 0;
        for (int i = 0; i < CASES; i++) {
            Case c = generate(i);
            boolean[] reach = reachable(c);
            if (IntStream.range(0, 1 << c.codes.length).anyMatch(p -> loopsForever(c, reach, p))) {
                withLoops++;
            }
        }
        assertTrue(withLoops > 0, "no case with an end component");
        assertFalse(withLoops == CASES, "every case has an end component");
    }
}
