package org.mincirc.oracle;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Target;
import org.mincirc.model.Transition;

/**
 * A second, deliberately plain evaluation of R_T(pi), written from the language contract only,
 * to cross-examine {@code exact.Returns}: a finite horizon by backward induction over all states
 * and steps, an infinite horizon by Gauss-Jordan elimination of (I - gamma P) V = r, all in
 * exact fractions. The policy must be valid on every state (it is, in the oracle).
 */
final class IndependentReturns {
    private IndependentReturns() {}

    /** The return of the policy {@code code -> output code} on an mdp or family. */
    static BigFraction of(Target target, IntUnaryOperator policy) {
        if (target instanceof Mdp mdp) {
            return of(mdp, policy);
        }
        BigFraction sum = BigFraction.ZERO;
        for (Family.Member m : ((Family) target).members()) {
            sum = sum.add(m.weight().multiply(of(m.mdp(), policy)));
        }
        return sum;
    }

    private static Transition chosen(State s, IntUnaryOperator policy) {
        int out = policy.applyAsInt(s.code());
        return s.transitions().stream().filter(t -> t.action().code() == out).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no action with code " + out + " in " + s.name()));
    }

    static BigFraction of(Mdp mdp, IntUnaryOperator policy) {
        List<State> states = mdp.states();
        int n = states.size();
        BigFraction[] value;
        if (mdp.horizon().isPresent()) {
            value = new BigFraction[n];
            java.util.Arrays.fill(value, BigFraction.ZERO);
            for (int step = 0; step < mdp.horizon().getAsInt(); step++) {
                BigFraction[] next = new BigFraction[n];
                for (int x = 0; x < n; x++) {
                    Transition t = chosen(states.get(x), policy);
                    BigFraction v = t.reward();
                    for (Successor s : t.successors()) {
                        if (!s.stops()) {
                            v = v.add(mdp.discount().multiply(s.probability()).multiply(value[s.state()]));
                        }
                    }
                    next[x] = v;
                }
                value = next;
            }
        } else {
            value = solveDiscounted(mdp, policy);
        }
        BigFraction r = BigFraction.ZERO;
        for (int x = 0; x < n; x++) {
            r = r.add(states.get(x).init().multiply(value[x]));
        }
        return r;
    }

    private static BigFraction[] solveDiscounted(Mdp mdp, IntUnaryOperator policy) {
        int n = mdp.states().size();
        BigFraction[][] a = new BigFraction[n][n + 1];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y <= n; y++) {
                a[x][y] = x == y ? BigFraction.ONE : BigFraction.ZERO;
            }
            Transition t = chosen(mdp.state(x), policy);
            for (Successor s : t.successors()) {
                if (!s.stops()) {
                    a[x][s.state()] = a[x][s.state()].subtract(mdp.discount().multiply(s.probability()));
                }
            }
            a[x][n] = t.reward();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            while (a[pivot][col].signum() == 0) {
                pivot++;  // I - gamma P is strictly diagonally dominant for gamma < 1: a pivot exists
            }
            BigFraction[] tmp = a[pivot];
            a[pivot] = a[col];
            a[col] = tmp;
            BigFraction p = a[col][col];
            for (int y = col; y <= n; y++) {
                a[col][y] = a[col][y].divide(p);
            }
            for (int x = 0; x < n; x++) {
                if (x != col && a[x][col].signum() != 0) {
                    BigFraction f = a[x][col];
                    for (int y = col; y <= n; y++) {
                        a[x][y] = a[x][y].subtract(f.multiply(a[col][y]));
                    }
                }
            }
        }
        BigFraction[] v = new BigFraction[n];
        for (int x = 0; x < n; x++) {
            v[x] = a[x][n];
        }
        return v;
    }
}
