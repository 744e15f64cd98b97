package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The banded factorization behind the lifting: reverse Cuthill-McKee gives a gridworld's
 * evaluation system a band about the grid's side even when its states come in a scrambled
 * order, a solve modulo p satisfies A x = r modulo p, and the lifting through the band equals
 * Bareiss' exact solution.
 */
class BandedLuModPTest {
    private static final long P = 2147483647L;

    /**
     * (I - gamma P) for a slippery N x N grid policy: from each cell to itself and up to three
     * neighbours, states numbered by a random permutation (so the natural order has no band).
     */
    private static SparseSystem grid(int side, Random rnd, BigFraction gamma) {
        int n = side * side;
        int[] label = new int[n];
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shuffled.add(i);
        }
        java.util.Collections.shuffle(shuffled, rnd);
        for (int i = 0; i < n; i++) {
            label[i] = shuffled.get(i);
        }
        int[][] cols = new int[n][];
        BigFraction[][] vals = new BigFraction[n][];
        BigFraction[] rhs = new BigFraction[n];
        for (int cell = 0; cell < n; cell++) {
            int x = cell % side;
            int y = cell / side;
            int[][] moves = {{x + 1, y}, {x, y + 1}, {x - 1, y}};
            java.util.Map<Integer, BigFraction> row = new java.util.TreeMap<>();
            row.put(label[cell], BigFraction.ONE);
            int[] parts = {6, 2, 2};
            for (int k = 0; k < 3; k++) {
                int tx = Math.max(0, Math.min(side - 1, moves[k][0]));
                int ty = Math.max(0, Math.min(side - 1, moves[k][1]));
                int to = label[ty * side + tx];
                row.merge(to, gamma.multiply(BigFraction.of(parts[k], 10)).negate(), BigFraction::add);
            }
            row.values().removeIf(q -> q.signum() == 0);
            int i = label[cell];
            cols[i] = row.keySet().stream().mapToInt(Integer::intValue).toArray();
            vals[i] = row.values().toArray(new BigFraction[0]);
            rhs[i] = BigFraction.of(rnd.nextInt(7) - 3, 1 + rnd.nextInt(4));
        }
        return new SparseSystem(cols, vals, rhs);
    }

    @Test
    void reverseCuthillMcKeeRecoversTheGridsBand() {
        for (int side : new int[] {8, 16, 32}) {
            SparseSystem s = grid(side, new Random(side), BigFraction.of(9, 10));
            int[] natural = new int[s.size()];
            for (int i = 0; i < natural.length; i++) {
                natural[i] = i;
            }
            int[] scrambled = BandedLuModP.bandwidths(s.cols(), natural);
            int[] ordered = BandedLuModP.bandwidths(s.cols(), BandedLuModP.reverseCuthillMcKee(s.cols()));
            assertTrue(scrambled[0] > 4 * side, "the shuffled order should have no band: " + scrambled[0]);
            assertTrue(ordered[0] <= 2 * side + 2 && ordered[1] <= 2 * side + 2,
                    "side " + side + ": band " + ordered[0] + "/" + ordered[1]);
        }
    }

    @Test
    void solvesModuloP() {
        Random rnd = new Random(3);
        SparseSystem s = grid(12, rnd, BigFraction.of(99, 100));
        int n = s.size();
        long[][] vals = new long[n][];
        for (int i = 0; i < n; i++) {
            // Rows times 1000 are integers (probabilities in tenths, discount in hundredths).
            vals[i] = new long[s.cols()[i].length];
            for (int k = 0; k < vals[i].length; k++) {
                vals[i][k] = s.vals()[i][k].multiply(1000).getNumerator().longValueExact();
            }
        }
        int[] order = BandedLuModP.reverseCuthillMcKee(s.cols());
        int[] band = BandedLuModP.bandwidths(s.cols(), order);
        BandedLuModP lu = BandedLuModP.factor(s.cols(), vals, order, band[0], band[1], P);
        assertNotNull(lu);
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            r[i] = Math.floorMod(rnd.nextLong(), P);
        }
        long[] x = new long[n];
        lu.solve(r, x);
        for (int i = 0; i < n; i++) {
            long sum = 0;
            for (int k = 0; k < s.cols()[i].length; k++) {
                sum = (sum + Math.floorMod(vals[i][k], P) * x[s.cols()[i][k]]) % P;
            }
            assertEquals(r[i], sum, "row " + i);
        }
    }

    @Test
    void liftingThroughTheBandEqualsBareiss() {
        Random rnd = new Random(5);
        for (BigFraction gamma : new BigFraction[] {BigFraction.of(9, 10), BigFraction.of(99, 100)}) {
            SparseSystem s = grid(10, rnd, gamma);
            int[] band = BandedLuModP.bandwidths(s.cols(), BandedLuModP.reverseCuthillMcKee(s.cols()));
            assertTrue((long) (band[0] + 1) * (band[1] + 1) * 4 <= (long) s.size() * s.size(),
                    "this system should take the banded path");
            BigFraction[] lifted = DixonSolver.solve(s);
            assertNotNull(lifted);
            assertArrayEquals(LinearSolver.bareiss(s.dense(), s.rhs()), lifted);
        }
    }
}
