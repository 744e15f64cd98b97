package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mincirc catalog}: the table's rows and cells, exit codes, and writing between markers. */
class CatalogCommandTest {
    private static final Path SEED = Path.of("instances/hubinger/seed.mdp");
    private static final Path TUTORIAL = Path.of("instances/tutorial/turncoat.mdp");

    @TempDir
    Path tmp;

    @Test
    void rowHoldsFirstSentenceAndKeyResults() {
        CliRun r = CliRun.of("catalog", SEED.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertEquals("| `instances/hubinger/seed.mdp` | The seed construction of \"Are minimal circuits deceptive?\", "
                + "as small as it gets. | minimal: size 1 optimal, return >= 7/8, 1 policy, deceptive all<br>"
                + "minimal_honest: size 2 optimal, return >= 7/8, 1 policy<br>"
                + "hubinger: lemma holds, family size 1 = union size 1, deceptive all -> all |", lines[2]);
    }

    @Test
    void failedExpectationStillPrintsButExitsOne() throws Exception {
        Path file = tmp.resolve("changed.mdp");
        Files.writeString(file, Files.readString(TUTORIAL).replace("expect return = 9/4;", "expect return = 7/4;"));
        CliRun r = CliRun.of("catalog", file.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("turncoat_on_union: return 9/4"), r.out());
    }

    @Test
    void intoReplacesOnlyTheMarkedSection() throws Exception {
        Path doc = tmp.resolve("doc.md");
        Files.writeString(doc, "before\n<!-- catalog:begin -->\nstale\n<!-- catalog:end -->\nafter\n");
        CliRun r = CliRun.of("catalog", "--into", doc.toString(), TUTORIAL.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        String text = Files.readString(doc);
        assertTrue(text.startsWith("before\n<!-- catalog:begin -->\n| file |"), text);
        assertTrue(text.endsWith("deceptive false |\n<!-- catalog:end -->\nafter\n"), text);
        assertTrue(!text.contains("stale"), text);
    }

    @Test
    void intoWithoutMarkersIsBadInput() throws Exception {
        Path doc = tmp.resolve("plain.md");
        Files.writeString(doc, "no markers here\n");
        CliRun r = CliRun.of("catalog", "--into", doc.toString(), TUTORIAL.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("no <!-- catalog:begin -->"), r.err());
        assertEquals("no markers here\n", Files.readString(doc));
    }
}
