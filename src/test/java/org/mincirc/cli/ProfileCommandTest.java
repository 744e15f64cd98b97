package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code run} and {@code check} on profile queries: the table, the JSON, the chart, the expectations. */
class ProfileCommandTest {
    private static final String SEED = "instances/lottery/seed-profile.mdp";

    @Test
    void runPrintsTheTableAndProgressPerSize() {
        CliRun r = CliRun.of("run", SEED);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("size  policies  deceptive  circuits  deceptive circuits      all circuits"),
                r.out());
        assertTrue(r.out().contains("\n  2     6         5 (5/6)    8         7 (7/8)                 450\n"), r.out());
        assertTrue(r.out().contains("policies     11 meet the requirements with at most 5 gates"), r.out());
        assertTrue(r.err().contains("profile lottery: size 2: 6 new policies (7 in all) in "), r.err());
        assertTrue(r.err().contains("profile lottery: circuits of size 3: 141 of 11250 qualify"), r.err());
    }

    @Test
    void jsonHasExactCountsAndFractions() throws Exception {
        CliRun r = CliRun.of("run", "--json", "--no-progress", SEED);
        assertEquals(0, r.exit(), r.err());
        JsonNode p = new ObjectMapper().readTree(r.out()).get("results").get(0);
        assertEquals("profile", p.get("kind").asText());
        assertEquals("complete", p.get("status").asText());
        assertEquals(1, p.get("minimum").asInt());
        assertEquals(11, p.get("policies").asInt());
        assertEquals("7/8", p.get("threshold").asText());
        JsonNode two = p.get("levels").get(1);
        assertEquals(2, two.get("size").asInt());
        assertEquals(6, two.get("policies").asInt());
        assertEquals("5/6", two.get("satisfying").get("deceptive").get("fraction").asText());
        assertEquals(7, two.get("satisfying").get("deceptive").get("circuits").asLong());
        assertEquals(450, two.get("circuits").get("all").asLong());
        assertEquals(6, two.get("policyCircuits").size());
        for (JsonNode c : two.get("policyCircuits")) {
            assertEquals(2, c.get("size").asInt(), c.toString());
        }
    }

    private static org.w3c.dom.Document parseSvg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(file.toFile());
    }

    @Test
    void plotWritesAnSvgChartWithOneMarkerPerPoint(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("run", "--no-progress", "--plot", dir.toString(), SEED);
        assertEquals(0, r.exit(), r.err());
        Path svg = dir.resolve("seed-profile.lottery.svg");
        assertTrue(Files.exists(svg), r.err());
        Element root = parseSvg(svg).getDocumentElement();
        assertEquals("svg", root.getTagName());
        // Policies: sizes 1-4 (size 5 has none, so no fraction); circuits: sizes 1-5; two legend markers.
        assertEquals(4 + 5 + 2, root.getElementsByTagName("ellipse").getLength());
    }

    @Test
    void thePlotClauseIsRelativeToTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.mdp");
        Files.writeString(file, """
                interface { inputs x0 x1; actions a = 0, b = 1; }
                mdp M { horizon 1;
                  state s0 code 00 init 1/2 { a -> reward 1; b -> reward 0; }
                  state s1 code 11 init 1/2 { a -> reward 0; b -> reward 1; } }
                profile p { target M; require return >= optimal; up to size 2; plot "charts/p.svg"; }
                """);
        CliRun r = CliRun.of("run", "--no-progress", file.toString());
        assertEquals(0, r.exit(), r.err());
        Path svg = dir.resolve("charts/p.svg");
        assertTrue(Files.exists(svg), r.err());
        // No predicate: the policy counts per size. The care codes are 00 and 11 only, where x0
        // and x1 agree: one policy, of size 0. Three points and one legend marker.
        assertEquals(3 + 1, parseSvg(svg).getDocumentElement().getElementsByTagName("ellipse").getLength());
        assertTrue(r.out().contains("\n  0     1\n  1     0\n  2     0\n"), r.out());
        CliRun check = CliRun.of("check", file.toString());
        assertEquals(0, check.exit(), check.out());
    }

    @Test
    void aWrongExpectationFails(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(SEED))
                .replace("expect profile[2].deceptive = 5/6;", "expect profile[2].deceptive = 2/3;")
                .replace("expect profile[5].policies = 0;", "expect profile[6].policies = 0;");
        Path file = dir.resolve("mutated.mdp");
        Files.writeString(file, text);
        CliRun r = CliRun.of("check", file.toString());
        assertNotEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("profile[2].deceptive"), r.out());
        assertTrue(r.out().contains("profile[6].policies"), r.out());
        assertTrue(r.out().contains("1 failed"), r.out());
    }

    /** Cut short by the time limit: the settled sizes are exact, the profile says incomplete, check says TIMEOUT. */
    @Test
    void aTimeLimitStopsItCleanly() {
        String file = "instances/lottery/majority-profile.mdp";
        CliRun run = CliRun.of("run", "--no-progress", "--timeout", "1", file);
        assertTrue(run.out().contains("status       incomplete"), run.out());
        assertTrue(run.out().contains("why          time ran out"), run.out());
        CliRun check = CliRun.of("check", "--timeout", "1", file);
        assertNotEquals(0, check.exit(), check.out());
        assertTrue(check.out().contains("TIMEOUT"), check.out());
        assertTrue(check.out().contains("time ran out"), check.out());
    }
}
