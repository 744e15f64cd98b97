package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * A chain of {@link ChainValues#WHOLE_CHAIN_FROM} states or more is solved as one sparse system:
 * its values equal Bareiss' on the dense system (I - gamma P) V = r, for a chain with many
 * components (columns feeding the next, as "always right" on a slippery grid) and stopping mass.
 */
class WholeChainTest {
    @Test
    void wholeChainEqualsBareiss() {
        Random rnd = new Random(11);
        int side = 17;
        int n = side * side;  // 289 >= WHOLE_CHAIN_FROM
        BigFraction gamma = BigFraction.of(9, 10);
        BigFraction[] reward = new BigFraction[n];
        int[][] next = new int[n][];
        BigFraction[][] prob = new BigFraction[n][];
        for (int cell = 0; cell < n; cell++) {
            int x = cell % side;
            int y = cell / side;
            reward[cell] = BigFraction.of(rnd.nextInt(5) - 2, 1 + rnd.nextInt(3));
            if (x == side - 1) {
                next[cell] = new int[] {};  // the last column stops
                prob[cell] = new BigFraction[] {};
                continue;
            }
            int right = cell + 1;
            int upRight = Math.max(0, y - 1) * side + x;
            int downRight = Math.min(side - 1, y + 1) * side + x;
            next[cell] = new int[] {right, upRight, downRight};
            prob[cell] = new BigFraction[] {BigFraction.of(4, 5), BigFraction.of(1, 10), BigFraction.of(1, 10)};
        }
        BigFraction[] whole = ChainValues.discounted(reward, next, prob, gamma);
        BigFraction[][] a = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(a[i], BigFraction.ZERO);
            a[i][i] = BigFraction.ONE;
            for (int j = 0; j < next[i].length; j++) {
                a[i][next[i][j]] = a[i][next[i][j]].subtract(gamma.multiply(prob[i][j]));
            }
        }
        assertArrayEquals(LinearSolver.bareiss(a, reward.clone()), whole);
    }
}
