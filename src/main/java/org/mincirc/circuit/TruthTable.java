package org.mincirc.circuit;

import java.util.Arrays;

/**
 * A complete truth table of a function of {@code vars} inputs: bit r is the value on input row r,
 * where input i is bit i of r (input 0 the least significant bit). Hex text follows the usual
 * convention (the most significant hex digit holds the highest rows), e.g. 3-input majority is
 * {@code e8}. Immutable.
 */
public final class TruthTable {
    private final int vars;
    private final long[] words;

    private TruthTable(int vars, long[] words) {
        this.vars = vars;
        this.words = words;
        maskTail();
    }

    public static TruthTable zero(int vars) {
        if (vars < 0 || vars > 24) {
            throw new IllegalArgumentException("truth tables take 0..24 inputs, not " + vars);
        }
        return new TruthTable(vars, new long[wordCount(vars)]);
    }

    public static TruthTable ofWords(int vars, long[] words) {
        if (words.length != wordCount(vars)) {
            throw new IllegalArgumentException("expected " + wordCount(vars) + " words");
        }
        return new TruthTable(vars, words.clone());
    }

    /** The projection onto input i. */
    public static TruthTable variable(int vars, int i) {
        long[] w = new long[wordCount(vars)];
        for (int r = 0; r < (1 << vars); r++) {
            if ((r >>> i & 1) == 1) {
                w[r >>> 6] |= 1L << (r & 63);
            }
        }
        return new TruthTable(vars, w);
    }

    /**
     * Parses hex (optionally prefixed {@code 0x}); it must not have more digits than the table
     * holds (leading zeros excepted), and a short string is zero-extended.
     */
    public static TruthTable fromHex(String hex, int vars) {
        String h = hex.trim();
        if (h.startsWith("0x") || h.startsWith("0X")) {
            h = h.substring(2);
        }
        if (h.isEmpty()) {
            throw new IllegalArgumentException("empty truth table");
        }
        long[] w = new long[wordCount(vars)];
        int rows = 1 << vars;
        for (int d = 0; d < h.length(); d++) {
            int digit = Character.digit(h.charAt(h.length() - 1 - d), 16);
            if (digit < 0) {
                throw new IllegalArgumentException("'" + hex + "' is not hexadecimal");
            }
            for (int k = 0; k < 4; k++) {
                if ((digit >>> k & 1) == 1) {
                    int r = 4 * d + k;
                    if (r >= rows) {
                        throw new IllegalArgumentException(
                                "truth table " + hex + " has more than 2^" + vars + " = " + rows + " rows");
                    }
                    w[r >>> 6] |= 1L << (r & 63);
                }
            }
        }
        return new TruthTable(vars, w);
    }

    public static int wordCount(int vars) {
        return vars <= 6 ? 1 : 1 << (vars - 6);
    }

    public int vars() {
        return vars;
    }

    public int rows() {
        return 1 << vars;
    }

    public boolean get(int row) {
        return (words[row >>> 6] >>> (row & 63) & 1) == 1;
    }

    public TruthTable with(int row, boolean value) {
        long[] w = words.clone();
        if (value) {
            w[row >>> 6] |= 1L << (row & 63);
        } else {
            w[row >>> 6] &= ~(1L << (row & 63));
        }
        return new TruthTable(vars, w);
    }

    public long[] words() {
        return words.clone();
    }

    public long word(int i) {
        return words[i];
    }

    public TruthTable not() {
        long[] w = new long[words.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = ~words[i];
        }
        return new TruthTable(vars, w);
    }

    public int countOnes() {
        int c = 0;
        for (long x : words) {
            c += Long.bitCount(x);
        }
        return c;
    }

    /** True if the function depends on input i. */
    public boolean dependsOn(int i) {
        for (int r = 0; r < rows(); r++) {
            if ((r >>> i & 1) == 0 && get(r) != get(r | 1 << i)) {
                return true;
            }
        }
        return false;
    }

    /** Hex with ceil(rows/4) digits (at least one). */
    public String toHex() {
        int digits = Math.max(1, rows() / 4);
        StringBuilder sb = new StringBuilder(digits);
        for (int d = digits - 1; d >= 0; d--) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int r = 4 * d + k;
                if (r < rows() && get(r)) {
                    v |= 1 << k;
                }
            }
            sb.append(Character.forDigit(v, 16));
        }
        return sb.toString();
    }

    private void maskTail() {
        if (vars < 6) {
            words[0] &= (1L << (1 << vars)) - 1;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TruthTable t && t.vars == vars && Arrays.equals(t.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * vars + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
