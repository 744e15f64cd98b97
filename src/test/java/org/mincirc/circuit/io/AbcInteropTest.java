package org.mincirc.circuit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Assumptions;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/**
 * Interoperability with the peer ABC: it must read our BLIF, binary AIGER and Verilog and prove
 * each equivalent ({@code cec}) to a reference built from simulated truth tables; we must read
 * the BLIF and AIGER ABC writes. ABC's {@code cec} matches inputs and outputs by name.
 */
class AbcInteropTest {
    private static final List<String> FORMATS = List.of("blif", "aig", "v");

    @TempDir
    Path dir;

    @BeforeAll
    static void needAbc() {
        Assumptions.assumeTrue(Abc.available(), Abc.BINARY + " is not on PATH: ABC interop tests skipped "
                + "(Debian/Ubuntu: apt-get install berkeley-abc)");
    }

    static Stream<Arguments> circuits() {
        List<Arguments> args = new ArrayList<>();
        args.add(Arguments.of("full adder", TestCircuits.fullAdder()));
        args.add(Arguments.of("parity 5", TestCircuits.parity(5)));
        args.add(Arguments.of("majority", TestCircuits.majority()));
        args.add(Arguments.of("no inputs", TestCircuits.constants()));
        // A third of the round-trip seeds: each case starts ABC, and the suite must stay fast.
        for (long seed : TestCircuits.seeds().subList(0, 14)) {
            args.add(Arguments.of("random " + seed, TestCircuits.random(seed, true)));
            args.add(Arguments.of("random " + seed + " (constant/repeated fan-ins)", TestCircuits.random(seed, false)));
        }
        return args.stream();
    }

    /**
     * Both directions in one ABC run per circuit: ABC proves our BLIF, binary AIGER and Verilog
     * equivalent to the reference, then writes the reference as BLIF (after strash; dc2), binary
     * AIGER with symbols, and collapsed wide SOP BLIF, which we must read to the same function.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("circuits")
    void abcAndWeReadEachOthersFiles(String label, Circuit c) throws Exception {
        Files.writeString(dir.resolve("ref.blif"), TestCircuits.truthTableBlif(c));
        List<String> files = writeAll(c, "impl");
        List<Abc.Verdict> verdicts = Abc.cec(dir, "ref.blif", files,
                "read ref.blif; strash; dc2; write_blif abc.blif; write_aiger -s abc.aig; collapse; write_blif abc_sop.blif");
        for (int k = 0; k < files.size(); k++) {
            Abc.Verdict v = verdicts.get(k);
            String file = files.get(k);
            assertEquals(Abc.Verdict.Kind.EQUIVALENT, v.kind(), () -> label + " as " + file
                    + ": ABC said\n" + v.output() + "\nfor circuit\n" + c);
        }
        for (String abcFile : List.of("abc.blif", "abc.aig", "abc_sop.blif")) {
            Circuit back = CircuitFormats.read(dir.resolve(abcFile));
            assertEquals(c.simulate(), back.simulate(), () -> label + ": ABC's " + abcFile + "\n" + read(abcFile));
            assertEquals(c.inputNames(), back.inputNames(), abcFile);
            assertEquals(c.outputNames(), back.outputNames(), abcFile);
        }
    }

    @Test
    void abcCountsOneNodePerGateInOurBlif() throws Exception {
        // Outputs that plainly name distinct gates need no buffers: ABC's node count is the gate count.
        for (Circuit c : List.of(TestCircuits.fullAdder(), TestCircuits.parity(6))) {
            CircuitFormats.write(c, dir.resolve("count.blif"));
            String out = Abc.run(dir, "read count.blif; print_stats");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("nd =\\s*(\\d+)").matcher(out);
            assertEquals(true, m.find(), out);
            assertEquals(c.size(), Integer.parseInt(m.group(1)), out);
        }
    }

    @Test
    void abcCatchesAWrongCircuitInEveryFormat() throws Exception {
        Circuit right = TestCircuits.fullAdder();
        List<Gate> gates = new ArrayList<>(right.gates());
        gates.set(4, new Gate(TestCircuits.AND, gates.get(4).a(), gates.get(4).b())); // carry: OR -> AND
        Circuit wrong = new Circuit(3, gates, right.outputs(), right.inputNames(), right.outputNames());
        assertNotEquals(right.simulate(), wrong.simulate(), "the mutation must change the function");

        Files.writeString(dir.resolve("ref.blif"), TestCircuits.truthTableBlif(right));
        List<String> files = writeAll(wrong, "wrong");
        List<Abc.Verdict> verdicts = Abc.cec(dir, "ref.blif", files);
        for (Abc.Verdict v : verdicts) {
            assertEquals(Abc.Verdict.Kind.NOT_EQUIVALENT, v.kind(), v.output());
        }
    }

    @Test
    void wideCoversReadAsAbcReadsThem() throws Exception {
        // Random covers over 3-6 inputs, on-set and off-set, with don't cares: ABC judges our decomposition.
        Random r = new Random(2024);
        List<String[]> pairs = new ArrayList<>();
        for (int trial = 0; trial < 20; trial++) {
            int k = 3 + r.nextInt(4);
            StringBuilder blif = new StringBuilder(".model wide\n.inputs");
            for (int i = 0; i < k; i++) {
                blif.append(" i").append(i);
            }
            blif.append("\n.outputs f\n.names");
            for (int i = 0; i < k; i++) {
                blif.append(" i").append(i);
            }
            blif.append(" f\n");
            char value = r.nextBoolean() ? '1' : '0';
            int cubes = r.nextInt(6);
            for (int q = 0; q < cubes; q++) {
                String cube;
                do {
                    StringBuilder cb = new StringBuilder();
                    for (int i = 0; i < k; i++) {
                        cb.append("01--".charAt(r.nextInt(4)));
                    }
                    cube = cb.toString();
                    // This ABC build aborts (Dec_Factor assertion) on a cover holding an all-'-' cube among others.
                } while (cube.equals("-".repeat(k)));
                blif.append(cube).append(' ').append(value).append('\n');
            }
            if (cubes == 0) {
                blif.append("-".repeat(k)).append(" 0\n");
            }
            blif.append(".end\n");
            Files.writeString(dir.resolve("wide" + trial + ".blif"), blif);
            Circuit ours = CircuitFormats.read(dir.resolve("wide" + trial + ".blif"));
            CircuitFormats.write(ours, dir.resolve("ours" + trial + ".blif"));
            pairs.add(new String[] {"wide" + trial + ".blif", "ours" + trial + ".blif"});
        }
        List<Abc.Verdict> verdicts = Abc.cecPairs(dir, pairs, "");
        for (int trial = 0; trial < pairs.size(); trial++) {
            Abc.Verdict v = verdicts.get(trial);
            String file = read(pairs.get(trial)[0]);
            assertEquals(Abc.Verdict.Kind.EQUIVALENT, v.kind(), () -> file + "\n" + v.output());
        }
    }

    private List<String> writeAll(Circuit c, String base) throws Exception {
        List<String> files = new ArrayList<>();
        for (String ext : FORMATS) {
            String name = base + "." + ext;
            CircuitFormats.write(c, dir.resolve(name));
            files.add(name);
        }
        return files;
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
