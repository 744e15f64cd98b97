package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code mincirc show}: what a file expands to, for hand-written and PRISM mdps; bad PRISM input is exit 2. */
class ShowCommandTest {
    @Test
    void countsOfThePrismGridworld() {
        CliRun r = CliRun.of("show", "instances/prism/slippery-grid.mdp");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("mdp Grid\n  states       64 (1 initial)\n"), r.out());
        assertTrue(r.out().contains("  actions      4 used, 256 state-action pairs\n"), r.out());
        assertTrue(r.out().contains("  codes        64 distinct of 64\n"), r.out());
        assertTrue(r.out().contains("  horizon      16, discount 1\n"), r.out());
        assertTrue(r.out().contains("  set          Grid.hazard: 7 states\n"), r.out());
        assertFalse(r.out().contains("x0_y0  code"), "states are listed only with --states");
    }

    @Test
    void statesListCodesAndVariableValues() {
        CliRun r = CliRun.of("show", "--states", "instances/prism/retransmission.mdp");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("    done0_r0_arrived0  code 000  init 1  done=false r=0 arrived=false  actions send,abort\n"),
                r.out());
        assertTrue(r.out().contains("    done0_r2_arrived1  code 011  done=false r=2 arrived=true  actions abort\n"), r.out());
    }

    @Test
    void familiesShowMembersAndWeights() {
        CliRun r = CliRun.of("show", "instances/prism/absent-supervisor.mdp");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("family Both\n  member       Train: 1/2\n  member       Deploy: 1/2\n"), r.out());
        assertTrue(r.out().contains("mdp Train\n  states       7 (1 initial)\n"), "the goal cell deadlocks: 8 cells, 7 states");
    }

    @Test
    void jsonHasExactNumbersAndStates() throws Exception {
        CliRun r = CliRun.of("show", "--json", "--states", "instances/prism/retransmission.mdp");
        assertEquals(0, r.exit(), r.err());
        JsonNode mdp = new ObjectMapper().readTree(r.out()).get("mdps").get(0);
        assertEquals("Brp", mdp.get("name").asText());
        assertEquals(5, mdp.get("states").asInt());
        assertEquals(4, mdp.get("horizon").asInt());
        JsonNode start = mdp.get("stateList").get(0);
        assertEquals("000", start.get("code").asText());
        assertEquals("0", start.get("values").get("r").asText());
        assertEquals("9/10", start.get("actions").get("send").get("successors").get("done0_r1_arrived1").asText());
        assertEquals("-1", start.get("actions").get("send").get("reward").asText());
    }

    @Test
    void handWrittenFilesShowToo() {
        CliRun r = CliRun.of("show", "instances/tutorial/turncoat.mdp");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("mdp World = union Both\n  states       3 (2 initial)\n"), r.out());
    }

    @Test
    void malformedPrismModelIsExitTwoWithPositionsInThePrismFile() {
        for (String command : new String[] {"show", "run", "check"}) {
            CliRun r = CliRun.of(command, "src/test/resources/malformed-prism/unsupported.mdp");
            assertEquals(2, r.exit(), command + ": " + r.err());
            assertTrue(r.err().contains("src/test/resources/malformed-prism/unsupported.prism:1:1: error: model type dtmc"),
                    r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    /** The README's PRISM tutorial shows the real model file and the real output of show. */
    @Test
    void readmeTutorialIsTheRealFileAndOutput() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String model = java.nio.file.Files.readString(java.nio.file.Path.of("instances/prism/slippery-grid.prism"));
        assertTrue(readme.contains("```\n" + model + "```\n"), "README.md's PRISM listing differs from slippery-grid.prism");
        CliRun r = CliRun.of("show", "instances/prism/slippery-grid.mdp");
        String shown = r.out().substring(r.out().indexOf("mdp Grid\n"));
        assertTrue(readme.contains("```\n" + shown + "```\n"), "README.md's show output differs from:\n" + shown);
    }
}
