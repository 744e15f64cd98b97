package org.mincirc.synth;

import java.util.function.IntPredicate;

/**
 * Counts normal circuits of exactly c gates by exhaustive enumeration, sorting each by the
 * function it computes on a set of rows. What is counted, precisely (a Boolean chain in the
 * sense of Knuth, TAOCP 7.1.2, with every step used):
 *
 * <ul>
 *   <li>a circuit is a list of gates g1..gc; gate i reads two distinct earlier signals j &lt; k
 *       (inputs x0..x(n-1) or gates before it; never a constant, never one signal twice);
 *   <li>each gate's function is normal (0 on 0, 0) and depends on both of its inputs, and the
 *       basis allows it: and, or, xor, a and not b, not a and b (aig: all but xor); complements
 *       are free, so every circuit can be rewritten into one of these of the same size;
 *   <li>each output bit is a literal: the constant 0 or 1, an input, or a gate, possibly
 *       complemented;
 *   <li>every gate is used: read by a later gate or taken as an output (so no gate is dead;
 *       gates may still compute the same function as another signal);
 *   <li>two lists are different circuits when they differ anywhere, including in the order of
 *       gates that do not depend on each other: a circuit is counted once per way to list it.
 * </ul>
 *
 * <p>Nothing here is sampled: every such list is built and simulated, which is what limits the
 * sizes that can be counted (see the README's "Deception profiles").
 */
public final class NormalCircuits {
    /** The normal tables (bit a + 2b) depending on both inputs: and, a and not b, not a and b, xor, or. */
    static final int[] NORMAL_TABLES = {0b1000, 0b0010, 0b0100, 0b0110, 0b1110};

    private NormalCircuits() {}

    /** Sorts output functions into classes: the class of the masks, or -1 for none. */
    public interface Classifier {
        int classOf(long[] outputMasks);
    }

    /**
     * How many circuits fell into each class, how many there are in all, and whether the count
     * finished before the deadline (if not, the numbers are partial and must not be reported).
     */
    public record Counts(long[] perClass, long all, boolean complete) {}

    /**
     * Counts the normal circuits with {@code gates} gates on {@code inputs} inputs and
     * {@code outputs} outputs. The function of an output is its mask over {@code rows}: bit r
     * is its value on input row rows[r] (at most 64 rows).
     */
    public static Counts count(int inputs, int outputs, int[] rows, int gates, IntPredicate basis,
                               int classes, Classifier classifier, long deadlineNanos) {
        if (rows.length > 64) {
            throw new IllegalArgumentException("circuit counting distinguishes at most 64 rows, not " + rows.length);
        }
        int ops = 0;
        int[] tables = new int[NORMAL_TABLES.length];
        for (int t : NORMAL_TABLES) {
            if (basis.test(t)) {
                tables[ops++] = t;
            }
        }
        Walk walk = new Walk(inputs, outputs, rows, gates, java.util.Arrays.copyOf(tables, ops), classes, classifier,
                deadlineNanos);
        walk.gate(0, 0L);
        return new Counts(walk.perClass, walk.all, !walk.stopped);
    }

    /** One enumeration: the signals so far and the running counts. */
    private static final class Walk {
        private final int inputs;
        private final int outputs;
        private final int gates;
        private final int[] tables;
        private final long full;
        /** Signal masks: inputs first, then gates. */
        private final long[] signal;
        private final long[] outputMasks;
        private final long[] perClass;
        private final Classifier classifier;
        private final long deadlineNanos;
        private long all;
        private long sinceClock;
        private boolean stopped;

        Walk(int inputs, int outputs, int[] rows, int gates, int[] tables, int classes, Classifier classifier,
             long deadlineNanos) {
            this.inputs = inputs;
            this.outputs = outputs;
            this.gates = gates;
            this.tables = tables;
            this.full = rows.length == 64 ? -1L : (1L << rows.length) - 1;
            this.signal = new long[inputs + gates];
            for (int i = 0; i < inputs; i++) {
                long m = 0;
                for (int r = 0; r < rows.length; r++) {
                    if ((rows[r] >>> i & 1) == 1) {
                        m |= 1L << r;
                    }
                }
                signal[i] = m;
            }
            this.outputMasks = new long[outputs];
            this.perClass = new long[classes];
            this.classifier = classifier;
            this.deadlineNanos = deadlineNanos;
        }

        /**
         * Places gate g given the gates not yet read by a later gate ({@code unread}, bit i for
         * gate i). Each later gate reads at most two of them and adds itself, so once more than
         * outputs + remaining gates are unread, they cannot all end up used.
         */
        void gate(int g, long unread) {
            if (stopped) {
                return;
            }
            if (g == gates) {
                output(0, unread);
                return;
            }
            int signals = inputs + g;
            int remaining = gates - g - 1;
            for (int k = 1; k < signals; k++) {
                long sk = signal[k];
                long unreadK = k >= inputs ? unread & ~(1L << (k - inputs)) : unread;
                for (int j = 0; j < k; j++) {
                    long sj = signal[j];
                    long next = (j >= inputs ? unreadK & ~(1L << (j - inputs)) : unreadK) | 1L << g;
                    if (Long.bitCount(next) - remaining > outputs) {
                        continue;
                    }
                    for (int t : tables) {
                        signal[signals] = eval(t, sj, sk);
                        gate(g + 1, next);
                    }
                }
            }
        }

        /** Chooses output h's literal; every gate still unread must be taken by some output. */
        private void output(int h, long unread) {
            if (h == outputs) {
                if (unread != 0) {
                    return;
                }
                all++;
                int c = classifier.classOf(outputMasks);
                if (c >= 0) {
                    perClass[c]++;
                }
                if (++sinceClock >= (1 << 20)) {
                    sinceClock = 0;
                    stopped = System.nanoTime() > deadlineNanos;
                }
                return;
            }
            int left = outputs - h - 1;
            int need = Long.bitCount(unread);
            if (need > left + 1) {
                return;
            }
            if (need == left + 1) {
                // As many unread gates as outputs left: this output must take one of them.
                for (long u = unread; u != 0; u &= u - 1) {
                    int g = Long.numberOfTrailingZeros(u);
                    long rest = unread & ~(1L << g);
                    outputMasks[h] = signal[inputs + g];
                    output(h + 1, rest);
                    outputMasks[h] = signal[inputs + g] ^ full;
                    output(h + 1, rest);
                }
                return;
            }
            // The constant 0 or 1, then each signal plain and complemented.
            for (int polarity = 0; polarity < 2; polarity++) {
                long flip = polarity == 0 ? 0 : full;
                if (Long.bitCount(unread) <= left) {
                    outputMasks[h] = flip;
                    output(h + 1, unread);
                }
                for (int s = 0; s < inputs + gates; s++) {
                    long rest = s >= inputs ? unread & ~(1L << (s - inputs)) : unread;
                    if (Long.bitCount(rest) > left) {
                        continue;
                    }
                    outputMasks[h] = signal[s] ^ flip;
                    output(h + 1, rest);
                }
            }
        }

        private long eval(int table, long a, long b) {
            long r = 0;
            if ((table & 2) != 0) {
                r |= a & ~b;
            }
            if ((table & 4) != 0) {
                r |= ~a & b;
            }
            if ((table & 8) != 0) {
                r |= a & b;
            }
            return r & full;
        }
    }
}
