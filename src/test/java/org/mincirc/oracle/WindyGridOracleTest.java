package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.lang.LoadException;
import org.mincirc.lang.Loader;

/**
 * The expectations of instances/prism/windy-grid.mdp, computed without mincirc: the windy
 * corridor is written again here in plain Java (cells (x, y), y = 0..1, goal (W-1, 0); a move
 * succeeds with probability 3/4, else the robot is blown one row up, from row 1 over the cliff,
 * which costs 10; every corridor step costs 1), every deterministic policy on the 7 corridor
 * codes of width 4 (4^7 of them, the 5 codes of width 3 among them) is evaluated by Gaussian
 * elimination in exact rationals, and the best ones are read off. No horizon, no discount: the
 * expected total cost until the episode stops.
 */
class WindyGridOracleTest {
    private static final int UP = 0;
    private static final int DOWN = 1;
    private static final int RIGHT = 2;
    private static final int LEFT = 3;
    private static final BigFraction FALL = BigFraction.of(-10);

    /** Code index of corridor cell (x, y) over width 4: 0..7, with (3, 0), the width-4 goal, left out. */
    private static List<int[]> cells(int width) {
        List<int[]> cells = new ArrayList<>();
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < width; x++) {
                if (!(x == width - 1 && y == 0)) {
                    cells.add(new int[] {x, y});
                }
            }
        }
        return cells;
    }

    private static final List<int[]> CODES = cells(4);

    private static int codeOf(int x, int y) {
        for (int i = 0; i < CODES.size(); i++) {
            if (CODES.get(i)[0] == x && CODES.get(i)[1] == y) {
                return i;
            }
        }
        throw new IllegalArgumentException(x + "," + y);
    }

    /** The expected total reward from the start (0, 0) of width {@code width} under a policy on the codes. */
    private static BigFraction value(int width, int[] policy) {
        List<int[]> cells = cells(width);
        int n = cells.size();
        BigFraction[][] a = new BigFraction[n][n + 1];
        BigFraction three4 = BigFraction.of(3, 4);
        BigFraction one4 = BigFraction.of(1, 4);
        for (int i = 0; i < n; i++) {
            Arrays.fill(a[i], BigFraction.ZERO);
            a[i][i] = BigFraction.ONE;
            int x = cells.get(i)[0];
            int y = cells.get(i)[1];
            int act = policy[codeOf(x, y)];
            BigFraction rhs = BigFraction.of(-1);
            // (target x, target y, probability) of the outcomes
            int[][] moves;
            BigFraction[] probs;
            if (act == UP) {
                moves = new int[][] {{x, y + 1}};
                probs = new BigFraction[] {BigFraction.ONE};
            } else {
                int tx = act == RIGHT ? Math.min(x + 1, width - 1) : act == LEFT ? Math.max(x - 1, 0) : x;
                int ty = act == DOWN ? Math.max(y - 1, 0) : y;
                moves = new int[][] {{tx, ty}, {x, y + 1}};
                probs = new BigFraction[] {three4, one4};
            }
            for (int k = 0; k < moves.length; k++) {
                int tx = moves[k][0];
                int ty = moves[k][1];
                if (ty == 2) {
                    rhs = rhs.add(probs[k].multiply(FALL));
                } else if (!(tx == width - 1 && ty == 0)) {
                    int j = indexOf(cells, tx, ty);
                    a[i][j] = a[i][j].subtract(probs[k]);
                }
            }
            a[i][n] = rhs;
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            while (a[piv][col].signum() == 0) {
                piv++;
            }
            BigFraction[] t = a[piv];
            a[piv] = a[col];
            a[col] = t;
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col].signum() != 0) {
                    BigFraction f = a[r][col].divide(a[col][col]);
                    for (int k = col; k <= n; k++) {
                        a[r][k] = a[r][k].subtract(f.multiply(a[col][k]));
                    }
                }
            }
        }
        int start = indexOf(cells, 0, 0);
        return a[start][n].divide(a[start][start]);
    }

    private static int indexOf(List<int[]> cells, int x, int y) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i)[0] == x && cells.get(i)[1] == y) {
                return i;
            }
        }
        throw new IllegalArgumentException(x + "," + y);
    }

    @Test
    void theInstanceExpectationsAreTheBruteForceOptima() {
        int codes = CODES.size();
        BigFraction best3 = null;
        BigFraction best4 = null;
        BigFraction bestFamily = null;
        List<int[]> argmaxFamily = new ArrayList<>();
        int[] policy = new int[codes];
        for (int p = 0; p < 1 << (2 * codes); p++) {
            for (int c = 0; c < codes; c++) {
                policy[c] = p >>> (2 * c) & 3;
            }
            BigFraction v4 = value(4, policy);
            best4 = best4 == null || v4.compareTo(best4) > 0 ? v4 : best4;
            BigFraction v3 = value(3, policy);  // depends on 5 of the codes only
            best3 = best3 == null || v3.compareTo(best3) > 0 ? v3 : best3;
            BigFraction family = v3.add(v4).divide(2);
            int cmp = bestFamily == null ? 1 : family.compareTo(bestFamily);
            if (cmp > 0) {
                bestFamily = family;
                argmaxFamily.clear();
            }
            if (cmp >= 0) {
                argmaxFamily.add(policy.clone());
            }
        }
        assertEquals(BigFraction.of(-750, 169), best3);
        assertEquals(BigFraction.of(-14070, 2197), best4);
        assertEquals(BigFraction.of(-11910, 2197), bestFamily);
        // The best policies go right along row 0 and down in row 1; the code of (3, 1) is never
        // reached by them (only a gust at the goal would get there), so it is free: 4 of them.
        // A 0-gate circuit must output a literal per bit; on the six reached codes y0 = 1 exactly
        // in row 1 (down = 1, right = 2), which only r0 does, and y1 = 1 exactly in row 0, only
        // not r0: so 0 gates suffice, and exactly one circuit of 0 gates (taking down at (3, 1)).
        assertEquals(4, argmaxFamily.size(), argmaxFamily.stream().map(Arrays::toString).toList().toString());
        java.util.Set<Integer> atFree = new java.util.HashSet<>();
        for (int[] best : argmaxFamily) {
            for (int c = 0; c < codes; c++) {
                if (CODES.get(c)[0] == 3) {
                    atFree.add(best[c]);
                } else {
                    assertEquals(CODES.get(c)[1] == 0 ? RIGHT : DOWN, best[c], "code " + c);
                }
            }
        }
        assertEquals(java.util.Set.of(UP, DOWN, RIGHT, LEFT), atFree);
        int[] right = new int[codes];
        Arrays.fill(right, RIGHT);
        assertEquals(BigFraction.of(-63, 8), value(3, right));
        assertEquals(BigFraction.of(-333, 32), value(4, right));
        assertEquals(BigFraction.of(-585, 64), value(3, right).add(value(4, right)).divide(2));
    }

    @Test
    void aMoveThatCanStayPutForeverIsRejectedNamingTheLoop(@TempDir Path dir) throws Exception {
        String prism = Files.readString(Path.of("instances/prism/windy-grid.prism"))
                .replace("[down]  walk -> 3/4 : (y' = max(y - 1, 0)) + 1/4 : (y' = y + 1);", "[down]  walk -> (y' = max(y - 1, 0));");
        assertTrue(prism.contains("[down]  walk -> (y' = max(y - 1, 0));"));
        Files.writeString(dir.resolve("calm.prism"), prism);
        Files.writeString(dir.resolve("calm.mdp"), """
                interface { inputs c0 c1 r0 r1; actions up, down, right, left; }
                mdp Calm(W) from "calm.prism" { observe x, y; reward "cost"; }
                family F { Calm(W = 3): uniform }
                """);
        LoadException e = assertThrows(LoadException.class, () -> Loader.load(dir.resolve("calm.mdp")));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        assertEquals("mdp Calm_W3 has no horizon and discount 1, but a policy can keep an episode going forever: "
                + "from state x0_y0_done0, choosing up in x0_y0_done0, down in x0_y1_done0, up in x1_y0_done0 and down in "
                + "x1_y1_done0 never stops; "
                + "add 'horizon H;', a discount below 1, or a way to stop from these states (in instance Calm_W3)",
                e.diagnostics().get(0).message());
    }
}
