package org.mincirc.circuit.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mincirc.circuit.Circuit;

/**
 * Damaged files (bytes dropped, inserted, replaced, truncated; seeded) must either read or fail
 * with a FormatException: never another exception, never a hang.
 */
class MalformedInputFuzzTest {
    private static final int MUTANTS_PER_FILE = 60;

    @Test
    void damagedBlifFailsOnlyWithFormatException() {
        fuzz("blif", c -> CircuitFormats.toBytes(c, "blif"), "01-. \\#\n.names.end.inputsabx");
    }

    @Test
    void damagedAsciiAigerFailsOnlyWithFormatException() {
        fuzz("aag", c -> CircuitFormats.toBytes(c, "aag"), "0123456789 \nioc aag");
    }

    @Test
    void damagedBinaryAigerFailsOnlyWithFormatException() {
        fuzz("aig", c -> CircuitFormats.toBytes(c, "aig"), "0123456789 \n\u0080\u00ff\u0001\u007f");
    }

    private interface Writer {
        byte[] write(Circuit c);
    }

    private static void fuzz(String format, Writer writer, String alphabet) {
        Random r = new Random(format.hashCode());
        byte[] symbols = alphabet.getBytes(StandardCharsets.ISO_8859_1);
        int rejected = 0;
        for (Circuit c : TestCircuits.all().subList(0, 20)) {
            byte[] original = writer.write(c);
            for (int m = 0; m < MUTANTS_PER_FILE; m++) {
                byte[] mutant = mutate(original, r, symbols);
                try {
                    CircuitFormats.parse(mutant, format);
                } catch (FormatException expected) {
                    rejected++; // the contract: a readable message, nothing else
                } catch (RuntimeException | StackOverflowError e) {
                    fail(format + " reader threw " + e + " on\n" + new String(mutant, StandardCharsets.ISO_8859_1), e);
                }
            }
        }
        assertTrue(rejected > 100, "the mutations must actually damage files: " + rejected + " rejected");
    }

    private static byte[] mutate(byte[] in, Random r, byte[] symbols) {
        byte[] out = in;
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = r.nextInt(out.length);
            byte sym = symbols[r.nextInt(symbols.length)];
            switch (r.nextInt(4)) {
                case 0 -> out = concat(Arrays.copyOf(out, at), Arrays.copyOfRange(out, at + 1, out.length));
                case 1 -> out = concat(concat(Arrays.copyOf(out, at), new byte[] {sym}), Arrays.copyOfRange(out, at, out.length));
                case 2 -> {
                    out = out.clone();
                    out[at] = sym;
                }
                default -> out = Arrays.copyOf(out, at);
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
