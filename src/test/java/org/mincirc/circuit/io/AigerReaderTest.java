package org.mincirc.circuit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Lit;
import org.mincirc.circuit.TruthTable;

class AigerReaderTest {

    private static Circuit read(String text) throws FormatException {
        return AigerReader.read(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void andAndOrFromTheAigerSpecification() throws FormatException {
        Circuit and = read("aag 3 2 0 1 1\n2\n4\n6\n6 2 4\n");
        assertEquals(TruthTable.fromHex("8", 2), and.simulate().get(0));
        Circuit or = read("aag 3 2 0 1 1\n2\n4\n7\n6 3 5\n");
        assertEquals(TruthTable.fromHex("e", 2), or.simulate().get(0));
        assertEquals(1, or.size());
    }

    @Test
    void asciiMayListInputsAndAndsInAnyOrder() throws FormatException {
        // Inputs are variables 3 and 1; AND 4 reads AND 2, which comes later in the file.
        Circuit c = read("aag 4 2 0 1 2\n6\n2\n9\n8 4 7\n4 6 2\ni0 p\ni1 q\no0 nand3\nc\nanything goes here\n");
        assertEquals(List.of("p", "q"), c.inputNames());
        assertEquals(List.of("nand3"), c.outputNames());
        // out = NOT((p AND q) AND NOT p) = 1.
        assertEquals(TruthTable.zero(2).not(), c.simulate().get(0));
        assertTrue(c.gates().get(0).a() <= c.inputs() && c.gates().get(0).b() <= c.inputs(),
                "the AND of inputs comes first: topological order");
    }

    @Test
    void blankLinesAfterTheAndsAreHarmless() throws FormatException {
        Circuit c = read("aag 3 2 0 1 1\n2\n4\n6\n6 2 4\n\ni1 b\n\n");
        assertEquals(List.of("x0", "b"), c.inputNames());
    }

    @Test
    void constantOutputsAndDefaultNames() throws FormatException {
        Circuit c = read("aag 1 1 0 3 0\n2\n0\n1\n3\n");
        assertEquals(List.of(Lit.FALSE, Lit.TRUE, Lit.of(1, true)), c.outputs());
        assertEquals(List.of("x0"), c.inputNames());
        assertEquals(List.of("y0", "y1", "y2"), c.outputNames());
    }

    @Test
    void binaryAndWithDeltas() throws FormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("aig 3 2 0 1 1\n7\n".getBytes(StandardCharsets.US_ASCII));
        out.write(6 - 5); // lhs 6, rhs0 5: delta 1
        out.write(5 - 3); // rhs1 3: delta 2
        out.writeBytes("i0 a\ni1 b\no0 or\n".getBytes(StandardCharsets.US_ASCII));
        Circuit c = AigerReader.read(out.toByteArray());
        assertEquals(TruthTable.fromHex("e", 2), c.simulate().get(0));
        assertEquals(List.of("a", "b"), c.inputNames());
        assertEquals(List.of("or"), c.outputNames());
    }

    @Test
    void binaryVarintsLongerThanOneByte() throws FormatException {
        // 70 inputs, one AND of inputs 1 and 70: lhs 142, rhs0 140 (delta 2), rhs1 2 (delta 138 = two bytes).
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("aig 71 70 0 1 1\n142\n".getBytes(StandardCharsets.US_ASCII));
        out.write(2);
        out.write(138 & 0x7F | 0x80);
        out.write(138 >>> 7);
        Circuit c = AigerReader.read(out.toByteArray());
        assertEquals(1, c.size());
        assertEquals(1, c.gates().get(0).b() == 70 ? c.gates().get(0).a() : c.gates().get(0).b());
    }

    @ParameterizedTest(name = "line {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | aag 1 1 1 0 0\\n2\\n2 3\\n                      | latches
            1 | hello world\\n                                  | not an AIGER file
            1 | aag 3 2 0 1\\n                                  | M I L O A
            1 | aag 3 2 0 1 1 0 1 0 0\\n                        | bad-state, constraint
            1 | aag 1 2 0 0 0\\n2\\n4\\n                        | M must be at least
            1 | aag 3 x 0 1 1\\n                                | not a non-negative number
            2 | aag 3 2 0 1 1\\n3\\n4\\n6\\n6 2 4\\n            | must be even
            4 | aag 3 2 0 1 1\\n2\\n4\\n                        | ends before output 0
            5 | aag 3 2 0 1 1\\n2\\n4\\n6\\n6 2\\n              | three numbers
            5 | aag 3 2 0 1 1\\n2\\n4\\n6\\n6 2 9\\n            | beyond the largest variable
            5 | aag 3 2 0 1 1\\n2\\n4\\n6\\n4 2 2\\n            | defined twice
            5 | aag 4 1 0 1 2\\n2\\n6\\n6 8 2\\n8 6 2\\n        | cycle
            4 | aag 3 1 0 1 1\\n2\\n6\\n6 2 4\\n                | neither an input nor an AND
            3 | aag 2 1 0 1 0\\n2\\n4\\n                        | neither an input nor an AND
            6 | aag 3 2 0 1 1\\n2\\n4\\n6\\n6 2 4\\ni5 x\\n      | names no input
            6 | aag 3 2 0 1 1\\n2\\n4\\n6\\n6 2 4\\nwhat\\n      | expected a symbol
            """)
    void malformedAsciiNamesTheLine(int line, String text, String fragment) {
        FormatException e = assertThrows(FormatException.class, () -> read(text.replace("\\n", "\n")));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void truncatedBinarySaysWhereInTheAndSection() {
        byte[] full = AigerWriter.binary(TestCircuits.fullAdder());
        String text = new String(full, StandardCharsets.ISO_8859_1);
        int outputsEnd = text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1) + 1; // header, 2 outputs
        byte[] cut = java.util.Arrays.copyOf(full, outputsEnd + 3);
        FormatException e = assertThrows(FormatException.class, () -> AigerReader.read(cut));
        assertEquals(0, e.line(), "no line numbers inside binary data");
        assertTrue(e.getMessage().contains("ends inside binary AND"), e.getMessage());
    }

    @Test
    void binaryNeedsMEqualToIPlusA() {
        FormatException e = assertThrows(FormatException.class,
                () -> AigerReader.read("aig 5 2 0 1 1\n6\n\u0002\u0002".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains("M = I + L + A"), e.getMessage());
    }
}
