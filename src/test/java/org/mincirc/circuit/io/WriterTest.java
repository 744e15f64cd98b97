package org.mincirc.circuit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/** What the writers put in the text: names made legal, labels, comments; API misuse. */
class WriterTest {
    private static final Pattern VERILOG_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** Inputs and outputs whose names no format takes as they are. */
    private static Circuit awkwardlyNamed() {
        List<Gate> gates = List.of(new Gate(0b0010, 1, 2), new Gate(0b1001, 4, 3), new Gate(0b1110, 0, 5));
        return new Circuit(3, gates, List.of(Lit.of(5, true), Lit.of(6, false), Lit.of(1, false), Lit.TRUE),
                List.of("a[0]", "2nd input", "wire"), List.of("out#1", "a[0]", "module", ".end"));
    }

    @Test
    void verilogIdentifiersAreLegalDistinctAndNotKeywords() {
        String v = CircuitFormats.toText(awkwardlyNamed(), "v", "my-module");
        assertTrue(v.contains("module my_module ("), v);
        Matcher ports = Pattern.compile("\\((.*)\\);").matcher(v);
        assertTrue(ports.find(), v);
        Set<String> seen = new HashSet<>();
        for (String port : ports.group(1).split(", ")) {
            assertTrue(VERILOG_ID.matcher(port).matches(), port);
            assertTrue(!Sanitize.VERILOG_KEYWORDS.contains(port), port);
            assertTrue(seen.add(port), "ports are distinct: " + port);
        }
        assertEquals(7, seen.size());
        assertTrue(v.contains("assign g4 = a_0_ & ~_2nd_input;"), v);
        assertTrue(v.contains("assign g5 = ~(g4 ^ wire_);"), v);
        assertTrue(v.contains("assign g6 = 1'b0 | g5;"), v);
        assertTrue(v.contains("assign a_0__1 = g6;"), "the output named like an input is renamed:\n" + v);
    }

    @Test
    void blifNamesAreSingleTokensWithoutCommentsOrCommands() throws FormatException {
        Circuit c = awkwardlyNamed();
        String blif = CircuitFormats.toText(c, "blif", "my model");
        assertTrue(blif.contains(".model my_model\n"), blif);
        assertTrue(blif.contains(".inputs a[0] 2nd_input wire\n"), blif);
        assertTrue(blif.contains(".outputs out_1 a[0]_1 module _.end\n"), blif);
        Circuit back = CircuitFormats.parse(blif, "blif");
        assertEquals(c.simulate(), back.simulate());
        assertEquals(2, back.size(), "OR(0, g5) is written as a one-input .names and reads back as a wire");
    }

    @Test
    void aigerSymbolsKeepNamesButNotLineBreaks() throws FormatException {
        Circuit c = awkwardlyNamed().renamed(List.of("a b", "c\nd", ""), List.of("o", "p", "q", "r"));
        String aag = CircuitFormats.toText(c, "aag");
        assertTrue(aag.contains("\ni0 a b\ni1 c_d\ni2 x2\n"), aag);
        assertTrue(aag.contains("\nc\nWritten by mincirc from a circuit of 3 two-input gates"), aag);
        assertEquals(List.of("a b", "c_d", "x2"), CircuitFormats.parse(aag, "aag").inputNames());
    }

    @Test
    void dotLabelsGatesByFunctionAndDashesComplementedOutputs() {
        String dot = CircuitFormats.toText(awkwardlyNamed(), "dot", "g\"raph");
        assertTrue(dot.contains("digraph \"g\\\"raph\" {"), dot);
        assertTrue(dot.contains("n4 [label=\"a & ~b\\n0010\""), dot);
        assertTrue(dot.contains("n5 [label=\"XNOR\\n1001\""), dot);
        assertTrue(dot.contains("n6 [label=\"OR\\n1110\""), dot);
        assertTrue(dot.contains("n1 -> n4 [label=\"a\"];"), "asymmetric gates mark their inputs:\n" + dot);
        assertTrue(dot.contains("n4 -> n5;"), "symmetric gates do not:\n" + dot);
        assertTrue(dot.contains("n5 -> o0 [style=dashed];"), dot);
        assertTrue(dot.contains("n6 -> o1;"), dot);
        assertTrue(dot.contains("n0 -> o3 [style=dashed];"), "constant true is complemented false:\n" + dot);
        assertTrue(dot.contains("o0 [label=\"out#1\""), dot);
    }

