package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinimalSizesTest {
    private static int[] sizeHistogram(MinimalSizes.Table t, int buckets) {
        int[] h = new int[buckets];
        for (int f = 0; f < t.functions(); f++) {
            h[t.size(f)]++;
        }
        return h;
    }

    @Test
    void threeInputSizesMatchKnuth() {
        // TAOCP 7.1.2: of the 256 functions of 3 variables, 8, 30, 114, 80, 24 have cost 0..4.
        assertArrayEquals(new int[] {8, 30, 114, 80, 24}, sizeHistogram(MinimalSizes.of(3), 5));
    }

    @Test
    void oneAndTwoInputSizes() {
        assertArrayEquals(new int[] {4}, sizeHistogram(MinimalSizes.of(1), 1));
        // 0, 1, x0, ~x0, x1, ~x1 are free; the 10 others are one gate.
        assertArrayEquals(new int[] {6, 10}, sizeHistogram(MinimalSizes.of(2), 2));
    }

    @Test
    void namedThreeInputFunctions() {
        MinimalSizes.Table t = MinimalSizes.of(3);
        int x0 = t.input(0);
        int x1 = t.input(1);
        int x2 = t.input(2);
        int parity = x0 ^ x1 ^ x2;
        int majority = (x0 & x1) | (x0 & x2) | (x1 & x2);
        int mux = (x0 & x1) | (~x0 & x2 & t.mask);
        int and3 = x0 & x1 & x2;
        assertEquals(0b10010110, parity);
        assertEquals(2, t.size(parity));
        assertEquals(2, t.size(~parity & t.mask));
        assertEquals(4, t.size(majority));
        assertEquals(3, t.size(mux));
        assertEquals(2, t.size(and3));
        assertEquals(2, t.depth(and3));
        assertEquals(2, t.depth(parity));
        assertEquals(2, t.depthAtMinSize(parity));
        // A two-gate chain can only reach depth 2; majority's 4-gate circuits reach depth 3.
        assertEquals(3, t.depth(majority));
        assertEquals(0, t.size(x2));
        assertEquals(0, t.size(~x2 & t.mask));
        assertEquals(0, t.size(0));
        assertEquals(0, t.size(t.mask));
    }

    @Test
    void depthNeverExceedsSizeAndIsAtMostThree() {
        MinimalSizes.Table t = MinimalSizes.of(3);
        int[] depths = new int[4];
        for (int f = 0; f < t.functions(); f++) {
            assertTrue(t.depth(f) <= t.depthAtMinSize(f), "depth " + f);
            assertTrue(t.depthAtMinSize(f) <= t.size(f), "depth at min size " + f);
            if (t.size(f) <= 1) {
                assertEquals(t.size(f), t.depth(f), "small functions " + f);
            }
            depths[t.depth(f)]++;
        }
        // Depth 0: the 8 free functions; depth 1: the 30 one-gate functions; any function is
        // a mux of two 2-input functions by x0 (Shannon), so at most 3.
        assertEquals(8, depths[0]);
        assertEquals(30, depths[1]);
        assertArrayEquals(new int[] {8, 30, 194, 24}, depths);
    }

    @Test
    void bruteForceIsFast() {
        long start = System.nanoTime();
        MinimalSizes.Table t = MinimalSizes.compute(3);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "took " + millis + " ms");
        assertEquals(256, t.functions());
    }
}
