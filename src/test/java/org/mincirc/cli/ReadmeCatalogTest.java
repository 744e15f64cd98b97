package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mincirc.report.MarkedSection;

/**
 * The README shows generated output; these tests fail as soon as it drifts from what the tool
 * prints now (regenerate with {@code ./mincirc catalog --into README.md instances}).
 */
class ReadmeCatalogTest {
    private static final Path README = Path.of("README.md");

    @Test
    void readmeTableIsWhatCatalogPrints() throws Exception {
        CliRun r = CliRun.of("catalog", "instances");
        assertEquals(0, r.exit(), r.err());
        String inReadme = new MarkedSection("catalog").extract(Files.readString(README))
                .orElseThrow(() -> new AssertionError("README.md lacks the catalog markers"));
        assertEquals(r.out(), inReadme,
                "README.md's instance table is out of date: run ./mincirc catalog --into README.md instances");
    }

    @Test
    void readmeLemmaExampleIsRealOutput() throws Exception {
        String block = new MarkedSection("lemma-example").extract(Files.readString(README))
                .orElseThrow(() -> new AssertionError("README.md lacks the lemma-example markers"));
        String output = block.replace("```\n", "");
        assertTrue(output.startsWith("lemma hubinger"), block);
        CliRun r = CliRun.of("run", "--no-progress", "instances/hubinger/seed.mdp");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(output), "README.md's lemma example differs from the output of\n"
                + "./mincirc run --no-progress instances/hubinger/seed.mdp:\n" + r.out());
    }

    @Test
    void readmeProfileExampleIsRealOutput() throws Exception {
        String block = new MarkedSection("profile-example").extract(Files.readString(README))
                .orElseThrow(() -> new AssertionError("README.md lacks the profile-example markers"));
        String output = block.replace("```\n", "");
        assertTrue(output.startsWith("profile lottery"), block);
        CliRun r = CliRun.of("run", "--no-progress", "instances/lottery/seed-profile.mdp");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith(output), "README.md's profile example differs from the output of\n"
                + "./mincirc run --no-progress instances/lottery/seed-profile.mdp:\n" + r.out());
    }
}
