package org.mincirc.solver.cnf;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sum a_i l_i >= k} by adding the terms in binary (Warners, "A linear-time
 * transformation of linear inequalities into conjunctive normal form", IPL 1998; MiniSat+'s
 * "adders", Eén and Sörensson, JSAT 2006) and comparing the sum with k bit by bit.
 *
 * <p>Every literal goes into the bucket of each bit set in its coefficient. Each bucket is
 * reduced by full adders (three bits of weight 2^b into a sum bit of weight 2^b and a carry of
 * weight 2^(b+1)) and at the end a half adder, until one bit per weight is left: the binary
 * representation of the sum. Adders are defined by equivalences (sum = xor, carry = majority),
 * so every assignment of the literals fixes all auxiliaries, and the comparator may use both
 * polarities of the sum bits. Size: one full adder per set bit of the coefficients, i.e.
 * O(n log max a_i) variables and clauses, whatever the coefficients; plus O(log^2 k) literals
 * for the comparator. Exact, though unit propagation on it is weaker than on the BDD: it is
 * the fallback when the BDD is too large.
 */
final class AdderNetwork {
    private AdderNetwork() {}

    /** Writes {@code sum a_i l_i >= k} for positive {@code a_i} and {@code k}. */
    static void atLeast(ClauseSink sink, int[] lits, BigInteger[] a, BigInteger k) {
        int[] sum = sumBits(sink, lits, a);
        int width = Math.max(sum.length, k.bitLength());
        // sum < k exactly when, at the highest bit where they differ, k has 1 and sum has 0. So
        // for every bit j of k that is 1: sum_j, or some higher bit differs from k's.
        for (int j = 0; j < width; j++) {
            if (!k.testBit(j)) {
                continue;
            }
            List<Integer> clause = new ArrayList<>();
            boolean satisfied = false;
            for (int i = j; i < width && !satisfied; i++) {
                int s = i < sum.length ? sum[i] : 0;
                // The literal "bit i of sum differs from k's" (for i == j: sum_j is 1).
                boolean wantOne = i == j || !k.testBit(i);
                if (s == 0) {
                    // Constant 0: "is 1" is false (left out), "is 0" is true (clause holds).
                    satisfied = !wantOne;
                } else {
                    clause.add(wantOne ? s : -s);
                }
            }
            if (!satisfied) {
                sink.clause(clause.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    /** How many clauses {@link #atLeast} writes (its full and half adders, one per bit of k). */
    static long clauses(BigInteger[] a, BigInteger k) {
        int width = 0;
        for (BigInteger c : a) {
            width = Math.max(width, c.bitLength());
        }
        // Each bucket shrinks by 2 per full adder and by 1 per half adder, and carries one up.
        long[] bits = new long[width + 64];
        for (BigInteger c : a) {
            for (int b = 0; b < c.bitLength(); b++) {
                bits[b] += c.testBit(b) ? 1 : 0;
            }
        }
        long full = 0;
        long half = 0;
        for (int b = 0; b + 1 < bits.length; b++) {
            long adders = bits[b] >= 3 ? (bits[b] - 1) / 2 : 0;
            full += adders;
            bits[b] -= 2 * adders;
            bits[b + 1] += adders;
            if (bits[b] == 2) {
                half++;
                bits[b + 1]++;
            }
        }
        return 14 * full + 7 * half + k.bitCount();
    }

    /** Bits of {@code sum a_i l_i}, least significant first; 0 marks a bit that is always 0. */
    static int[] sumBits(ClauseSink sink, int[] lits, BigInteger[] a) {
        List<ArrayDeque<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i < lits.length; i++) {
            for (int b = 0; b < a[i].bitLength(); b++) {
                if (a[i].testBit(b)) {
                    bucket(buckets, b).add(lits[i]);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            // Queue order: new sum bits go to the back, which keeps the adder trees shallow.
            ArrayDeque<Integer> q = buckets.get(b);
            while (q.size() >= 3) {
                int x = q.poll();
                int y = q.poll();
                int z = q.poll();
                int s = sink.newVar();
                int c = sink.newVar();
                xor3(sink, s, x, y, z);
                majority(sink, c, x, y, z);
                q.add(s);
                bucket(buckets, b + 1).add(c);
            }
            if (q.size() == 2) {
                int x = q.poll();
                int y = q.poll();
                int s = sink.newVar();
                int c = sink.newVar();
                // s = x xor y, c = x and y.
                sink.clause(-s, x, y);
                sink.clause(-s, -x, -y);
                sink.clause(s, -x, y);
                sink.clause(s, x, -y);
                sink.clause(-c, x);
                sink.clause(-c, y);
                sink.clause(c, -x, -y);
                q.add(s);
                bucket(buckets, b + 1).add(c);
            }
            out.add(q.isEmpty() ? 0 : q.poll());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static ArrayDeque<Integer> bucket(List<ArrayDeque<Integer>> buckets, int b) {
        while (buckets.size() <= b) {
            buckets.add(new ArrayDeque<>());
        }
        return buckets.get(b);
    }

    /** s = x xor y xor z: the eight clauses forbidding each wrong parity. */
    private static void xor3(ClauseSink sink, int s, int x, int y, int z) {
        for (int m = 0; m < 8; m++) {
            int px = (m & 1) != 0 ? x : -x;
            int py = (m & 2) != 0 ? y : -y;
            int pz = (m & 4) != 0 ? z : -z;
            // The clause is false exactly when x, y, z take the negations of px, py, pz, whose
            // parity is odd iff an even number of px, py, pz are positive; s must then be 1.
            boolean oddWhenFalse = Integer.bitCount(m) % 2 == 0;
            sink.clause(px, py, pz, oddWhenFalse ? s : -s);
        }
    }

    /** c = at least two of x, y, z. */
    private static void majority(ClauseSink sink, int c, int x, int y, int z) {
        sink.clause(-c, x, y);
        sink.clause(-c, x, z);
        sink.clause(-c, y, z);
        sink.clause(c, -x, -y);
        sink.clause(c, -x, -z);
        sink.clause(c, -y, -z);
    }
}
