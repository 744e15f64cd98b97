package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.lang.drn.DrnWriter;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * Every mdp of every bundled instance (written, unions, PRISM-built) is exported to DRN and
 * read back with {@code mdp R from "x.drn" { ... }}: the same states, codes, initial
 * probabilities, actions, rewards, successor distributions and sets, exactly.
 */
class DrnRoundTripTest {
    @TempDir
    static Path dir;

    static List<Document> instances() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("instances"))) {
            List<Document> docs = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".mdp")).sorted().toList()) {
                try {
                    docs.add(Loader.load(p));
                } catch (LoadException e) {
                    throw new AssertionError(e.getMessage());
                }
            }
            return docs;
        }
    }

    /** The mdp as comparable text: per state its code, init and per action reward and successors by name. */
    static List<String> describe(Mdp mdp, Document doc) {
        List<String> out = new ArrayList<>();
        for (State s : mdp.states()) {
            StringBuilder sb = new StringBuilder(s.name() + " code " + doc.iface().formatCode(s.code()) + " init "
                    + Rationals.format(s.init()));
            for (Transition t : s.transitions()) {
                Map<String, BigFraction> succ = new TreeMap<>();
                for (Successor x : t.successors()) {
                    succ.merge(x.stops() ? "stop" : mdp.state(x.state()).name(), x.probability(), BigFraction::add);
                }
                if (t.successors().isEmpty()) {
                    succ.put("stop", BigFraction.ONE);
                }
                sb.append(" | ").append(t.action().name()).append(" r ").append(Rationals.format(t.reward()));
                succ.forEach((k, v) -> sb.append(' ').append(k).append(':').append(Rationals.format(v)));
            }
            out.add(sb.toString());
        }
        Map<String, List<String>> sets = new LinkedHashMap<>();
        mdp.sets().forEach((k, v) -> {
            if (!v.isEmpty()) {
                sets.put(k, v.stream().map(i -> mdp.state(i).name()).toList());
            }
        });
        out.add("sets " + new TreeMap<>(sets));
        return out;
    }

    static String interfaceText(Document doc) {
        return "interface { inputs " + String.join(" ", doc.iface().inputs()) + "; actions "
                + String.join(", ", doc.iface().actions().stream().map(a -> a.name() + " = " + a.code()).toList()) + "; }\n";
    }

    @TestFactory
    Stream<DynamicTest> everyInstanceMdpSurvivesTheRoundTrip() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Document doc : instances()) {
            for (Mdp mdp : doc.mdps()) {
                int k = n++;
                tests.add(DynamicTest.dynamicTest(doc.file() + " " + mdp.name(), () -> {
                    Path drn = dir.resolve("m" + k + ".drn");
                    Files.writeString(drn, DrnWriter.write(mdp, doc.iface(), doc.file()));
                    String clock = (mdp.horizon().isPresent() ? "horizon " + mdp.horizon().getAsInt() + "; " : "")
                            + "discount " + Rationals.format(mdp.discount()) + ";";
                    Path back = dir.resolve("m" + k + ".mdp");
                    Files.writeString(back, interfaceText(doc) + "mdp R from \"m" + k + ".drn\" { " + clock + " }\n");
                    Document read;
                    try {
                        read = Loader.load(back);
                    } catch (LoadException e) {
                        throw new AssertionError(Files.readString(drn) + "\n" + e.getMessage());
                    }
                    Mdp r = read.mdp("R").orElseThrow();
                    assertEquals(describe(mdp, doc), describe(r, read));
                    assertEquals(mdp.horizon(), r.horizon());
                    assertEquals(0, mdp.discount().compareTo(r.discount()));
                }));
            }
        }
        assertTrue(tests.size() >= 30, "only " + tests.size() + " mdps");
        return tests.stream();
    }

    @Test
    void drnFromElsewhereNeedsCodesAndNamedActions() throws IOException {
        Files.writeString(dir.resolve("storm.drn"), """
                // Exported by storm
                @type: MDP
                @parameters

                @reward_models
                coinflips
                @nr_states
                2
                @nr_choices
                2
                @model
                state 0 [1/2] init "code=0"
                \taction 0 [1]
                \t\t1 : 0.5
                \t\t0 : 0.5
                state 1 [0] goal
                \taction 0 [0]
                \t\t1 : 1
                """);
        Path mdp = dir.resolve("storm.mdp");
        Files.writeString(mdp, "interface { inputs x0; actions go; }\nmdp S from \"storm.drn\" { horizon 2; }\n");
        LoadException e = org.junit.jupiter.api.Assertions.assertThrows(LoadException.class, () -> Loader.load(mdp));
        assertEquals(List.of(dir.resolve("storm.drn") + ":16:1: error: state 1 has no \"code=...\" label; mincirc needs "
                + "each state's code (1 digit 0/1, one per input)"), e.diagnostics().stream().map(Diagnostic::format).toList());
        Files.writeString(dir.resolve("storm.drn"), Files.readString(dir.resolve("storm.drn"))
                .replace("state 1 [0] goal", "state 1 [0] goal \"code=1\"").replace("action 0", "action go"));
        Document doc;
        try {
            doc = Loader.load(mdp);
        } catch (LoadException x) {
            throw new AssertionError(x.getMessage());
        }
        Mdp s = doc.mdp("S").orElseThrow();
        assertEquals(List.of("s0", "s1"), s.states().stream().map(State::name).toList());
        // state reward 1/2 plus choice reward 1; decimals are exact
        assertEquals(BigFraction.of(3, 2), s.state(0).transitions().get(0).reward());
        assertEquals(BigFraction.of(1, 2), s.state(0).transitions().get(0).successors().get(0).probability());
        assertEquals(List.of(1), s.sets().get("goal"));
        assertFalse(s.sets().containsKey("init"));
    }
}
