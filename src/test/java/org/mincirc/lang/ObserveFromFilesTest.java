package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.lang.drn.DrnWriter;
import org.mincirc.lang.explicit.ExplicitWriter;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;
import org.mincirc.model.Transition;
import org.mincirc.model.Valuations;

/**
 * {@code observe x, y;} for DRN and PRISM explicit files: every PRISM-built instance mdp, exported
 * to DRN (with Storm's state valuations) and to explicit files (with its variables in the .sta
 * file) and read back with the observe list it was built with, has the same states, the same
 * code in every state and the same exact return under random policies; declared ranges keep
 * the codes where the values do not span them, and without them the ranges are the values that
 * occur; a DRN file written the way Storm writes it reads with observe, codes and return checked
 * by hand.
 */
class ObserveFromFilesTest {
    @TempDir
    static Path dir;

    private static Document load(Path file) {
        try {
            return Loader.load(file);
        } catch (LoadException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static final Pattern PRISM_MDP = Pattern.compile("mdp\\s+(\\w+)\\s*(?:\\([^)]*\\))?\\s+from\\s+\"[^\"]+\\.prism\"\\s*\\{([^}]*)\\}");
    private static final Pattern OBSERVE = Pattern.compile("observe\\s+([^;]*);");

    /** The observe list of each PRISM mdp of a .mdp file, as written there (absent: every variable). */
    private static Map<String, String> observeLists(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("//[^\n]*", "");
        Map<String, String> lists = new HashMap<>();
        Matcher m = PRISM_MDP.matcher(text);
        while (m.find()) {
            Matcher o = OBSERVE.matcher(m.group(2));
            if (o.find()) {
                lists.put(m.group(1), o.group(1).trim());
            }
        }
        return lists;
    }

    private static String clock(Mdp mdp) {
        return (mdp.horizon().isPresent() ? "horizon " + mdp.horizon().getAsInt() + "; " : "")
                + "discount " + Rationals.format(mdp.discount()) + ";";
    }

    private static void writeExplicit(Mdp mdp, Document doc, String base) throws IOException {
        for (Map.Entry<String, String> f : ExplicitWriter.write(mdp, doc.iface(), doc.file()).entrySet()) {
            Files.writeString(dir.resolve(base + "." + f.getKey()), f.getValue());
        }
    }

    /** Random table policies: on each code one action every state of that code offers. */
    private static List<Policy> policies(Mdp mdp, long seed, int count) {
        Map<Integer, Set<Integer>> common = new LinkedHashMap<>();
        for (State s : mdp.states()) {
            Set<Integer> actions = s.transitions().stream().map(t -> t.action().code()).collect(Collectors.toCollection(TreeSet::new));
            common.merge(s.code(), actions, (a, b) -> {
                Set<Integer> both = new TreeSet<>(a);
                both.retainAll(b);
                return both;
            });
        }
        Random rnd = new Random(seed);
        List<Policy> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Map<Integer, Integer> table = new HashMap<>();
            common.forEach((code, actions) -> {
                if (!actions.isEmpty()) {
                    List<Integer> list = new ArrayList<>(actions);
                    table.put(code, list.get(rnd.nextInt(list.size())));
                }
            });
            out.add(Policy.ofOutputs(table));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyPrismInstanceReadsBackWithObserve() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Document doc : DrnRoundTripTest.instances()) {
            Map<String, String> lists = observeLists(Path.of(doc.file()));
            for (Mdp mdp : doc.mdps()) {
                if (mdp.valuations().isEmpty()) {
                    continue;
                }
                int k = n++;
                // An instance of a parametrised PRISM mdp (Windy_W3) reads its declaration's list (Windy).
                String declared = lists.containsKey(mdp.name()) ? mdp.name() : mdp.name().replaceAll("_.*", "");
                String observe = lists.getOrDefault(declared, String.join(", ", mdp.valuations().get().variables()));
                tests.add(DynamicTest.dynamicTest(doc.file() + " " + mdp.name() + " observe " + observe, () -> {
                    String drn = DrnWriter.write(mdp, doc.iface(), doc.file());
                    Files.writeString(dir.resolve("v" + k + ".drn"), drn);
                    writeExplicit(mdp, doc, "v" + k);
                    Path back = dir.resolve("v" + k + ".mdp");
                    Files.writeString(back, DrnRoundTripTest.interfaceText(doc)
                            + "mdp D from \"v" + k + ".drn\" { " + clock(mdp) + " observe " + observe + "; }\n"
                            + "mdp E from \"v" + k + ".tra\" { " + clock(mdp) + " observe " + observe + "; reward \"reward\"; }\n");
                    Document read = load(back);
                    for (String name : List.of("D", "E")) {
                        Mdp r = read.mdp(name).orElseThrow();
                        // Same names, codes (computed again from the values), inits, actions, rewards, successors, sets.
                        assertEquals(DrnRoundTripTest.describe(mdp, doc), DrnRoundTripTest.describe(r, read), name);
                        assertEquals(mdp.valuations(), r.valuations(), name);
                        int valid = 0;
                        for (Policy p : policies(mdp, 7 + k, 8)) {
                            if (Returns.isValid(mdp, p)) {
                                valid++;
                                assertEquals(0, Returns.of(mdp, p).compareTo(Returns.of(r, p)), name);
                            } else {
                                assertTrue(!Returns.isValid(r, p), name);
                            }
                        }
                        assertTrue(valid >= 1, "no valid policy on " + mdp.name());
                    }
                    // Exporting what was read gives the same file again: the variables and ranges survive.
                    String again = DrnWriter.write(read.mdp("D").orElseThrow(), read.iface(), doc.file());
                    assertEquals(drn.substring(drn.indexOf('\n')), again.substring(again.indexOf('\n')));
                }));
            }
        }
        assertTrue(tests.size() >= 5, "only " + tests.size() + " PRISM-built mdps");
        return tests.stream();
    }

    private static final String COUNTER = """
            // x is declared -2..5 but only -1..1 are reached; b flips.
            mdp
            module m
              x : [-2..5] init -1;
              b : bool init false;
              [go]   x < 1 -> 1/2 : (x'=x+1) + 1/2 : (b'=!b);
              [stay] true -> true;
            endmodule
            rewards "r"
              [go] true : 1;
              x = 1 : 2;
            endrewards
            """;

    @Test
    void declaredRangesKeepTheCodesAndWithoutThemTheValuesThatOccurCount() throws Exception {
        Files.writeString(dir.resolve("counter.prism"), COUNTER);
        Path src = dir.resolve("counter.mdp");
        Files.writeString(src, "interface { inputs i0 i1 i2 i3; actions go, stay; }\n"
                + "mdp C from \"counter.prism\" { observe x, b; horizon 4; }\n");
        Document doc = load(src);
        Mdp c = doc.mdp("C").orElseThrow();
        Valuations v = c.valuations().orElseThrow();
        assertEquals(List.of("x", "b"), v.variables());
        assertEquals(6, c.states().size());
        for (int i = 0; i < c.states().size(); i++) {
            int x = Integer.parseInt(v.rows().get(i).get(0));
            int b = v.rows().get(i).get(1).equals("true") ? 1 : 0;
            assertEquals((x + 2) | b << 3, c.state(i).code(), "PRISM's rule: x - lo in 3 bits, then b");
        }
        Files.writeString(dir.resolve("counter.drn"), DrnWriter.write(c, doc.iface(), doc.file()));
        writeExplicit(c, doc, "counter");
        String both = "mdp D from \"counter.drn\" { observe x, b; horizon 4; }\n"
                + "mdp E from \"counter.tra\" { observe x, b; horizon 4; }\n";
        Path back = dir.resolve("counter-back.mdp");
        Files.writeString(back, "interface { inputs i0 i1 i2 i3; actions go, stay; }\n" + both);
        Document read = load(back);
        for (String name : List.of("D", "E")) {
            Mdp r = read.mdp(name).orElseThrow();
            assertEquals(DrnRoundTripTest.describe(c, doc), DrnRoundTripTest.describe(r, read));
            Policy goThenStay = Policy.ofOutputs(Map.of(1, 0, 9, 0, 2, 0, 10, 0, 3, 1, 11, 1));
            assertEquals(0, Returns.of(c, goThenStay).compareTo(Returns.of(r, goThenStay)));
        }
        // Without the declarations (as Storm and PRISM write their files) x ranges over -1..1: 2 bits.
        Files.writeString(dir.resolve("counter.drn"), Files.readString(dir.resolve("counter.drn"))
                .replaceAll("// mincirc variable [^\n]*\n", ""));
        Files.writeString(dir.resolve("counter.mincirc"), Files.readString(dir.resolve("counter.mincirc"))
                .replaceAll("variable [^\n]*\n", ""));
        LoadException e = assertThrows(LoadException.class, () -> Loader.load(back));
        assertEquals(2, e.diagnostics().size());
        for (Diagnostic d : e.diagnostics()) {
            assertEquals(DiagnosticCode.PRISM_OBSERVE, d.code());
            assertTrue(d.message().startsWith("the observed variables give 3 bits (x: 2 (-1..1 from the values that occur), "
                    + "b: 1 (Boolean)) but the interface has 4 inputs"), d.message());
        }
        Files.writeString(back, "interface { inputs i0 i1 i2; actions go, stay; }\n" + both);
        Document three = load(back);
        for (String name : List.of("D", "E")) {
            Mdp r = three.mdp(name).orElseThrow();
            for (int i = 0; i < r.states().size(); i++) {
                int x = Integer.parseInt(v.rows().get(i).get(0));
                int b = v.rows().get(i).get(1).equals("true") ? 1 : 0;
                assertEquals((x + 1) | b << 2, r.state(i).code(), name + " " + r.state(i).name());
                assertEquals(c.state(i).name(), r.state(i).name());
            }
        }
    }

    @Test
    void aDrnFileAsStormWritesItReadsWithObserve() throws Exception {
        // storm --prism walk.prism --buildchoicelab --buildstateval --exportbuild walk.drn writes
        // the valuation as a comment after each state line, Booleans as b / !b, '\t& ' between.
        Files.writeString(dir.resolve("walk.drn"), """
                // Exported by storm
                // Original model type: MDP
                @type: MDP
                @parameters

                @reward_models
                steps\s
                @nr_states
                3
                @nr_choices
                5
                @model
                state 0 [-1] init
                //[pos=0\t& !done]
                \taction north [0]
                \t\t0 : 0.25
                \t\t1 : 0.75
                \taction stay [0]
                \t\t0 : 1
                state 1 [-1]
                //[pos=1\t& !done]
                \taction north [0]
                \t\t2 : 1
                \taction stay [0]
                \t\t1 : 1
                state 2 [0] goal
                //[pos=2\t& done]
                \taction stay [0]
                \t\t2 : 1
                """);
        Path mdp = dir.resolve("walk.mdp");
        Files.writeString(mdp, """
                interface { inputs p0 p1 d; actions north, stay; }
                mdp W from "walk.drn" { observe pos, done; horizon 3; }
                """);
        Mdp w = load(mdp).mdp("W").orElseThrow();
        // pos in 0..2 (the values that occur): 2 bits, then done: code = pos + 4 done.
        assertEquals(List.of(0, 1, 6), w.states().stream().map(State::code).toList());
        assertEquals(List.of("s0", "s1", "s2"), w.states().stream().map(State::name).toList());
        assertEquals(List.of(2), w.sets().get("goal"));
        assertEquals(List.of(List.of("0", "false"), List.of("1", "false"), List.of("2", "true")),
                w.valuations().orElseThrow().rows());
        // North until done: -1 at step 1; -1 at step 2 (in s0 or s1); at step 3 only the 1/4 * 1/4
        // still in s0 and the 1/4 * 3/4 in s1 pay: -1/4. Total -9/4.
        Policy north = Policy.ofOutputs(Map.of(0, 0, 1, 0, 6, 1));
        assertEquals(BigFraction.of(-9, 4), Returns.of(w, north));
        Transition stay = w.state(0).transitions().get(1);
        assertEquals(BigFraction.of(-1), stay.reward());
        // Observing pos alone needs two inputs.
        Files.writeString(mdp, """
                interface { inputs p0 p1; actions north, stay; }
                mdp W from "walk.drn" { observe pos; horizon 3; }
                """);
        assertEquals(List.of(0, 1, 2), load(mdp).mdp("W").orElseThrow().states().stream().map(State::code).toList());
    }

    @Test
    void prismStaFilesWithGeneralVariablesReadWithObserve() throws Exception {
        // As prism -exportmodel writes them: the model's variables, Booleans as true/false, negative values.
        Files.writeString(dir.resolve("p.tra"), "3 4 4\n0 0 1 1 a\n0 1 2 1 b\n1 0 1 1 a\n2 0 2 1 a\n");
        Files.writeString(dir.resolve("p.sta"), "(k,on)\n0:(-3,false)\n1:(0,true)\n2:(-2,false)\n");
        Files.writeString(dir.resolve("p.lab"), "0=\"init\" 1=\"deadlock\"\n0: 0\n");
        Path mdp = dir.resolve("p.mdp");
        Files.writeString(mdp, "interface { inputs i0 i1 i2; actions a, b; }\nmdp P from \"p.tra\" { observe on, k; horizon 2; }\n");
        Mdp p = load(mdp).mdp("P").orElseThrow();
        // on first (1 bit), then k - (-3) in 2 bits (k ranges over -3..0).
        assertEquals(List.of(0, 1 | 3 << 1, 1 << 1), p.states().stream().map(State::code).toList());
        // Without observe the variables must be the inputs (today's rule), and the message says so.
        Files.writeString(mdp, "interface { inputs i0 i1 i2; actions a, b; }\nmdp P from \"p.tra\" { horizon 2; }\n");
        LoadException e = assertThrows(LoadException.class, () -> Loader.load(mdp));
        assertEquals(DiagnosticCode.CODE_LENGTH, e.diagnostics().get(0).code());
        assertTrue(e.diagnostics().get(0).format().startsWith(dir.resolve("p.sta") + ":1:1: error: the variables (k,on) must be"),
                e.diagnostics().get(0).format());
    }
}
