package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mincirc.query.SolveStatus;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;
import org.mincirc.query.QueryResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.RunOptions;
import org.mincirc.query.SolveResult;
import org.mincirc.solver.Backends;

/**
 * Brute force at 4 input bits, on the targets the cuts decide (issue 9): random discounted and
 * stochastic finite-horizon mdps on 5-7 states with distinct random codes out of 16 (the rest are
 * don't-cares), threshold optimal or optimal - 1/4. The oracle evaluates every policy on the
 * care codes exactly and takes each one's cheapest circuit from an exhaustive table of every
 * 4-input function reachable with at most 4 gates (complements free, as {@link MinimalSizes});
 * cases whose minimum needs more are left out. sat4j and z3 must each give the oracle's optimum,
 * minimal size and number of distinct minimal policies.
 */
class FourInputOracleTest {
    private static final int GATES = 4;
    private static final int CASES = Integer.getInteger("oracle.fourInputCases", 24);
    private static int[] sizes;

    /** Minimal size of every 16-row function with at most {@link #GATES} gates, else MAX_VALUE. */
    private static synchronized int[] sizes() {
        if (sizes == null) {
            int[] s = new int[1 << 16];
            Arrays.fill(s, Integer.MAX_VALUE);
            int[] nodes = new int[4 + GATES];
            record(s, 0, 0);
            for (int i = 0; i < 4; i++) {
                int t = 0;
                for (int r = 0; r < 16; r++) {
                    if ((r >>> i & 1) == 1) {
                        t |= 1 << r;
                    }
                }
                nodes[i] = t;
                record(s, t, 0);
            }
            extend(s, nodes, 4, 0);
            sizes = s;
        }
        return sizes;
    }

    private static void record(int[] s, int f, int gates) {
        s[f] = Math.min(s[f], gates);
        s[~f & 0xFFFF] = Math.min(s[~f & 0xFFFF], gates);
    }

    private static void extend(int[] s, int[] nodes, int count, int gates) {
        if (gates == GATES) {
            return;
        }
        for (int j = 1; j < count; j++) {
            for (int i = 0; i < j; i++) {
                int a = nodes[i];
                int b = nodes[j];
                for (int op = 0; op < 5; op++) {
                    int f = switch (op) {
                        case 0 -> a & b;
                        case 1 -> a & ~b;
                        case 2 -> ~a & b;
                        case 3 -> a | b;
                        default -> a ^ b;
                    } & 0xFFFF;
                    boolean known = f == 0;
                    for (int k = 0; k < count && !known; k++) {
                        known = nodes[k] == f;
                    }
                    if (known) {
                        continue;
                    }
                    record(s, f, gates + 1);
                    nodes[count] = f;
                    extend(s, nodes, count + 1, gates + 1);
                }
            }
        }
    }

