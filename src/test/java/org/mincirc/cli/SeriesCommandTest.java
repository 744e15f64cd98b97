package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} and {@code check} on the crossover series: the table, the JSON, the charts, a failing member. */
class SeriesCommandTest {
    private static final String FILE = "instances/lookup/crossover.mdp";

    @Test
    void runPrintsOneRowPerValueAndProgressPerMember(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("run", "--plot", dir.toString(), FILE);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  n   status   size  depth  policies  rule_everywhere  seconds\n"), r.out());
        assertTrue(r.out().contains("\n  3   optimal  2     2      2         some 1/2  "), r.out());
        assertTrue(r.out().contains("\n  5   optimal  3     3      4         some 1/4   "), r.out());
        assertTrue(r.err().contains("series crossover: n = 16 (Train_n16)"), r.err());
        // --plot DIR takes the clause's file name.
        assertTrue(Files.exists(dir.resolve("crossover.svg")), r.err());
        assertTrue(Files.exists(dir.resolve("crossover-3bits.svg")), r.err());
    }

    @Test
    void jsonHasTheMemberSolvesInOrder() throws Exception {
        CliRun r = CliRun.of("run", "--json", "--no-progress", FILE);
        assertEquals(0, r.exit(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out()).get("results").get(0);
        assertEquals("series", s.get("kind").asText());
        assertEquals("n", s.get("parameter").asText());
        JsonNode members = s.get("members");
        assertEquals(16, members.size());
        JsonNode three = members.get(2);
        assertEquals("crossover.Train_n3", three.get("query").asText());
        assertEquals("solve", three.get("kind").asText());
        assertEquals("3", three.get("value").asText());
        assertEquals(2, three.get("size").asInt());
        assertEquals("some", three.get("predicates").get("rule_everywhere").asText());
        assertEquals("1/2", three.get("fractions").get("rule_everywhere").asText());
    }

    @Test
    void aFailingMemberIsNamedInCheck(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("crossover.mdp");
        Files.writeString(copy, Files.readString(Path.of(FILE)).replace("expect Train_n4.size = 2;",
                "expect Train_n4.size = 3;"));
        CliRun r = CliRun.of("check", copy.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("expect Train_n4.size = 3: got 2"), r.out());
        assertTrue(r.out().contains("1 passed, 1 failed"), r.out());
    }
}