    @Test
    void blifHeaderCountsGatesAndOutputBuffers() {
        String blif = CircuitFormats.toText(awkwardlyNamed(), "blif");
        assertTrue(blif.contains("3 two-input gates, one .names each"), blif);
        assertTrue(blif.contains("Plus 2 buffer, inverter or constant .names"), blif);
        assertEquals(3 + 2, blif.split("\n\\.names", -1).length - 1, blif);
    }

    @Test
    void formatsByNameAndMisuse(@TempDir Path dir) {
        Circuit c = TestCircuits.majority();
        assertThrows(IllegalArgumentException.class, () -> CircuitFormats.toText(c, "aig"));
        assertThrows(IllegalArgumentException.class, () -> CircuitFormats.toText(c, "edif"));
        assertThrows(IllegalArgumentException.class, () -> CircuitFormats.write(c, dir.resolve("m.xyz")));
        assertEquals(CircuitFormats.toText(c, "v"), CircuitFormats.toText(c, "verilog"));
        FormatException e = assertThrows(FormatException.class, () -> CircuitFormats.read(dir.resolve("m.v")));
        assertTrue(e.getMessage().contains("reads .blif, .aag and .aig"), e.getMessage());
    }

    @Test
    void readErrorsNameTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.blif");
        Files.writeString(file, ".model m\n.inputs a\n.latch a q 0\n.end\n");
        FormatException e = assertThrows(FormatException.class, () -> CircuitFormats.read(file));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ":3: .latch makes the circuit sequential"), e.getMessage());
    }

    @Test
    void longNetListsAreContinuedAndReadBackByUsAndAbc(@TempDir Path dir) throws Exception {
        Circuit c = TestCircuits.parity(20).renamed(Circuit.defaultNames("input_", 20), List.of("parity"));
        String blif = CircuitFormats.toText(c, "blif");
        assertTrue(blif.contains(" \\\n  input_"), blif);
        assertTrue(blif.lines().allMatch(line -> line.length() <= 80), blif);
        assertEquals(c.simulate(), CircuitFormats.parse(blif, "blif").simulate());
        Assumptions.assumeTrue(Abc.available(), Abc.BINARY + " is not on PATH");
        CircuitFormats.write(c, dir.resolve("p.blif"));
        CircuitFormats.write(c, dir.resolve("p.aig"));
        Abc.Verdict v = Abc.cec(dir, "p.blif", List.of("p.aig")).get(0);
        assertEquals(Abc.Verdict.Kind.EQUIVALENT, v.kind(), v.output());
        assertTrue(Abc.run(dir, "read p.blif; print_stats").contains("i/o =   20/    1"), "ABC sees all 20 inputs");
    }

    @Test
    void abcReadsOurSanitizedVerilogAndBlif(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Abc.available(), Abc.BINARY + " is not on PATH");
        Circuit c = awkwardlyNamed();
        CircuitFormats.write(c, dir.resolve("odd.v"));
        CircuitFormats.write(c, dir.resolve("odd.blif"));
        String out = Abc.run(dir, "read_verilog odd.v; write_blif from_v.blif; read_blif odd.blif; write_blif from_blif.blif");
        assertEquals(c.simulate(), CircuitFormats.read(dir.resolve("from_v.blif")).simulate(), out);
        assertEquals(c.simulate(), CircuitFormats.read(dir.resolve("from_blif.blif")).simulate(), out);
    }
}
