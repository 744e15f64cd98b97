package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * The slippery gridworld of instances/prism/slippery-grid.prism, written again here in plain
 * Java from its comment (8 x 8, a move succeeds with probability 4/5, goal and hazards trap the
 * robot, each step outside the goal costs 1). The mdp built from the PRISM text must have
 * exactly these states, transitions and rewards, and the {@code expect return} lines of
 * slippery-grid.mdp must be the values computed here: the best return of any (history-dependent)
 * policy by backward induction, and the return of the right-then-up circuit.
 */
class SlipperyGridOracleTest {
    private static final int N = 7;
    private static final int HORIZON = 16;
    private static final BigFraction MOVE = BigFraction.of(4, 5);
    private static final String[] ACTIONS = {"up", "down", "right", "left"};

    private static boolean goal(int x, int y) {
        return x == N && y == N;
    }

    private static boolean hazard(int x, int y) {
        return (x == 3 && y >= 1 && y <= 5) || (x == 5 && y == 7) || (x == 6 && y == 3);
    }

    /** Where a successful move of action a leads from (x, y); trapped cells stay. */
    private static int[] target(int x, int y, int a) {
        if (goal(x, y) || hazard(x, y)) {
            return new int[] {x, y};
        }
        return switch (a) {
            case 0 -> new int[] {x, Math.min(y + 1, N)};
            case 1 -> new int[] {x, Math.max(y - 1, 0)};
            case 2 -> new int[] {Math.min(x + 1, N), y};
            default -> new int[] {Math.max(x - 1, 0), y};
        };
    }

    private static BigFraction reward(int x, int y) {
        return goal(x, y) ? BigFraction.ZERO : BigFraction.of(-1);
    }

    private static Mdp grid() throws Exception {
        Document doc = Loader.load(Path.of("instances/prism/slippery-grid.mdp"));
        return doc.mdp("Grid").orElseThrow();
    }

    @Test
    void prismModelHasExactlyTheHandWrittenTransitions() throws Exception {
        Mdp mdp = grid();
        assertEquals(64, mdp.states().size(), "every cell is reachable");
        for (int i = 0; i < mdp.states().size(); i++) {
            State s = mdp.states().get(i);
            List<String> values = mdp.valuations().orElseThrow().rows().get(i);
            int x = Integer.parseInt(values.get(0));
            int y = Integer.parseInt(values.get(1));
            assertEquals("x" + x + "_y" + y, s.name());
            // observe x, y: x's 3 bits then y's, least significant first
            assertEquals(x | (y << 3), s.code(), s.name());
            assertEquals(x == 0 && y == 0 ? BigFraction.ONE : BigFraction.ZERO, s.init());
            assertEquals(4, s.transitions().size());
            for (int a = 0; a < 4; a++) {
                Transition t = s.transitions().get(a);
                assertEquals(ACTIONS[a], t.action().name());
                assertEquals(reward(x, y), t.reward(), s.name() + " " + ACTIONS[a]);
                Map<String, BigFraction> expected = new HashMap<>();
                int[] to = target(x, y, a);
                expected.merge("x" + to[0] + "_y" + to[1], MOVE, BigFraction::add);
                expected.merge(s.name(), BigFraction.ONE.subtract(MOVE), BigFraction::add);
                Map<String, BigFraction> actual = new HashMap<>();
                for (Successor succ : t.successors()) {
                    assertTrue(!succ.stops(), "nothing deadlocks in this grid");
                    actual.put(mdp.state(succ.state()).name(), succ.probability());
                }
                assertEquals(expected, actual, s.name() + " " + ACTIONS[a]);
            }
        }
        assertEquals(List.of(mdp.indexOf("x7_y7").getAsInt()), mdp.sets().get("goal"));
        assertEquals(7, mdp.sets().get("hazard").size());
    }

    /** max over all policies of E[sum_{t<H} r], by backward induction on the hand-written grid. */
    static BigFraction bestReturn() {
        BigFraction[][] v = new BigFraction[N + 1][N + 1];
        for (BigFraction[] row : v) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        for (int step = 0; step < HORIZON; step++) {
            BigFraction[][] next = new BigFraction[N + 1][N + 1];
            for (int x = 0; x <= N; x++) {
                for (int y = 0; y <= N; y++) {
                    BigFraction best = null;
                    for (int a = 0; a < 4; a++) {
                        int[] to = target(x, y, a);
                        BigFraction q = reward(x, y).add(MOVE.multiply(v[to[0]][to[1]]))
                                .add(BigFraction.ONE.subtract(MOVE).multiply(v[x][y]));
                        if (best == null || q.compareTo(best) > 0) {
                            best = q;
                        }
                    }
                    next[x][y] = best;
                }
            }
            v = next;
        }
        return v[0][0];
    }

    /** The return of "right until x = N, then up" (the circuit RightThenUp). */
    static BigFraction rightThenUpReturn() {
        BigFraction[][] v = new BigFraction[N + 1][N + 1];
        for (BigFraction[] row : v) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        for (int step = 0; step < HORIZON; step++) {
            BigFraction[][] next = new BigFraction[N + 1][N + 1];
            for (int x = 0; x <= N; x++) {
                for (int y = 0; y <= N; y++) {
                    int[] to = target(x, y, x == N ? 0 : 2);
                    next[x][y] = reward(x, y).add(MOVE.multiply(v[to[0]][to[1]]))
                            .add(BigFraction.ONE.subtract(MOVE).multiply(v[x][y]));
                }
            }
            v = next;
        }
        return v[0][0];
    }

    @Test
    void expectLinesAreTheIndependentValues() throws IOException {
        String text = Files.readString(Path.of("instances/prism/slippery-grid.mdp"));
        String best = Rationals.format(bestReturn());
        String rightThenUp = Rationals.format(rightThenUpReturn());
        assertTrue(text.contains("expect return = " + best + ";"), "slippery-grid.mdp should expect the optimum " + best);
        assertTrue(text.contains("expect return = " + rightThenUp + ";"),
                "slippery-grid.mdp should expect the right-then-up return " + rightThenUp);
    }
}
