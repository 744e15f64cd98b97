package org.mincirc.solver.cnf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mincirc.solver.Comparison;

/**
 * Judges an encoding against the constraint itself, by brute force over the original variables:
 * exact when, for every assignment, the clauses are satisfiable over the auxiliaries exactly when
 * the constraint holds; arc-consistent when unit propagation from every partial assignment
 * derives every literal all its satisfying extensions share, or a conflict if there are none.
 */
final class BruteForce {
    private BruteForce() {}

    /** A constraint over variables 1..vars, as given (repeats, both signs, zeros allowed). */
    record Pb(int vars, int[] lits, List<BigInteger> coefs, Comparison cmp, BigInteger bound) {
        BigInteger lhs(int mask) {
            BigInteger s = BigInteger.ZERO;
            for (int i = 0; i < lits.length; i++) {
                boolean varTrue = (mask >> (Math.abs(lits[i]) - 1) & 1) != 0;
                if (varTrue == lits[i] > 0) {
                    s = s.add(coefs.get(i));
                }
            }
            return s;
        }

        boolean holds(int mask) {
            int c = lhs(mask).compareTo(bound);
            return switch (cmp) {
                case AT_LEAST -> c >= 0;
                case AT_MOST -> c <= 0;
                case EXACTLY -> c == 0;
            };
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < lits.length; i++) {
                b.append(i == 0 ? "" : " + ").append(coefs.get(i)).append('*').append(lits[i]);
            }
            return b.append(' ').append(cmp).append(' ').append(bound).append(" over ").append(vars).toString();
        }
    }

    static int[] assumptions(int vars, int mask) {
        int[] a = new int[vars];
        for (int v = 1; v <= vars; v++) {
            a[v - 1] = (mask >> (v - 1) & 1) != 0 ? v : -v;
        }
        return a;
    }

    static void assertExact(Pb pb, ClauseList cl) {
        ClauseList.Solver s = cl.solver();
        for (int m = 0; m < 1 << pb.vars(); m++) {
            int[] assignment = assumptions(pb.vars(), m);
            assertEquals(pb.holds(m), s.satisfiable(assignment),
                    () -> pb + ": wrong on assignment " + Arrays.toString(assignment));
        }
    }

    /** Every partial assignment of the original variables (a value of 3^vars: 0 free, 1 true, 2 false). */
    static void assertArcConsistent(Pb pb, ClauseList cl) {
        int n = pb.vars();
        ClauseList.Solver s = cl.solver();
        int partials = (int) Math.pow(3, n);
        for (int p = 0; p < partials; p++) {
            int[] state = new int[n];
            List<Integer> assumed = new ArrayList<>();
            for (int v = 0, q = p; v < n; v++, q /= 3) {
                state[v] = q % 3;
                if (state[v] != 0) {
                    assumed.add(state[v] == 1 ? v + 1 : -(v + 1));
                }
            }
            // For each variable: could it be true / false in some satisfying extension?
            boolean[] canTrue = new boolean[n];
            boolean[] canFalse = new boolean[n];
            boolean any = false;
            for (int m = 0; m < 1 << n; m++) {
                boolean consistent = true;
                for (int v = 0; v < n && consistent; v++) {
                    boolean t = (m >> v & 1) != 0;
                    consistent = state[v] == 0 || (state[v] == 1) == t;
                }
                if (consistent && pb.holds(m)) {
                    any = true;
                    for (int v = 0; v < n; v++) {
                        canTrue[v] |= (m >> v & 1) != 0;
                        canFalse[v] |= (m >> v & 1) == 0;
                    }
                }
            }
            Set<Integer> derived = s.propagate(assumed.stream().mapToInt(Integer::intValue).toArray());
            if (!any) {
                assertNull(derived, () -> pb + ": no conflict under " + assumed);
                continue;
            }
            assertNotNull(derived, () -> pb + ": conflict under " + assumed + " though satisfiable");
            for (int v = 0; v < n; v++) {
                int var = v + 1;
                if (state[v] == 0 && !canFalse[v]) {
                    assertTrue(derived.contains(var), () -> pb + ": " + var + " not derived under " + assumed);
                }
                if (state[v] == 0 && !canTrue[v]) {
                    assertTrue(derived.contains(-var), () -> pb + ": -" + var + " not derived under " + assumed);
                }
            }
        }
    }
}
