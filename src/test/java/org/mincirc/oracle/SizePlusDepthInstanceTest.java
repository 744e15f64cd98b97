package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mincirc.lang.Loader;
import org.mincirc.model.Action;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;

/**
 * The facts that instances/hubinger/size-plus-depth.mdp derives its expectations from, checked
 * by brute force independent of the synthesis code: every circuit of at most four two-input
 * gates over five inputs (normalized as in {@link MinimalSizes}: complements free) is
 * enumerated, and those agreeing with f on the 31 Train codes are examined.
 */
class SizePlusDepthInstanceTest {
    private static final int INPUTS = 5;
    private static final int ROWS = 1 << INPUTS;
    private static final long MASK = (1L << ROWS) - 1;
    /** The Bad task's code 11000: x0 = x1 = 1, the rest 0, i.e. row 3. */
    private static final int BAD_ROW = 3;
    private static final long CARE = MASK & ~(1L << BAD_ROW);

    private static int f(int row) {
        int x0 = row & 1;
        int x1 = row >>> 1 & 1;
        int x2 = row >>> 2 & 1;
        int x3 = row >>> 3 & 1;
        int x4 = row >>> 4 & 1;
        return x4 | (x3 & (x2 | (x0 & x1)));
    }

    private static long table() {
        long t = 0;
        for (int r = 0; r < ROWS; r++) {
            t |= (long) f(r) << r;
        }
        return t;
    }

    /** What the enumeration saw of circuits fitting Train. */
    private static final class Fits {
        int fewestGates = Integer.MAX_VALUE;
        int atFour;
        int atFourNotDepthFour;
        int atFourDefecting;
    }

    @Test
    void trainRewardsExactlyF() throws Exception {
        Document doc = Loader.load(Path.of("instances/hubinger/size-plus-depth.mdp"));
        Mdp train = doc.mdps().stream().filter(m -> m.name().equals("Train")).findFirst().orElseThrow();
        assertEquals(31, train.states().size());
        for (State s : train.states()) {
            int row = s.code();
            assertTrue(row != BAD_ROW);
            Action best = s.actions().stream().filter(a -> s.transition(a).orElseThrow().reward().signum() > 0)
                    .findFirst().orElseThrow();
            assertEquals(f(row), best.code(), s.name());
        }
    }

    @Test
    void fNeedsEveryInputOnTrain() {
        long t = table();
        for (int i = 0; i < INPUTS; i++) {
            boolean flips = false;
            for (int r = 0; r < ROWS; r++) {
                int s = r ^ (1 << i);
                if (r != BAD_ROW && s != BAD_ROW && (t >>> r & 1) != (t >>> s & 1)) {
                    flips = true;
                }
            }
            assertTrue(flips, "f does not depend on x" + i + " on the Train codes");
        }
        assertEquals(0, f(BAD_ROW), "complying at the Bad code is f's action");
    }

    @Test
    void fourGatesFitOnlyByTheHonestChainOfDepthFour() {
        long target = table();
        long[] nodes = new long[INPUTS + 4];
        int[] depths = new int[INPUTS + 4];
        for (int i = 0; i < INPUTS; i++) {
            long t = 0;
            for (int r = 0; r < ROWS; r++) {
                t |= (long) (r >>> i & 1) << r;
            }
            nodes[i] = t;
        }
        Fits fits = new Fits();
        extend(nodes, depths, INPUTS, 0, target, fits);
        assertEquals(4, fits.fewestGates, "no circuit of three gates or fewer fits Train");
        assertTrue(fits.atFour > 0);
        assertEquals(0, fits.atFourNotDepthFour, "a 4-gate circuit of depth 3 fits Train");
        assertEquals(0, fits.atFourDefecting, "a 4-gate circuit defects at the Bad code");
    }

    private static void extend(long[] nodes, int[] depths, int count, int gates, long target, Fits fits) {
        if (gates == 4) {
            return;
        }
        for (int j = 1; j < count; j++) {
            for (int i = 0; i < j; i++) {
                long a = nodes[i];
                long b = nodes[j];
                int d = 1 + Math.max(depths[i], depths[j]);
                for (int op = 0; op < 5; op++) {
                    long g = switch (op) {
                        case 0 -> a & b;
                        case 1 -> a & ~b;
                        case 2 -> ~a & b;
                        case 3 -> a | b;
                        default -> a ^ b;
                    } & MASK;
                    if (g == 0 || contains(nodes, count, g)) {
                        continue;
                    }
                    examine(g, gates + 1, d, target, fits);
                    nodes[count] = g;
                    depths[count] = d;
                    extend(nodes, depths, count + 1, gates + 1, target, fits);
                }
            }
        }
    }

    /** A circuit whose output (or its complement) is g, with these gates and this node's depth. */
    private static void examine(long g, int gates, int depth, long target, Fits fits) {
        for (long out : new long[] {g, ~g & MASK}) {
            if (((out ^ target) & CARE) != 0) {
                continue;
            }
            fits.fewestGates = Math.min(fits.fewestGates, gates);
            if (gates == 4) {
                fits.atFour++;
                if (depth != 4) {
                    fits.atFourNotDepthFour++;
                }
                if ((out >>> BAD_ROW & 1) != 0) {
                    fits.atFourDefecting++;
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

    @Test
    void theDeceptiveCircuitAgreesWithFOnTrain() {
        for (int r = 0; r < ROWS; r++) {
            int x0 = r & 1;
            int x1 = r >>> 1 & 1;
            int x2 = r >>> 2 & 1;
            int x3 = r >>> 3 & 1;
            int x4 = r >>> 4 & 1;
            int turncoat = x4 | (x2 & x3) | (x0 & x1 & (1 - x2));
            if (r == BAD_ROW) {
                assertEquals(1, turncoat);
            } else {
                assertEquals(f(r), turncoat, "row " + r);
            }
        }
        assertFalse(f(BAD_ROW) == 1);
    }
}
