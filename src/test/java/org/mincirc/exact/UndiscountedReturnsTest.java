package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.lang.LoadException;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;

/**
 * Expected total rewards with no horizon and discount 1 (issue 10, item 3) in closed form: a
 * ring of n states where each step goes on with probability q and stops otherwise has
 * V_0 = sum_{j<n} q^j r_j / (1 - q^n). With 30 states the ring is one component past the size
 * where the exact solve switches to p-adic lifting, so both solvers are checked at gamma = 1.
 */
class UndiscountedReturnsTest {
    private static String ring(int n, String q, String rest) {
        StringBuilder sb = new StringBuilder("interface { inputs x0 x1 x2 x3 x4; actions a = 0, b = 1; }\nmdp Ring {\n");
        for (int i = 0; i < n; i++) {
            String code = String.format("%5s", Integer.toBinaryString(i)).replace(' ', '0');
            sb.append("  state s").append(i).append(" code ").append(code).append(i == 0 ? " init 1" : "")
                    .append(" { a -> { ").append(q).append(": s").append((i + 1) % n).append(", ").append(rest)
                    .append(": stop } reward ").append(i % 3).append("; b -> stop reward ").append(stopReward(i)).append("; }\n");
        }
        return sb.append("}\n").toString();
    }

    /** What stopping pays: worth it at a few states only. */
    private static int stopReward(int i) {
        return i % 7 == 3 ? 15 : 1;
    }

    @Test
    void aRingOfThirtyStatesHasItsClosedFormValue() throws Exception {
        int n = 30;
        BigFraction q = BigFraction.of(9, 10);
        Document doc = Loader.parse("ring.mdp", ring(n, "9/10", "1/10"));
        Mdp ring = doc.mdps().get(0);
        BigFraction numerator = BigFraction.ZERO;
        BigFraction power = BigFraction.ONE;
        for (int j = 0; j < n; j++) {
            numerator = numerator.add(power.multiply(j % 3));
            power = power.multiply(q);
        }
        BigFraction expected = numerator.divide(BigFraction.ONE.subtract(power));
        Map<Integer, Integer> always = new HashMap<>();
        for (int i = 0; i < n; i++) {
            always.put(ring.state(i).code(), 0);
        }
        assertEquals(expected, Returns.of(ring, Policy.ofOutputs(always)));
        // The optimum: V_i = max(stopReward(i), r_i + q V_{i+1}) (b stops). Guess which states
        // stop by value iteration in doubles, compute that policy's values exactly around the
        // ring, and certify it: Bellman's optimality equation holds exactly at every state, which
        // for a model where every policy stops makes it optimal (Bertsekas and Tsitsiklis 1991).
        double[] guess = new double[n];
        for (int sweep = 0; sweep < 2000; sweep++) {
            for (int i = n - 1; i >= 0; i--) {
                guess[i] = Math.max(stopReward(i), i % 3 + 0.9 * guess[(i + 1) % n]);
            }
        }
        boolean[] stops = new boolean[n];
        int anyStop = -1;
        for (int i = 0; i < n; i++) {
            stops[i] = stopReward(i) >= i % 3 + 0.9 * guess[(i + 1) % n];
            anyStop = stops[i] ? i : anyStop;
        }
        assertTrue(anyStop >= 0, "the guess stops somewhere");
        BigFraction[] v = new BigFraction[n];
        for (int k = 0; k < n; k++) {
            int i = ((anyStop - k) % n + n) % n;  // backwards from a stopping state
            v[i] = stops[i] ? BigFraction.of(stopReward(i)) : BigFraction.of(i % 3).add(q.multiply(v[(i + 1) % n]));
        }
        for (int i = 0; i < n; i++) {
            BigFraction walk = BigFraction.of(i % 3).add(q.multiply(v[(i + 1) % n]));
            BigFraction stop = BigFraction.of(stopReward(i));
            assertEquals(walk.compareTo(stop) > 0 ? walk : stop, v[i], "Bellman at s" + i);
        }
        assertEquals(v[0], OptimalReturn.of(ring, doc.iface()));
        assertTrue(v[0].compareTo(expected) > 0);
    }

    @Test
    void theLoopMustBeReachableToMatter() throws Exception {
        // s1 loops on itself forever, but nothing leads to it: every policy still stops.
        Document doc = Loader.parse("unreachable.mdp", """
                interface { inputs x0; actions a; }
                mdp M {
                  state s0 code 0 init 1 { a -> { 1/2: s0, 1/2: stop } reward 1; }
                  state s1 code 1 { a -> s1 reward 1; }
                }
                """);
        assertEquals(BigFraction.of(2), Returns.of(doc.mdps().get(0), Policy.ofOutputs(Map.of(0, 0, 1, 0))));
        LoadException e = assertThrows(LoadException.class, () -> Loader.parse("reachable.mdp", """
                interface { inputs x0; actions a, b; }
                mdp M {
                  state s0 code 0 init 1 { a -> { 1/2: s0, 1/2: stop } reward 1; b -> s1; }
                  state s1 code 1 { a -> { 1/3: s0, 2/3: s1 }; b -> stop; }
                }
                """));
        assertEquals("mdp M has no horizon and discount 1, but a policy can keep an episode going forever: from state "
                + "s0, choosing b in s0 and a in s1 never stops; add 'horizon H;', a discount below 1, or a way to stop "
                + "from these states", e.diagnostics().get(0).message());
    }
}
