package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;
import org.mincirc.model.Union;
import org.junit.jupiter.api.Test;

/**
 * R_{union F}(pi) = sum_i w_i R_{T_i}(pi) = R_F(pi) exactly on random families, and every member's
 * return agrees with an independent reference computation (forward distributions for a finite
 * horizon, one dense Gauss-Jordan solve over all states for an infinite one).
 */
class ReturnsPropertyTest {
    @Test
    void unionReturnEqualsWeightedFamilyReturn() throws Exception {
        int infinite = 0;
        for (long seed = 1; seed <= 400; seed++) {
            RandomModels r = new RandomModels(seed);
            Family f = r.family();
            List<Mdp> members = f.members().stream().map(Family.Member::mdp).toList();
            Mdp union = Union.of("U", f, SourcePos.NONE);
            for (int k = 0; k < 3; k++) {
                Policy pi = r.validPolicy(members);
                assertTrue(Returns.isValid(f, pi), "seed " + seed);
                assertTrue(Returns.isValid(union, pi), "seed " + seed);
                BigFraction sum = BigFraction.ZERO;
                for (Family.Member m : f.members()) {
                    BigFraction ri = Returns.of(m.mdp(), pi);
                    assertEquals(reference(m.mdp(), pi), ri, "seed " + seed + " member " + m.mdp().name());
                    sum = sum.add(m.weight().multiply(ri));
                }
                assertEquals(sum, Returns.of(union, pi), "seed " + seed);
                assertEquals(sum, Returns.of(f, pi), "seed " + seed);
                assertEquals(reference(union, pi), sum, "seed " + seed);
            }
            if (r.horizon.isEmpty()) {
                infinite++;
            }
        }
        assertTrue(infinite > 50, "the generator must exercise infinite horizons too: " + infinite);
    }

    /** An independent evaluation of a total policy, over all states of the mdp. */
    static BigFraction reference(Mdp m, Policy pi) {
        int n = m.states().size();
        BigFraction[][] p = new BigFraction[n][n];
        BigFraction[] r = new BigFraction[n];
        for (int x = 0; x < n; x++) {
            java.util.Arrays.fill(p[x], BigFraction.ZERO);
            State s = m.state(x);
            Transition t = s.transitionByCode(pi.output(s.code()).getAsInt()).orElseThrow();
            r[x] = t.reward();
            for (Successor su : t.successors()) {
                if (!su.stops()) {
                    p[x][su.state()] = p[x][su.state()].add(su.probability());
                }
            }
        }
        BigFraction gamma = m.discount();
        if (m.horizon().isPresent()) {
            BigFraction[] d = m.states().stream().map(State::init).toArray(BigFraction[]::new);
            BigFraction total = BigFraction.ZERO;
            BigFraction g = BigFraction.ONE;
            for (int t = 0; t < m.horizon().getAsInt(); t++) {
                BigFraction[] nextD = new BigFraction[n];
                java.util.Arrays.fill(nextD, BigFraction.ZERO);
                for (int x = 0; x < n; x++) {
                    total = total.add(g.multiply(d[x]).multiply(r[x]));
                    for (int y = 0; y < n; y++) {
                        nextD[y] = nextD[y].add(d[x].multiply(p[x][y]));
                    }
                }
                d = nextD;
                g = g.multiply(gamma);
            }
            return total;
        }
        // Gauss-Jordan on [I - gamma P | r] with full pivot search.
        BigFraction[][] a = new BigFraction[n][n + 1];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                a[x][y] = (x == y ? BigFraction.ONE : BigFraction.ZERO).subtract(gamma.multiply(p[x][y]));
            }
            a[x][n] = r[x];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            while (a[piv][c].isZero()) {
                piv++;
            }
            BigFraction[] tmp = a[piv];
            a[piv] = a[c];
            a[c] = tmp;
            for (int row = 0; row < n; row++) {
                if (row != c && !a[row][c].isZero()) {
                    BigFraction f = a[row][c].divide(a[c][c]);
                    for (int k = c; k <= n; k++) {
                        a[row][k] = a[row][k].subtract(f.multiply(a[c][k]));
                    }
                }
            }
        }
        BigFraction total = BigFraction.ZERO;
        for (int x = 0; x < n; x++) {
            total = total.add(m.state(x).init().multiply(a[x][n].divide(a[x][x])));
        }
        return total;
    }
}