    private static String code(int c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(c >>> i & 1);
        }
        return sb.toString();
    }

    /** A random file; {@code codes} receives the care codes in state order. */
    private static String generate(int index, List<Integer> codes) {
        Random rnd = new Random(40_000 + index);
        boolean discounted = index % 2 == 0;
        int n = 5 + rnd.nextInt(3);
        List<Integer> pool = new ArrayList<>(IntStream.range(0, 16).boxed().toList());
        java.util.Collections.shuffle(pool, rnd);
        codes.addAll(pool.subList(0, n));
        StringBuilder sb = new StringBuilder("interface {\n  inputs x0 x1 x2 x3;\n  actions a = 0, b = 1;\n}\nmdp M {\n");
        sb.append(discounted ? "  discount " + new String[] {"1/2", "3/4", "9/10"}[rnd.nextInt(3)] + ";\n"
                : "  horizon " + (3 + rnd.nextInt(2)) + ";\n");
        int starts = 1 + rnd.nextInt(2);
        for (int s = 0; s < n; s++) {
            sb.append("  state s").append(s).append(" code ").append(code(codes.get(s)));
            if (s < starts) {
                sb.append(" init 1/").append(starts);
            }
            sb.append(" {");
            for (String a : new String[] {"a", "b"}) {
                int t1 = rnd.nextInt(n);
                int t2 = (t1 + 1 + rnd.nextInt(n - 1)) % n;
                int p = 1 + rnd.nextInt(3);
                sb.append(' ').append(a).append(" -> { ").append(p).append("/4: s").append(t1).append(", ")
                        .append(4 - p).append("/4: s").append(t2).append(" } reward ").append(rnd.nextInt(4)).append(';');
            }
            sb.append(" }\n");
        }
        String slack = rnd.nextBoolean() ? "" : " - 1/4";
        return sb.append("}\nsolve q {\n  target M;\n  require return >= optimal").append(slack).append(";\n}\n").toString();
    }

    /** The brute-force answer: optimum, minimal size, distinct minimal policies; empty if beyond 4 gates. */
    private record Verdict(BigFraction optimum, int size, int policies) {}

    private static Optional<Verdict> oracle(Document doc, List<Integer> codes, BigFraction slack) throws Exception {
        Mdp mdp = doc.mdps().get(0);
        int n = codes.size();
        BigFraction[] returns = new BigFraction[1 << n];
        BigFraction best = null;
        for (int p = 0; p < 1 << n; p++) {
            Map<Integer, Integer> out = new HashMap<>();
            for (int s = 0; s < n; s++) {
                out.put(codes.get(s), p >>> s & 1);
            }
            returns[p] = Returns.of(mdp, Policy.ofOutputs(out));
            best = best == null || returns[p].compareTo(best) > 0 ? returns[p] : best;
        }
        BigFraction threshold = best.subtract(slack);
        int[] s = sizes();
        int min = Integer.MAX_VALUE;
        Map<Integer, Integer> cheapest = new HashMap<>();  // policy -> its cheapest circuit
        for (int f = 0; f < s.length; f++) {
            if (s[f] == Integer.MAX_VALUE) {
                continue;
            }
            int p = 0;
            for (int k = 0; k < n; k++) {
                p |= (f >>> codes.get(k) & 1) << k;
            }
            if (returns[p].compareTo(threshold) >= 0) {
                cheapest.merge(p, s[f], Math::min);
                min = Math.min(min, s[f]);
            }
        }
        if (min == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        final int m = min;
        Set<Integer> minimal = new HashSet<>();
        cheapest.forEach((p, c) -> {
            if (c == m) {
                minimal.add(p);
            }
        });
        return Optional.of(new Verdict(best, min, minimal.size()));
    }

    @TestFactory
    Stream<DynamicTest> solveAgreesWithBruteForceAtFourInputs() {
        return IntStream.range(0, CASES).boxed().flatMap(i -> Stream.of("sat4j", "z3").map(backend ->
                DynamicTest.dynamicTest("case " + i + " on " + backend, () -> check(i, backend))));
    }

    private static void check(int index, String backend) throws Exception {
        Backends.assumeAvailable(backend);
        List<Integer> codes = new ArrayList<>();
        String text = generate(index, codes);
        Document doc = OracleCases.load("four-" + index, text);
        BigFraction slack = text.contains("- 1/4") ? BigFraction.of(1, 4) : BigFraction.ZERO;
        Optional<Verdict> v = oracle(doc, codes, slack);
        org.junit.jupiter.api.Assumptions.assumeTrue(v.isPresent(), "the minimum needs more than 4 gates");
        Query.Solve q = OracleCases.solve(doc, "q");
        QueryResult r = new QueryRunner(doc, RunOptions.defaults().withBackend(backend)
                .withTimeout(Optional.of(Duration.ofSeconds(60)))).run(q);
        assertTrue(r instanceof SolveResult, () -> r + "\n" + text);
        SolveResult s = (SolveResult) r;
        String context = " on " + backend + ", oracle " + v.get() + "\n" + text;
        assertEquals(SolveStatus.OPTIMAL, s.status(), context);
        assertEquals(v.get().optimum(), s.optimum().orElseThrow(), context);
        assertEquals(v.get().size(), s.circuit().orElseThrow().size(), context);
        assertEquals(Optional.of(v.get().policies()), s.policies(), context);
    }
}
