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
}
