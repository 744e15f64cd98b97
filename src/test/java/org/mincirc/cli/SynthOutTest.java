package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.TruthTable;
import org.mincirc.circuit.io.CircuitFormats;

/** {@code synth --out FILE}: the extension picks the format, and what is written computes the spec. */
class SynthOutTest {
    @TempDir
    Path dir;

    /** Two outputs on three inputs (xor3 and majority): a full adder, 5 gates in b2. */
    private static final List<String> SPEC = List.of("96", "e8");

    private SynthCommandTest.Run synth(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--tt", SPEC.get(0), "--tt", SPEC.get(1),
                "--inputs", "3", "--no-progress", "--out", out.toString()));
        args.addAll(List.of(more));
        return SynthCommandTest.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"blif", "aag", "aig"})
    void writtenCircuitReadsBackToTheSpecifiedFunctions(String ext) throws Exception {
        Path file = dir.resolve("adder." + ext);
        SynthCommandTest.Run r = synth(file);
        assertEquals(0, r.exit(), r.err());
        Circuit back = CircuitFormats.read(file);
        assertEquals(List.of(TruthTable.fromHex("96", 3), TruthTable.fromHex("e8", 3)), back.simulate());
        assertEquals(List.of("x0", "x1", "x2"), back.inputNames());
        assertEquals(List.of("y0", "y1"), back.outputNames());
        if (ext.equals("blif")) {
            // BLIF keeps the b2 gates one for one, so the minimal size survives the trip.
            assertEquals(5, back.size());
        }
    }

    @Test
    void verilogAndDotNameTheModuleAfterTheFileAndEveryPort() throws Exception {
        assertEquals(0, synth(dir.resolve("adder.v")).exit());
        assertEquals(0, synth(dir.resolve("adder.dot")).exit());
        String v = Files.readString(dir.resolve("adder.v"));
        assertTrue(v.contains("module adder"), v);
        for (String port : List.of("x0", "x1", "x2", "y0", "y1")) {
            assertTrue(v.contains(port), port + " in\n" + v);
        }
        String dot = Files.readString(dir.resolve("adder.dot"));
        assertTrue(dot.contains("digraph"), dot);
        assertTrue(dot.contains("y1"), dot);
    }

    @Test
    void unknownExtensionIsAUsageErrorBeforeAnySolving() {
        Path file = dir.resolve("adder.txt");
        SynthCommandTest.Run r = synth(file);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".blif, .aag, .aig, .v, .dot"), r.err());
        assertFalse(Files.exists(file));
        assertEquals(2, synth(dir.resolve("noextension")).exit());
    }

    @Test
    void outIsRefusedWithBatch() throws Exception {
        Path batch = dir.resolve("tables.txt");
        Files.writeString(batch, "96\ne8\n");
        SynthCommandTest.Run r = SynthCommandTest.run("--batch", batch.toString(), "--inputs", "3", "--no-progress",
                "--out", dir.resolve("x.blif").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--batch"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unwritablePathIsBadInputWithAMessage() {
        SynthCommandTest.Run r = synth(dir.resolve("missing-dir").resolve("adder.blif"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot write"), r.err());
    }
}
