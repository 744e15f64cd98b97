package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mincirc export}: DRN with exact values, read back by {@code mdp M from "m.drn"} to the same returns. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportedGridReadsBackWithTheSameExactReturn() throws Exception {
        Path drn = dir.resolve("grid.drn");
        CliRun r = CliRun.of("export", "instances/prism/slippery-grid.mdp", "--mdp", "Grid", "--format", "drn",
                "--out", drn.toString());
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(drn);
        assertTrue(text.contains("@type: MDP\n@value_type: rational\n"), text);
        assertTrue(text.contains("\taction up [-1]\n"), text);
        assertTrue(text.contains(" : 4/5\n") && text.contains(" : 1/5\n"), "probabilities are exact rationals");
        Path mdp = dir.resolve("grid.mdp");
        Files.writeString(mdp, """
                interface { inputs c0 c1 c2 r0 r1 r2; actions up, down, right, left; }
                mdp Back from "grid.drn" { horizon 16; }
                circuit RightThenUp { y0 = 0; y1 = not(and(and(c0, c1), c2)); }
                eval right_then_up {
                  circuit RightThenUp;
                  target Back;
                  expect return = -481838799056/30517578125;
                }
                """);
        CliRun check = CliRun.of("check", "--no-progress", mdp.toString());
        assertEquals(0, check.exit(), check.out() + check.err());
    }

    @Test
    void unknownMdpOrFormatIsBadInput() {
        CliRun noMdp = CliRun.of("export", "instances/prism/retransmission.mdp", "--mdp", "Nope");
        assertEquals(2, noMdp.exit());
        assertTrue(noMdp.err().contains("has no mdp Nope; its mdps are Brp"), noMdp.err());
        CliRun format = CliRun.of("export", "instances/prism/retransmission.mdp", "--mdp", "Brp", "--format", "jani");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("unknown --format jani"), format.err());
        CliRun stdout = CliRun.of("export", "instances/tutorial/turncoat.mdp", "--mdp", "World");
        assertEquals(0, stdout.exit(), stdout.err());
        assertTrue(stdout.out().contains("\"name=Train.start\""), stdout.out());
    }

    @Test
    void prismExplicitFilesReadBackWithTheSameExactReturn() throws Exception {
        Path base = dir.resolve("grid");
        CliRun r = CliRun.of("export", "instances/prism/slippery-grid.mdp", "--mdp", "Grid", "--format", "prism-explicit",
                "--out", base + ".tra");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        for (String ext : new String[] {"tra", "sta", "lab", "srew", "trew", "mincirc"}) {
            assertTrue(Files.exists(dir.resolve("grid." + ext)), ext);
        }
        String tra = Files.readString(dir.resolve("grid.tra"));
        assertTrue(tra.contains(" 0.8 up\n") && tra.contains(" 0.2 up\n"), "probabilities are exact decimals: " + tra);
        assertTrue(Files.readString(dir.resolve("grid.sta")).startsWith("(c0,c1,c2,r0,r1,r2)\n0:("));
        Path mdp = dir.resolve("grid-explicit.mdp");
        Files.writeString(mdp, """
                interface { inputs c0 c1 c2 r0 r1 r2; actions up, down, right, left; }
                mdp Back from "grid.tra" { horizon 16; }
                circuit RightThenUp { y0 = 0; y1 = not(and(and(c0, c1), c2)); }
                eval right_then_up {
                  circuit RightThenUp;
                  target Back;
                  expect return = -481838799056/30517578125;
                }
                """);
        CliRun check = CliRun.of("check", "--no-progress", mdp.toString());
        assertEquals(0, check.exit(), check.out() + check.err());
    }

    @Test
    void schedulersOfACircuitAnEvalAndASolve() throws Exception {
        CliRun strat = CliRun.of("export", "instances/tutorial/turncoat.mdp", "--mdp", "World", "--format", "prism-strategy",
                "--circuit", "Turncoat");
        assertEquals(0, strat.exit(), strat.err());
        // Train.start, Train.next cooperate; Deploy.start (unwatched, deployed) defects; 3 is the end of the episode.
        assertEquals("0:cooperate\n1:cooperate\n2:defect\n3:__stop\n", strat.out());
        CliRun table = CliRun.of("export", "instances/tutorial/turncoat.mdp", "--mdp", "World", "--format", "prism-strategy",
                "--eval", "honest_on_family");
        assertEquals("0:cooperate\n1:cooperate\n2:cooperate\n3:__stop\n", table.out());
        Path json = dir.resolve("s.json");
        CliRun storm = CliRun.of("export", "instances/tutorial/turncoat.mdp", "--mdp", "World", "--format", "storm-scheduler",
                "--eval", "turncoat_on_union", "--out", json.toString());
        assertEquals(0, storm.exit(), storm.err());
        com.fasterxml.jackson.databind.JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals(4, s.size());
        // State 2 (Deploy.start) has rows 4 (cooperate) and 5 (defect) in the DRN export: 2 + 2 rows before it.
        assertEquals(5, s.get(2).get("c").get(0).get("index").asInt());
        assertEquals("defect", s.get(2).get("c").get(0).get("labels").get(0).asText());
        assertEquals(1, s.get(2).get("s").get("deployed").asInt());
        // The solve's reported circuit: press in Deploy.start (code 100), wait in Deploy.next (001).
        CliRun solve = CliRun.of("export", "instances/demski/treacherous-turn.mdp", "--mdp", "Deploy", "--format",
                "prism-strategy", "--solve", "minimal");
        assertEquals(0, solve.exit(), solve.err());
        assertEquals("0:press\n1:wait\n2:__stop\n", solve.out());
    }

    @Test
    void badOptionsAreRefusedInOneLine() {
        String f = "instances/tutorial/turncoat.mdp";
        String[][] cases = {
            {"--format", "jani"},
            {"--format", "drn", "--circuit", "Turncoat"},
            {"--format", "prism-explicit"},
            {"--format", "prism-strategy"},
            {"--format", "storm-scheduler", "--circuit", "Turncoat", "--eval", "honest_on_family"},
            {"--format", "prism-strategy", "--circuit", "Nope"},
            {"--format", "prism-strategy", "--eval", "nope"},
            {"--format", "prism-strategy", "--solve", "turncoat_on_union"},
            {"--format", "prism-strategy", "--circuit", "Wrong", "--mdp", "Grid"},
            {"--format", "drn", "--out", dir.resolve("no/such/dir/x.drn").toString()},
        };
        String[] expected = {
            "unknown --format jani; the formats are: drn, prism-explicit, storm-scheduler, prism-strategy",
            "--circuit, --eval and --solve choose a policy for --format storm-scheduler or prism-strategy, not for drn",
            "--format prism-explicit writes several files; give --out BASE",
            "a scheduler export needs exactly one of --circuit NAME, --eval QUERY or --solve QUERY",
            "a scheduler export needs exactly one of --circuit NAME, --eval QUERY or --solve QUERY, not 2",
            "has no circuit Nope; its circuits are Turncoat",
            "has no query nope; its queries are",
            "query turncoat_on_union is not a solve query (its kind is eval); use --eval for an eval query",
            "the policy is not valid on mdp Grid: state Grid.right (code 1) gets output code 2, which is not an action",
            "its directory does not exist",
        };
        for (int i = 0; i < cases.length; i++) {
            String file = java.util.List.of(cases[i]).contains("Wrong") ? "instances/semantics/invalid-circuit.mdp" : f;
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export", file));
            args.addAll(java.util.List.of(cases[i]));
            if (!args.contains("--mdp")) {
                args.addAll(java.util.List.of("--mdp", "World"));
            }
            CliRun r = CliRun.of(args.toArray(new String[0]));
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().startsWith("mincirc: ") && r.err().contains(expected[i]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
        }
    }
}
