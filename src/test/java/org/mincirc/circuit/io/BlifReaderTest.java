package org.mincirc.circuit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Lit;
import org.mincirc.circuit.TruthTable;

class BlifReaderTest {

    private static Circuit read(String text) throws FormatException {
        return BlifReader.read(text);
    }

    /** Asserts output h computes f on every row (bit i of the row = input i). */
    private static void assertComputes(Circuit c, int h, IntPredicate f) {
        TruthTable t = c.simulate().get(h);
        for (int row = 0; row < t.rows(); row++) {
            assertEquals(f.test(row), t.get(row), "output " + h + " on row " + row);
        }
    }

    private static boolean bit(int row, int i) {
        return (row >>> i & 1) == 1;
    }

    @Test
    void wideOnSetCoverWithDontCares() throws FormatException {
        Circuit c = read("""
                .model wide
                .inputs a b c d
                .outputs f
                .names a b c d f
                1-0- 1
                -11- 1
                0001 1
                .end
                """);
        assertComputes(c, 0, r -> bit(r, 0) && !bit(r, 2) || bit(r, 1) && bit(r, 2)
                || !bit(r, 0) && !bit(r, 1) && !bit(r, 2) && bit(r, 3));
        assertTrue(c.gates().stream().allMatch(g -> g.a() < c.gateNode(0) + c.size()), "two-input gates");
    }

    @Test
    void wideOffSetCoverIsTheComplement() throws FormatException {
        Circuit c = read("""
                .model off
                .inputs a b c
                .outputs f
                .names a b c f
                11- 0
                --0 0
                .end
                """);
        assertComputes(c, 0, r -> !(bit(r, 0) && bit(r, 1) || !bit(r, 2)));
    }

    @Test
    void constantCoversInEverySpelling() throws FormatException {
        Circuit c = read("""
                .model k
                .inputs a
                .outputs zero one zero2 abcOne abcZero one3
                .names zero
                .names one
                1
                .names zero2
                0
                .names abcOne
                 1
                .names abcZero
                 0
                .names a one3
                - 1
                .end
                """);
        assertEquals(List.of(Lit.FALSE, Lit.TRUE, Lit.FALSE, Lit.TRUE, Lit.FALSE, Lit.TRUE), c.outputs());
        assertEquals(0, c.size(), "constants and one-input covers are literals, not gates");
    }

    @Test
    void emptyCoversAreZeroAtAnyWidth() throws FormatException {
        Circuit c = read(".model m\n.inputs a b c\n.outputs y z\n.names a b c y\n.names a b z\n.end\n");
        assertEquals(List.of(Lit.FALSE, Lit.FALSE), c.outputs());
    }

    @Test
    void continuationsCommentsAndAnyOrder() throws FormatException {
        Circuit c = read("""
                # a comment line
                .model cont   # trailing comment
                .inputs a \\
                   b c
                .outputs y
                .names t c y  # defined before t
                11 1
                .names a \\
                  b t
                01 1
                10 1
                .end
                """);
        assertEquals(List.of("a", "b", "c"), c.inputNames());
        assertComputes(c, 0, r -> (bit(r, 0) ^ bit(r, 1)) && bit(r, 2));
        assertEquals(2, c.size(), "a two-input .names is exactly one gate, XOR included");
    }

    @Test
    void oneInputCoversAreFreeInverters() throws FormatException {
        Circuit c = read(".model m\n.inputs a b\n.outputs y\n.names a b t\n11 1\n.names t y\n0 1\n.end\n");
        assertEquals(1, c.size());
        assertEquals(Lit.of(3, true), c.outputs().get(0));
    }

    @Test
    void timingAnnotationsAreIgnoredAndEndStopsReading() throws FormatException {
        Circuit c = read(".model m\n.inputs a\n.outputs y\n.default_input_arrival 0 0\n.names a y\n1 1\n.end\n"
                + ".model other\n.latch x y 0\n");
        assertComputes(c, 0, r -> bit(r, 0));
    }

    @Test
    void outputMayBeAnInput() throws FormatException {
        Circuit c = read(".model m\n.inputs a b\n.outputs b a\n.end\n");
        assertEquals(List.of(Lit.of(2, false), Lit.of(1, false)), c.outputs());
    }

    @ParameterizedTest(name = "line {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3 | .model m\\n.inputs a\\n.latch a q 0\\n.end             | sequential
            3 | .model m\\n.inputs a\\n.subckt sub x=a\\n.end          | hierarchical
            2 | .model m\\n.foo\\n.end                                   | unknown BLIF command
            3 | .model m\\n.inputs a\\n11 1\\n.end                      | outside a .names
            5 | .model m\\n.inputs a b\\n.outputs y\\n.names a b y\\n1 1\\n.end | should have 2 characters
            5 | .model m\\n.inputs a b\\n.outputs y\\n.names a b y\\n1x 1\\n.end | characters from 0, 1 and -
            5 | .model m\\n.inputs a b\\n.outputs y\\n.names a b y\\n11 2\\n.end | must be 0 or 1
            6 | .model m\\n.inputs a b\\n.outputs y\\n.names a b y\\n11 1\\n00 0\\n.end | mixes on-set
            4 | .model m\\n.inputs a\\n.outputs y\\n.names a q y\\n11 1\\n.end | neither an input nor driven
            6 | .model m\\n.inputs a\\n.outputs y\\n.names a z y\\n11 1\\n.names y z\\n1 1\\n.end | cycle
            6 | .model m\\n.inputs a\\n.outputs y\\n.names a y\\n1 1\\n.names a y\\n0 1\\n.end | driven twice (first at line 4)
            4 | .model m\\n.inputs a\\n.outputs y\\n.names y a\\n1 1\\n.end | is a primary input
            3 | .model m\\n.outputs y\\n.names y\\n1\\n.inputs y\\n.end  | is a primary input
            2 | .model m\\n.inputs a a\\n.end                            | declared twice
            3 | .model m\\n.inputs a\\n.outputs y\\n.end                 | output 'y' is neither
            3 | .model m\\n.inputs a\\n.model n\\n.end                   | second .model
            4 | .model m\\n.inputs a\\n.outputs y\\n.names\\n.end        | at least an output
            """)
    void malformedBlifNamesTheLine(int line, String text, String fragment) {
        FormatException e = assertThrows(FormatException.class, () -> read(text.replace("\\n", "\n")));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
    }

    @Test
    void selfLoopIsACycle() {
        FormatException e = assertThrows(FormatException.class,
                () -> read(".model m\n.inputs a\n.outputs y\n.names a y y\n11 1\n.end\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }
}
