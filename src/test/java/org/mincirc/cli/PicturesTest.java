package org.mincirc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} draws each circuit as SVG with Graphviz when it is installed, and says so when not. */
class PicturesTest {
    private static final Path SEED = Path.of("instances/hubinger/seed.mdp");

    @AfterEach
    void forgetOverride() {
        System.clearProperty(Graphviz.PROPERTY);
        Graphviz.forget();
    }

    @Test
    void everyDotFileGetsItsPictureWhenGraphvizIsHere(@TempDir Path out) throws Exception {
        assumeTrue(Graphviz.unavailability().isEmpty(), "Graphviz's dot is not installed here");
        CliRun r = CliRun.of("run", "--no-progress", "--out", out.toString(), SEED.toString());
        assertEquals(0, r.exit(), r.err());
        List<Path> dots = list(out, ".dot");
        assertFalse(dots.isEmpty());
        for (Path dot : dots) {
            String name = dot.getFileName().toString();
            Path svg = out.resolve(name.substring(0, name.length() - 4) + ".svg");
            String picture = Files.readString(svg);
            assertTrue(picture.contains("<svg"), svg + " is an SVG picture");
            // Every gate label of the DOT file is drawn.
            for (String op : List.of("XOR", "AND", "OR")) {
                assertEquals(Files.readString(dot).contains(op), picture.contains(op), op + " in " + svg);
            }
        }
        assertTrue(r.err().contains(",svg}"), r.err());
    }

    @Test
    void withoutGraphvizTheOtherFormatsAreWrittenAndOneLineSaysWhy(@TempDir Path out) throws Exception {
        System.setProperty(Graphviz.PROPERTY, out.resolve("no-such-dot").toString());
        Graphviz.forget();
        CliRun r = CliRun.of("run", "--no-progress", "--out", out.toString(), SEED.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(list(out, ".svg").isEmpty());
        assertFalse(list(out, ".dot").isEmpty());
        assertEquals(1, r.err().lines().filter(l -> l.contains("apt-get install graphviz")).count(), r.err());
    }

    @Test
    void synthRefusesAnSvgTargetInOneLineWithoutGraphviz(@TempDir Path out) {
        System.setProperty(Graphviz.PROPERTY, out.resolve("no-such-dot").toString());
        Graphviz.forget();
        SynthCommandTest.Run r = SynthCommandTest.run("--tt", "E8", "--inputs", "3", "--out",
                out.resolve("maj.svg").toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("graphviz"), r.err());
    }

    @Test
    void synthDrawsTheCircuitItFound(@TempDir Path out) throws Exception {
        assumeTrue(Graphviz.unavailability().isEmpty(), "Graphviz's dot is not installed here");
        Path svg = out.resolve("maj.svg");
        SynthCommandTest.Run r = SynthCommandTest.run("--tt", "E8", "--inputs", "3", "--no-progress", "--out",
                svg.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    private static List<Path> list(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
