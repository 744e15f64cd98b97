package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * p-adic lifting gives exactly Bareiss' solution on random discounted-evaluation systems
 * (I - gamma P) v = r of 2..80 states: random sparse stochastic rows with small rational
 * probabilities, rational rewards, several discounts (9/10 and 99/100 among them). It must also
 * answer them itself (no fallback), or the speed-up would be untested.
 */
class DixonSolverTest {
    private static BigFraction[][] system(Random rnd, int n, BigFraction gamma, BigFraction[] b) {
        BigFraction[][] a = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(a[i], BigFraction.ZERO);
            a[i][i] = BigFraction.ONE;
            int k = 1 + rnd.nextInt(Math.min(4, n));
            int[] parts = new int[k];
            int total = 0;
            for (int j = 0; j < k; j++) {
                parts[j] = 1 + rnd.nextInt(9);
                total += parts[j];
            }
            for (int j = 0; j < k; j++) {
                int to = rnd.nextInt(n);
                a[i][to] = a[i][to].subtract(gamma.multiply(BigFraction.of(parts[j], total)));
            }
            b[i] = BigFraction.of(rnd.nextInt(11) - 5, 1 + rnd.nextInt(6));
        }
        return a;
    }

    @Test
    void liftingEqualsBareissOnRandomEvaluations() {
        BigFraction[] gammas = {BigFraction.of(1, 2), BigFraction.of(9, 10), BigFraction.of(99, 100),
            BigFraction.of(2, 3), BigFraction.of(7, 11)};
        Random rnd = new Random(9);
        for (int trial = 0; trial < 60; trial++) {
            int n = 2 + rnd.nextInt(trial < 50 ? 30 : 80);
            BigFraction[] b = new BigFraction[n];
            BigFraction[][] a = system(rnd, n, gammas[trial % gammas.length], b);
            BigFraction[] lifted = DixonSolver.solve(a, b);
            assertNotNull(lifted, "lifting gave up on trial " + trial + " (n = " + n + ")");
            assertArrayEquals(LinearSolver.bareiss(a, b), lifted, "trial " + trial + " (n = " + n + ")");
        }
    }
}
