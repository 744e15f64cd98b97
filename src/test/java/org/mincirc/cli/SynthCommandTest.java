package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.circuit.TruthTable;
import picocli.CommandLine;

class SynthCommandTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SynthCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void textOutputShowsStatusSizeDepthBoundAndGates() {
        Run r = run("--tt", "e8", "--inputs", "3", "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("status: optimal"));
        assertTrue(r.out().contains("size: 4"));
        assertTrue(r.out().contains("lower bound: 4"));
        assertTrue(r.out().contains("y0 = "));
        assertEquals("", r.err());
    }

    @Test
    void progressGoesToStderrOneLinePerQuestion() {
        Run r = run("--tt", "e8", "--inputs", "3");
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("k=3: unsat"), r.err());
        assertTrue(r.err().contains("k=4: sat"), r.err());
    }

    @Test
    void jsonHasTheAgreedFieldsAndACircuitThatComputesTheFunction() throws Exception {
        Run r = run("--tt", "96", "--tt", "e8", "--inputs", "3", "--json", "--no-progress");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("optimal", j.get("status").asText());
        assertEquals(5, j.get("size").asInt());
        assertEquals(5, j.get("cost").asInt());
        assertEquals(5, j.get("lowerBound").asInt());
        assertTrue(j.get("depth").asInt() >= 2);
        assertEquals(List.of(0, 1, 2, 3, 4), toInts(j.get("proofs"))); // 0, 1 by the support bound
        assertTrue(j.get("seconds").asDouble() >= 0);
        Circuit c = fromJson(j.get("circuit"));
        assertEquals(TruthTable.fromHex("96", 3), c.simulate().get(0));
        assertEquals(TruthTable.fromHex("e8", 3), c.simulate().get(1));
    }

    private static List<Integer> toInts(JsonNode array) {
        List<Integer> list = new java.util.ArrayList<>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }

    private static Circuit fromJson(JsonNode c) {
        List<Gate> gates = new java.util.ArrayList<>();
        for (JsonNode g : c.get("gates")) {
            gates.add(new Gate(g.get("table").asInt(), g.get("fanins").get(0).asInt(), g.get("fanins").get(1).asInt()));
        }
        List<Integer> outs = new java.util.ArrayList<>();
        for (JsonNode o : c.get("outputs")) {
            outs.add(Lit.of(o.get("node").asInt(), o.get("complemented").asBoolean()));
        }
        return new Circuit(c.get("inputs").asInt(), gates, outs);
    }

    @Test
    void everyEncodingChoiceGivesTheSameProvenMinimumAndSaysWhichDecided() throws Exception {
        // 4-input majority 0xE880 needs 7 gates; k = 6 is where the fences take over under auto.
        for (String encoding : List.of("ssv", "fence", "auto")) {
            Run r = run("--tt", "E880", "--inputs", "4", "--encoding", encoding, "--threads", "2", "--json",
                    "--backend", "sat4j");
            assertEquals(0, r.exit(), r.err());
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertEquals(7, json.get("size").asInt(), encoding);
            assertEquals("optimal", json.get("status").asText());
            JsonNode last = json.get("attempts").get(json.get("attempts").size() - 1);
            String decider = last.get("encoding").asText();
            String options = last.get("options").asText();
            switch (encoding) {
                case "ssv" -> assertFalse(options.contains("fences"), options);
                case "fence" -> {
                    assertEquals("ssv-fence", decider);
                    assertFalse(options.contains("raced"), options);
                }
                default -> {
                    // The race: whichever of the whole formula and the fences answered first is named.
                    assertTrue(decider.equals("ssv") || decider.equals("ssv-fence"), decider);
                    assertTrue(options.contains("fences raced by the whole formula"), options);
                }
            }
        }
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoStackTrace() {
        for (String[] args : List.of(
                new String[] {"--tt", "1e8", "--inputs", "3"},
                new String[] {"--tt", "e8g", "--inputs", "3"},
                new String[] {"--tt", "e8", "--inputs", "0"},
                new String[] {"--tt", "e8", "--inputs", "40"},
                new String[] {"--tt", "8", "--inputs", "1"},
                new String[] {"--tt", "e8", "--inputs", "3", "--basis", "nand"},
                new String[] {"--tt", "e8", "--inputs", "3", "--minimize", "area"},
                new String[] {"--tt", "e8", "--inputs", "3", "--encoding", "dag"},
                new String[] {"--tt", "e8", "--inputs", "3", "--threads", "0"},
                new String[] {"--inputs", "3"})) {
            Run r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + " -> " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
        assertEquals(2, run("--tt", "e8").exit()); // --inputs missing: picocli's usage error
    }

    @Test
    void timeoutGivesUnknownAndExitThreeWithABestCircuit() throws Exception {
        Run r = run("--tt", "fee8", "--inputs", "4", "--timeout", "0.2", "--json", "--no-progress");
        assertEquals(3, r.exit());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("unknown", j.get("status").asText());
        Circuit c = fromJson(j.get("circuit"));
        assertEquals(TruthTable.fromHex("fee8", 4), c.simulate().get(0));
        assertTrue(j.get("lowerBound").asInt() <= 7);
    }

    @Test
    void batchPrintsOneJsonObjectPerFunctionInOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tts.txt");
        Files.writeString(file, "# comment\n6996\n\n8000\n  e8e8\n");
        Run r = run("--batch", file.toString(), "--inputs", "4", "--json", "--no-progress");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length);
        ObjectMapper m = new ObjectMapper();
        assertEquals(3, m.readTree(lines[0]).get("size").asInt());
        assertEquals(3, m.readTree(lines[1]).get("size").asInt());
        assertEquals(4, m.readTree(lines[2]).get("size").asInt());
        Files.writeString(file, "6996\nxyz\n");
        assertEquals(2, run("--batch", file.toString(), "--inputs", "4", "--json").exit());
    }

    @Test
    void parallelBatchGivesTheSameAnswersInTheSameOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tts.txt");
        // Different difficulties, so parallel runs finish out of order.
        Files.writeString(file, "e880\n6996\n1668\n8000\ne8e8\n0356\n");
        Run one = run("--batch", file.toString(), "--inputs", "4", "--json", "--no-progress");
        Run two = run("--batch", file.toString(), "--inputs", "4", "--json", "--no-progress", "--jobs", "2");
        assertEquals(0, two.exit(), two.err());
        ObjectMapper m = new ObjectMapper();
        String[] a = one.out().strip().split("\n");
        String[] b = two.out().strip().split("\n");
        assertEquals(6, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(m.readTree(a[i]).get("size"), m.readTree(b[i]).get("size"), "line " + i);
            assertEquals("optimal", m.readTree(b[i]).get("status").asText());
        }
        assertEquals(7, m.readTree(b[0]).get("size").asInt());
        assertEquals(2, run("--batch", file.toString(), "--inputs", "4", "--jobs", "0").exit());
    }
}
