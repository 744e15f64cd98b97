package org.mincirc.circuit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/** Write, read back, compare output truth tables (and names, and gate counts where promised). */
class RoundTripTest {

    static Stream<Arguments> circuits() {
        List<Arguments> args = new ArrayList<>();
        List<Circuit> all = TestCircuits.all();
        for (int k = 0; k < all.size(); k++) {
            args.add(Arguments.of(k, all.get(k)));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "circuit {0}")
    @MethodSource("circuits")
    void blifKeepsFunctionNamesAndProperGateCount(int index, Circuit c) throws FormatException {
        Circuit back = CircuitFormats.parse(CircuitFormats.toText(c, "blif"), "blif");
        assertEquals(c.simulate(), back.simulate(), () -> "BLIF round trip changed the function of\n" + c);
        assertEquals(c.inputNames(), back.inputNames());
        assertEquals(c.outputNames(), back.outputNames());
        if (hasProperFanins(c)) {
            assertEquals(c.size(), back.size(), "one .names per gate, read back as one gate each");
        }
    }

    @ParameterizedTest(name = "circuit {0}")
    @MethodSource("circuits")
    void asciiAigerKeepsFunctionAndNames(int index, Circuit c) throws FormatException {
        Circuit back = CircuitFormats.parse(CircuitFormats.toText(c, "aag"), "aag");
        assertEquals(c.simulate(), back.simulate(), () -> "aag round trip changed the function of\n" + c);
        assertEquals(c.inputNames(), back.inputNames());
        assertEquals(c.outputNames(), back.outputNames());
        assertTrue(back.conformsTo(org.mincirc.model.Basis.AIG::allows), "AIGER reads back as AND gates only");
    }

    @ParameterizedTest(name = "circuit {0}")
    @MethodSource("circuits")
    void binaryAigerKeepsFunctionAndNames(int index, Circuit c) throws FormatException {
        Circuit back = CircuitFormats.parse(CircuitFormats.toBytes(c, "aig"), "aig");
        assertEquals(c.simulate(), back.simulate(), () -> "aig round trip changed the function of\n" + c);
        assertEquals(c.inputNames(), back.inputNames());
        assertEquals(c.outputNames(), back.outputNames());
    }

    @ParameterizedTest(name = "circuit {0}")
    @MethodSource("circuits")
    void asciiAndBinaryAigerDescribeTheSameGraph(int index, Circuit c) throws FormatException {
        Circuit ascii = CircuitFormats.parse(CircuitFormats.toText(c, "aag"), "aag");
        Circuit binary = CircuitFormats.parse(CircuitFormats.toBytes(c, "aig"), "aig");
        assertEquals(ascii.gates(), binary.gates());
        assertEquals(ascii.outputs(), binary.outputs());
    }

    @Test
    void aigerUsesOneAndPerAndLikeGateAndThreePerXor() throws FormatException {
        // Full adder: 2 XOR (3 ANDs each) + 2 AND + 1 OR = 9 ANDs.
        Circuit back = CircuitFormats.parse(CircuitFormats.toText(TestCircuits.fullAdder(), "aag"), "aag");
        assertEquals(9, back.size());
        assertEquals(9, CircuitFormats.parse(CircuitFormats.toText(TestCircuits.parity(4), "aag"), "aag").size(), "3 XOR x 3 ANDs");
    }

    @Test
    void filesRoundTripByExtension(@TempDir Path dir) throws Exception {
        Circuit c = TestCircuits.fullAdder();
        for (String ext : List.of("blif", "aag", "aig")) {
            Path file = dir.resolve("adder." + ext);
            CircuitFormats.write(c, file);
            assertEquals(c.simulate(), CircuitFormats.read(file).simulate(), ext);
        }
        for (String ext : List.of("v", "dot")) {
            Path file = dir.resolve("adder." + ext);
            CircuitFormats.write(c, file);
            assertTrue(Files.readString(file).contains("adder"), "the model is named after the file");
        }
        assertTrue(Files.readString(dir.resolve("adder.blif")).contains(".model adder\n"));
    }

    @Test
    void outputThatIsAnInputUnderItsOwnNameSharesTheNet() throws FormatException {
        // As ABC writes it after strash: ".inputs a b" ".outputs a y".
        Circuit c = new Circuit(2, List.of(new Gate(TestCircuits.AND, 1, 2)),
                List.of(Lit.of(1, false), Lit.of(3, true), Lit.of(1, false)),
                List.of("a", "b"), List.of("a", "y", "a"));
        String blif = CircuitFormats.toText(c, "blif");
        assertTrue(blif.contains(".outputs a y a_1\n"), blif);
        Circuit back = CircuitFormats.parse(blif, "blif");
        assertEquals(c.simulate(), back.simulate());
        assertEquals(List.of("a", "y", "a_1"), back.outputNames());
        assertEquals(1, back.size(), "the complemented output takes the inverted cover, no buffer");
    }

    @Test
    void fixturesCoverConstantInputAndComplementedOutputs() {
        // The ABC tests use the first 14 seeds; they must exercise every kind of output literal.
        List<Circuit> sample = new ArrayList<>();
        for (long seed : TestCircuits.seeds().subList(0, 14)) {
            sample.add(TestCircuits.random(seed, true));
            sample.add(TestCircuits.random(seed, false));
        }
        assertTrue(sample.stream().anyMatch(c -> c.outputs().stream().anyMatch(l -> Lit.node(l) == 0)), "constant");
        assertTrue(sample.stream().anyMatch(c -> c.outputs().stream()
                .anyMatch(l -> Lit.node(l) >= 1 && !c.isGate(Lit.node(l)))), "input");
        assertTrue(sample.stream().anyMatch(c -> c.outputs().stream()
                .anyMatch(l -> c.isGate(Lit.node(l)) && Lit.complemented(l))), "complemented gate");
        assertTrue(sample.stream().anyMatch(c -> !hasProperFanins(c)), "constant or repeated fan-in");
        assertTrue(sample.stream().anyMatch(c -> c.gates().stream()
                .anyMatch(g -> g.table() == TestCircuits.XOR || g.table() == 0b1001)), "XOR/XNOR");
    }

    static boolean hasProperFanins(Circuit c) {
        return c.gates().stream().allMatch(g -> g.a() != 0 && g.b() != 0 && g.a() != g.b());
    }
}
