package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mincirc.solver.BackendRegistry;
import org.mincirc.solver.cadical.CadicalLibrary;
import org.mincirc.solver.cryptominisat.CryptoMiniSatLibrary;

/**
 * Choosing a backend on the command line: a native one that cannot load is refused in one line
 * with exit 2, the default falls back to what runs, and every answer names its backend.
 */
class BackendChoiceTest {
    private static final String PARITY = "instances/circuits/parity-bandit.mdp";

    @Test
    void anUnloadableNativeBackendIsOneLineAndExitTwoAndTheDefaultFallsBack() throws Exception {
        System.setProperty(CadicalLibrary.SIMULATE_FAILURE, "libcadical.a not found: apt-get install libcadical-dev");
        System.setProperty(CryptoMiniSatLibrary.SIMULATE_FAILURE, "libcryptominisat5.so not found");
        try {
            for (String backend : List.of("cadical", "cryptominisat")) {
                CliRun r = CliRun.of("run", "--backend", backend, PARITY);
                assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
                List<String> lines = r.err().lines().toList();
                assertEquals(1, lines.size(), r.err());
                assertTrue(lines.get(0).startsWith("mincirc: the " + backend + " backend is not available here: "),
                        lines.get(0));
                assertTrue(lines.get(0).endsWith("; use --backend sat4j"), lines.get(0));
                CliRun s = CliRun.of("synth", "--backend", backend, "--inputs", "2", "--tt", "6");
                assertEquals(ExitCodes.BAD_INPUT, s.exit(), s.err());
                assertEquals(1, s.err().lines().count(), s.err());
            }
            String fallback = BackendRegistry.defaultFor(org.mincirc.solver.Workload.POLICY);
            assertFalse(fallback.equals("cadical") || fallback.equals("cryptominisat"), fallback);
            CliRun run = CliRun.of("run", "--json", "--no-progress", PARITY);
            assertEquals(0, run.exit(), run.err());
            assertEquals(fallback, new ObjectMapper().readTree(run.out()).get("backend").asText());
        } finally {
            System.clearProperty(CadicalLibrary.SIMULATE_FAILURE);
            System.clearProperty(CryptoMiniSatLibrary.SIMULATE_FAILURE);
        }
    }

    @Test
    void answersNameTheirBackendInJsonAndInProgressLines() throws Exception {
        String chosen = BackendRegistry.defaultFor(org.mincirc.solver.Workload.CIRCUIT);
        CliRun synth = CliRun.of("synth", "--json", "--inputs", "3", "--tt", "e8");
        assertEquals(0, synth.exit(), synth.err());
        JsonNode j = new ObjectMapper().readTree(synth.out());
        assertEquals(chosen, j.get("backend").asText());
        assertTrue(synth.err().contains("ssv on " + chosen), synth.err());
        CliRun run = CliRun.of("run", "--json", "--backend", "sat4j", PARITY);
        assertEquals("sat4j", new ObjectMapper().readTree(run.out()).get("backend").asText());
        assertTrue(run.err().contains("on sat4j)"), run.err());
    }

    @Test
    void backendsListsTheRegistryWithTheDefault() throws Exception {
        CliRun r = CliRun.of("backends", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertEquals(BackendRegistry.names().size(), all.size());
        int defaults = 0;
        for (JsonNode b : all) {
            defaults += b.get("defaultFor").size();
            assertEquals(b.get("available").asBoolean(), b.get("reason").isNull(), b.toString());
        }
        assertEquals(2, defaults, "one default for synth, one for run and check");
    }
}
