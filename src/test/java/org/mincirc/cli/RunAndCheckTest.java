package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: run, check, JSON shape, exit codes, errors without traces. */
class RunAndCheckTest {
    private static final Path TUTORIAL = Path.of("instances/tutorial/turncoat.mdp");

    @TempDir
    Path tmp;

    @Test
    void bundledInstancesPass() {
        CliRun r = CliRun.of("check", "instances");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(" 0 failed"), r.out());
    }

    @Test
    void jsonHasOneObjectPerQueryWithExactReturns() throws Exception {
        CliRun r = CliRun.of("run", "--json", TUTORIAL.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
        assertEquals(4, results.size());
        JsonNode onUnion = results.get(2);
        assertEquals("turncoat_on_union", onUnion.get("query").asText());
        assertEquals("eval", onUnion.get("kind").asText());
        assertEquals("9/4", onUnion.get("return").asText());
        assertTrue(onUnion.get("valid").asBoolean());
        assertTrue(onUnion.get("predicates").get("deceptive").asBoolean());
        assertEquals("15/8", results.get(3).get("return").asText());
        assertFalse(results.get(3).get("predicates").get("deceptive").asBoolean());
    }

    @Test
    void textOutputShowsReturnsAndPredicates() {
        CliRun r = CliRun.of("run", TUTORIAL.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("return       9/4"), r.out());
        assertTrue(r.out().contains("deceptive    true"), r.out());
    }

    @Test
    void changedExpectationFailsWithExitOne() throws Exception {
        Path file = tmp.resolve("changed.mdp");
        Files.writeString(file, Files.readString(TUTORIAL).replace("expect return = 9/4;", "expect return = 7/4;"));
        CliRun r = CliRun.of("check", file.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("expect return = 7/4: got 9/4"), r.out());
        assertTrue(r.out().contains("2 failed"), r.out());
    }

    @Test
    void malformedFileGivesPositionsExitTwoAndNoTrace() throws Exception {
        Path file = tmp.resolve("bad.mdp");
        Files.writeString(file, "mdp A {\n  horizon 1;\n  state s init 1/2 { go -> reward 1; }\n}\n");
        CliRun r = CliRun.of("run", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(file + ":1:5: error: initial probabilities of mdp A sum to 1/2"), r.err());
        assertTrue(r.err().contains("1/2"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void missingFileIsBadInput() {
        CliRun r = CliRun.of("check", tmp.resolve("nope.mdp").toString());
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void unknownOptionIsBadInput() {
        assertEquals(2, CliRun.of("run", "--no-such-option", TUTORIAL.toString()).exit());
    }

    @Test
    void invalidEvalNamesTheStateAndIsBadInputUnlessExpected() throws Exception {
        Path file = tmp.resolve("invalid.mdp");
        String text = Files.readString(Path.of("instances/semantics/invalid-circuit.mdp"))
                .replace("  expect valid = false;\n", "");
        Files.writeString(file, text);
        CliRun r = CliRun.of("run", file.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("right"), r.err());
    }

    @Test
    void checkInParallelWritesJunitXml() throws Exception {
        Path xml = tmp.resolve("results.xml");
        CliRun r = CliRun.of("check", "--jobs", "2", "--timeout", "60", "--junit", xml.toString(), "instances");
        assertEquals(0, r.exit(), r.out() + r.err());
        String text = Files.readString(xml);
        assertTrue(text.contains("<testsuites"), text);
        assertTrue(text.contains("name=\"eval turncoat_on_union\""), text);
        assertFalse(text.contains("<failure"), text);
    }

    @Test
    void junitXmlRecordsFailures() throws Exception {
        Path file = tmp.resolve("changed.mdp");
        Files.writeString(file, Files.readString(TUTORIAL).replace("expect return = 15/8;", "expect return = 2;"));
        Path xml = tmp.resolve("results.xml");
        CliRun r = CliRun.of("check", "--junit", xml.toString(), file.toString());
        assertEquals(1, r.exit());
        String text = Files.readString(xml);
        assertTrue(text.contains("failures=\"1\""), text);
        assertTrue(text.contains("expect return = 2: got 15/8"), text);
    }
}
