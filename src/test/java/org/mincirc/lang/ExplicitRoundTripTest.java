package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.lang.explicit.ExactDecimal;
import org.mincirc.lang.explicit.ExplicitWriter;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;

/**
 * Every mdp of every bundled instance is exported as PRISM explicit files and read back with
 * {@code mdp R from "x.tra" { ... }}: the same states, names, codes, initial probabilities,
 * actions, rewards, successor distributions and sets, exactly. Files as PRISM itself writes
 * them (no .mincirc file, decimals, header comments) read too.
 */
class ExplicitRoundTripTest {
    @TempDir
    static Path dir;

    private static void writeAll(Map<String, String> files, String base) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(base + "." + f.getKey()), f.getValue());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInstanceMdpSurvivesTheRoundTrip() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Document doc : DrnRoundTripTest.instances()) {
            for (Mdp mdp : doc.mdps()) {
                int k = n++;
                tests.add(DynamicTest.dynamicTest(doc.file() + " " + mdp.name(), () -> {
                    Map<String, String> files = ExplicitWriter.write(mdp, doc.iface(), doc.file());
                    assertEquals(ExplicitWriter.EXTENSIONS, List.copyOf(files.keySet()));
                    writeAll(files, "e" + k);
                    String clock = (mdp.horizon().isPresent() ? "horizon " + mdp.horizon().getAsInt() + "; " : "")
                            + "discount " + Rationals.format(mdp.discount()) + ";";
                    Path back = dir.resolve("e" + k + ".mdp");
                    Files.writeString(back, DrnRoundTripTest.interfaceText(doc) + "mdp R from \"e" + k + ".tra\" { " + clock
                            + " reward \"reward\"; }\n");
                    Document read;
                    try {
                        read = Loader.load(back);
                    } catch (LoadException e) {
                        throw new AssertionError(files.get("tra") + "\n" + e.getMessage());
                    }
                    Mdp r = read.mdp("R").orElseThrow();
                    assertEquals(DrnRoundTripTest.describe(mdp, doc), DrnRoundTripTest.describe(r, read));
                    // Empty sets survive too (a .lab file declares every label).
                    assertEquals(mdp.sets().keySet(), r.sets().keySet());
                    assertTrue(files.get("mincirc").contains("horizon " + (mdp.horizon().isPresent()
                            ? mdp.horizon().getAsInt() : "infinite") + "\ndiscount " + Rationals.format(mdp.discount()) + "\n"));
                }));
            }
        }
        assertTrue(tests.size() >= 30, "only " + tests.size() + " mdps");
        return tests.stream();
    }

    @Test
    void numbersAreExactDecimalsOrFractionsNeverRounded() {
        assertEquals("0.8", ExactDecimal.format(BigFraction.of(4, 5)));
        assertEquals("-0.0009765625", ExactDecimal.format(BigFraction.of(-1, 1024)));
        assertEquals("3", ExactDecimal.format(BigFraction.of(6, 2)));
        assertEquals("1/3", ExactDecimal.format(BigFraction.of(2, 6)));
        assertEquals("-7/30", ExactDecimal.format(BigFraction.of(-7, 30)));
        Random rnd = new Random(4);
        for (int i = 0; i < 2000; i++) {
            BigInteger num = BigInteger.valueOf(rnd.nextInt(2001) - 1000);
            BigInteger den = BigInteger.TWO.pow(rnd.nextInt(12)).multiply(BigInteger.valueOf(5).pow(rnd.nextInt(6)))
                    .multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : 1 + rnd.nextInt(40)));
            BigFraction q = BigFraction.of(num, den);
            String text = ExactDecimal.format(q);
            assertEquals(0, q.compareTo(Rationals.parse(text)), text);
            assertEquals(text.contains("/"), !ExactDecimal.isFiniteDecimal(q), text);
        }
    }

    @Test
    void filesAsPrismWritesThemReadWithoutTheSideFile() throws IOException {
        // The PRISM manual's action-labelled lec12mdpa example, with PRISM's headers, a label
        // file, transition rewards and 0/1 state variables.
        Files.writeString(dir.resolve("lec.tra"), """
                # Transitions (MDP)
                4 5 7
                0 0 1 1 a
                1 0 2 0.5 c
                1 0 3 0.5 c
                1 1 0 0.7 b
                1 1 1 0.3 b
                2 0 2 1 a
                3 0 3 1 a
                """);
        Files.writeString(dir.resolve("lec.sta"), "# States\n(x,y)\n0:(0,0)\n1:(1,0)\n2:(0,1)\n3:(true,true)\n");
        Files.writeString(dir.resolve("lec.lab"), "0=\"init\" 1=\"deadlock\" 2=\"goal\"\n0: 0\n2: 2\n");
        Files.writeString(dir.resolve("lec.trew"), """
                # Reward structure "r"
                # Transition rewards
                4 5 4
                1 0 2 6
                1 0 3 6
                1 1 0 5
                1 1 1 5
                """);
        Path mdp = dir.resolve("lec.mdp");
        Files.writeString(mdp, "interface { inputs x y; actions a = 0, b = 1, c = 2; }\n"
                + "mdp L from \"lec.tra\" { horizon 3; reward \"r\"; }\n");
        Document doc;
        try {
            doc = Loader.load(mdp);
        } catch (LoadException e) {
            throw new AssertionError(e.getMessage());
        }
        Mdp l = doc.mdp("L").orElseThrow();
        assertEquals(List.of("s0", "s1", "s2", "s3"), l.states().stream().map(State::name).toList());
        assertEquals(List.of(0, 1, 2, 3), l.states().stream().map(State::code).toList());
        assertEquals(List.of(BigFraction.ONE, BigFraction.ZERO, BigFraction.ZERO, BigFraction.ZERO),
                l.states().stream().map(State::init).toList());
        // 0.7 is read as exactly 7/10; the reward of choice b of state 1 is 5 on both transitions.
        assertEquals(BigFraction.of(7, 10), l.state(1).transitions().get(1).successors().get(0).probability());
        assertEquals(BigFraction.of(5), l.state(1).transitions().get(1).reward());
        assertEquals(BigFraction.of(6), l.state(1).transitions().get(0).reward());
        assertEquals(BigFraction.ZERO, l.state(0).transitions().get(0).reward());
        assertEquals(List.of(2), l.sets().get("goal"));
        assertFalse(l.sets().containsKey("init") || l.sets().containsKey("deadlock"));
    }
}
