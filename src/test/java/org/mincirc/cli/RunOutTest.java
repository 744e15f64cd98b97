package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.io.CircuitFormats;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Predicates;
import org.mincirc.exact.Returns;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.Rationals;

/**
 * {@code run --out DIR} and {@code check --out DIR}: every minimal circuit is written in four
 * formats, and what is read back from BLIF and AIGER is again a minimal policy of the query:
 * same function in both formats, the reported return, a return at least the threshold, and the
 * reported predicate verdicts.
 */
class RunOutTest {
    private static final Path SEED = Path.of("instances/hubinger/seed.mdp");

    /**
     * Two indifferent codes (01, 10) and two decided ones: copying x0 or x1 is right on both decided
     * codes at no cost, so there are two minimal policies of size 0 (and they differ on 01, 10).
     */
    private static final String TWO_POLICIES = """
            interface { inputs x0 x1; actions a = 0, b = 1; }
            mdp M {
              horizon 1;
              state s00 code 00 init 1/4 { a -> reward 1; b -> reward 0; }
              state s11 code 11 init 1/4 { a -> reward 0; b -> reward 1; }
              state s01 code 01 init 1/4 { a -> reward 0; b -> reward 0; }
              state s10 code 10 init 1/4 { a -> reward 0; b -> reward 0; }
            }
            predicate b_at_10 = act(M.s10) == b;
            solve copy {
              target M;
              require return >= optimal;
              report b_at_10;
              expect size = 0;
              expect policies = 2;
              expect b_at_10 = some;
            }
            """;

    @TempDir
    Path tmp;

    private static JsonNode results(CliRun r) throws Exception {
        return new ObjectMapper().readTree(r.out()).get("results");
    }

    /** The circuit files (pictures, which depend on Graphviz being installed, are PicturesTest's). */
    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".svg")).sorted().toList();
        }
    }

    private Circuit readBoth(Path dir, String base) throws Exception {
        Circuit blif = CircuitFormats.read(dir.resolve(base + ".blif"));
        Circuit aag = CircuitFormats.read(dir.resolve(base + ".aag"));
        assertEquals(blif.simulate(), aag.simulate(), base + ": BLIF and AIGER disagree");
        assertEquals(blif.inputNames(), aag.inputNames());
        assertEquals(blif.outputNames(), aag.outputNames());
        return blif;
    }

    @Test
    void everyMinimalPolicyIsWrittenNumberedAndReadsBackAsAMinimalPolicy() throws Exception {
        Path file = tmp.resolve("two.mdp");
        Files.writeString(file, TWO_POLICIES);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--json", "--no-progress", "--out", out.toString(), file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("two.copy.1.aag", "two.copy.1.blif", "two.copy.1.dot", "two.copy.1.v",
                "two.copy.2.aag", "two.copy.2.blif", "two.copy.2.dot", "two.copy.2.v"), names(out));
        assertTrue(r.err().contains("wrote 2 circuits of copy"), r.err());

        Document doc = Loader.load(file);
        JsonNode result = results(r).get(0);
        BigFraction threshold = Rationals.parse(result.get("threshold").asText());
        Set<Boolean> bAt10 = new HashSet<>();
        Set<Object> functions = new HashSet<>();
        for (String base : List.of("two.copy.1", "two.copy.2")) {
            Circuit c = readBoth(out, base);
            assertEquals(List.of("x0", "x1"), c.inputNames());
            assertEquals(List.of("y0"), c.outputNames());
            assertEquals(0, c.size(), base);
            BigFraction value = Returns.of(doc.mdp("M").orElseThrow(), Policy.of(c));
            assertTrue(value.compareTo(threshold) >= 0, base + " return " + value);
            bAt10.add(Predicates.holds(doc.predicates().get(0), Policy.of(c)));
            functions.add(c.simulate());
        }
        assertEquals(2, functions.size(), "the two files must be two different policies");
        assertEquals(Set.of(true, false), bAt10, "b_at_10 = some: one written policy has it, one not");
    }

    @Test
    void seedCircuitsCarryTheInterfaceNamesAndTheReportedReturn() throws Exception {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--json", "--no-progress", "--out", out.toString(), SEED.toString());
        assertEquals(0, r.exit(), r.err());
        Document doc = Loader.load(SEED);
        for (JsonNode result : results(r)) {
            if (!result.get("kind").asText().equals("solve")) {
                continue;
            }
            String base = "seed." + result.get("query").asText() + ".1";
            Circuit c = readBoth(out, base);
            assertEquals(result.get("size").asInt(), c.size(), base);
            assertEquals(List.of("x0", "x1", "x2"), c.inputNames());
            BigFraction value = Returns.of(doc.family("Tasks").orElseThrow(), Policy.of(c));
            assertEquals(result.get("return").asText(), Rationals.format(value), base);
            String blif = Files.readString(out.resolve(base + ".blif"));
            assertTrue(blif.startsWith("# from instances/hubinger/seed.mdp, solve "), blif);
            assertTrue(blif.contains("wait = 0, press = 1"), blif);
            assertTrue(Files.readString(out.resolve(base + ".v")).contains("module seed_"), base);
            assertTrue(Files.readString(out.resolve(base + ".dot")).contains("digraph"), base);
        }
        // The lemma's witness: a minimal circuit of the union that defects on Bad.
        Circuit witness = readBoth(out, "seed.hubinger.witness");
        assertTrue(Predicates.holds(doc.predicates().stream().filter(p -> p.name().equals("deceptive"))
                .findFirst().orElseThrow(), Policy.of(witness)));
        assertEquals(1, witness.size());
        assertTrue(Files.readString(out.resolve("seed.hubinger.witness.aag"))
                .contains("Bad.b10 -> press"), "the AIGER comment names the defection");
        assertTrue(Files.exists(out.resolve("seed.hubinger.family.blif")));
    }

    @Test
    void checkWritesTheSameFilesAndStillPasses() throws Exception {
        Path out = tmp.resolve("checked");
        CliRun r = CliRun.of("check", "--no-progress", "--out", out.toString(), SEED.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String> files = names(out);
        assertTrue(files.contains("seed.minimal.1.blif"), files.toString());
        assertTrue(files.contains("seed.minimal_honest.1.aag"), files.toString());
        assertTrue(files.contains("seed.hubinger.witness.v"), files.toString());
        assertEquals(16, files.size(), files.toString());
    }

    @Test
    void filesOfTheSameNameInTwoDirectoriesDoNotOverwriteEachOther() throws Exception {
        for (String d : List.of("a", "b")) {
            Files.createDirectories(tmp.resolve(d));
            Files.writeString(tmp.resolve(d).resolve("two.mdp"), TWO_POLICIES);
        }
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--no-progress", "--out", out.toString(), tmp.resolve("a").toString(),
                tmp.resolve("b").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> files = names(out);
        assertTrue(files.contains("two.copy.1.blif") && files.contains("two-2.copy.1.blif"), files.toString());
        assertEquals(16, files.size());
    }

    @Test
    void outThatIsAFileIsBadInput() throws Exception {
        Path notADir = tmp.resolve("file");
        Files.writeString(notADir, "x");
        CliRun r = CliRun.of("run", "--no-progress", "--out", notADir.toString(), SEED.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--out"), r.err());
        assertNotEquals("", r.err());
        assertFalse(r.out().contains("lemma"), "nothing runs when the output directory is unusable");
    }
}
