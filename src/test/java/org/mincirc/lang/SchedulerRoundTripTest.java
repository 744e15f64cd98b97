package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.exact.Circuits;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.PolicyTables;
import org.mincirc.exact.Returns;
import org.mincirc.export.Choices;
import org.mincirc.export.PrismStrategy;
import org.mincirc.export.StormScheduler;
import org.mincirc.lang.drn.DrnWriter;
import org.mincirc.lang.explicit.ExplicitWriter;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.PolicySource;
import org.mincirc.model.Query;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;
import org.mincirc.model.Transition;

/**
 * The policy of every eval query of the instance library whose target is an mdp is exported as
 * Storm's scheduler JSON and PRISM's strategy file, and read back here: per state id the chosen
 * action is the policy's, the valuation is the state's code and Storm's choice index is the
 * row of that action in the DRN export. The mdp is exported to DRN and to PRISM explicit files
 * and read back; the policy taken from the scheduler (resp. strategy) file alone gives, on the
 * read-back mdp, exactly the return mincirc's eval computes on the original (and its
 * {@code expect return}, where the file pins one).
 */
class SchedulerRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Policy policyOf(Query.Eval eval, Interface iface) throws Exception {
        if (eval.source() instanceof PolicySource.FromCircuit c) {
            return Policy.of(Circuits.fromDef(c.circuit(), iface));
        }
        return PolicyTables.fromTable((PolicySource.Table) eval.source(), iface);
    }

    /** Per state id, the DRN rows (global choice indices) by action name, counted from the DRN text. */
    private static List<Map<String, Integer>> drnRows(String drn) {
        List<Map<String, Integer>> rows = new ArrayList<>();
        int row = 0;
        for (String line : drn.split("\n")) {
            if (line.startsWith("state ")) {
                rows.add(new HashMap<>());
            } else if (line.startsWith("\taction ")) {
                rows.get(rows.size() - 1).put(line.substring(8, line.indexOf(' ', 8)), row++);
            }
        }
        return rows;
    }

    /** The policy "state id -> action name" as a policy of codes on {@code mdp} (read back, same ids). */
    private static Policy fromActions(Mdp mdp, Interface iface, Map<Integer, String> actionById) {
        Map<Integer, Integer> byCode = new HashMap<>();
        for (int i = 0; i < mdp.states().size(); i++) {
            if (!actionById.containsKey(i)) {
                continue;
            }
            int out = iface.action(actionById.get(i)).orElseThrow().code();
            Integer earlier = byCode.put(mdp.state(i).code(), out);
            assertTrue(earlier == null || earlier == out, "the file gives one code two actions");
        }
        return Policy.ofOutputs(byCode);
    }

    private static boolean isEvaluable(Mdp mdp, Policy policy) {
        try {
            Returns.of(mdp, policy);
            return true;
        } catch (InvalidPolicyException e) {
            return false;
        }
    }

    private static Mdp readBack(Document doc, Mdp mdp, String file, String name) throws IOException {
        String clock = (mdp.horizon().isPresent() ? "horizon " + mdp.horizon().getAsInt() + "; " : "")
                + "discount " + Rationals.format(mdp.discount()) + ";";
        Path back = dir.resolve(name + ".mdp");
        Files.writeString(back, DrnRoundTripTest.interfaceText(doc) + "mdp R from \"" + file + "\" { " + clock + " }\n");
        try {
            return Loader.load(back).mdp("R").orElseThrow();
        } catch (LoadException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEvalPolicyRoundTripsWithTheSameExactReturn() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        int validCount = 0;
        for (Document doc : DrnRoundTripTest.instances()) {
            for (Query q : doc.queries()) {
                if (!(q instanceof Query.Eval eval) || !(eval.target() instanceof Mdp mdp)) {
                    continue;
                }
                int k = n++;
                Policy policy;
                try {
                    policy = policyOf(eval, doc.iface());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                boolean valid = eval.source() instanceof PolicySource.Table
                        ? isEvaluable(mdp, policy) : Returns.isValid(mdp, policy);
                validCount += valid ? 1 : 0;
                tests.add(DynamicTest.dynamicTest(doc.file() + " " + eval.name(), () -> {
                    Interface iface = doc.iface();
                    if (!valid) {
                        // eval reports such a policy invalid; the export refuses it just as firmly.
                        assertThrows(InvalidPolicyException.class, () -> Choices.of(mdp, policy));
                        return;
                    }
                    BigFraction expected = Returns.of(mdp, policy);
                    for (Expectation e : eval.expectations()) {
                        if (e.key().equals("return")) {
                            assertEquals(0, ((Expectation.Number) e.value()).value().compareTo(expected));
                        }
                    }
                    Choices choices = Choices.of(mdp, policy);
                    String drn = DrnWriter.write(mdp, iface, doc.file());
                    List<Map<String, Integer>> rows = drnRows(drn);
                    JsonNode scheduler = JSON.readTree(StormScheduler.write(choices, iface));
                    assertEquals(rows.size(), scheduler.size());
                    Map<Integer, String> fromJson = new HashMap<>();
                    for (JsonNode entry : scheduler) {
                        int id = entry.get("_s").asInt();
                        JsonNode c = entry.get("c");
                        if (c.isTextual()) {
                            assertEquals("undefined", c.asText());
                            assertTrue(policy.output(mdp.state(id).code()).isEmpty(), "state " + id);
                            continue;
                        }
                        assertEquals(1, c.size());
                        String action = c.get(0).get("labels").get(0).asText();
                        assertEquals(rows.get(id).get(action), c.get(0).get("index").asInt(), "row of state " + id);
                        assertEquals(1, c.get(0).get("prob").asInt());
                        fromJson.put(id, action);
                        if (id < mdp.states().size()) {
                            State s = mdp.state(id);
                            int out = policy.output(s.code()).getAsInt();
                            String wanted = s.transitions().stream().map(Transition::action).filter(a -> a.code() == out)
                                    .findFirst().orElseThrow().name();
                            assertEquals(wanted, action, "state " + id);
                            for (int b = 0; b < iface.inputCount(); b++) {
                                assertEquals(s.code() >>> b & 1, entry.get("s").get(iface.inputs().get(b)).asInt());
                            }
                        } else {
                            assertEquals("__stop", action);
                        }
                    }
                    Map<Integer, String> fromStrategy = new HashMap<>();
                    for (String line : PrismStrategy.write(choices).split("\n")) {
                        int colon = line.indexOf(':');
                        fromStrategy.put(Integer.parseInt(line.substring(0, colon)), line.substring(colon + 1));
                    }
                    assertEquals(fromJson, fromStrategy);

                    Files.writeString(dir.resolve("s" + k + ".drn"), drn);
                    Mdp viaDrn = readBack(doc, mdp, "s" + k + ".drn", "d" + k);
                    assertEquals(0, expected.compareTo(Returns.of(viaDrn, fromActions(viaDrn, iface, fromJson))));
                    for (Map.Entry<String, String> f : ExplicitWriter.write(mdp, iface, doc.file()).entrySet()) {
                        Files.writeString(dir.resolve("s" + k + "." + f.getKey()), f.getValue());
                    }
                    Mdp viaExplicit = readBack(doc, mdp, "s" + k + ".tra", "x" + k);
                    assertEquals(0, expected.compareTo(Returns.of(viaExplicit, fromActions(viaExplicit, iface, fromStrategy))));
                }));
            }
        }
        assertTrue(validCount >= 15, "only " + validCount + " valid eval policies on an mdp");
        assertTrue(tests.size() > validCount, "no invalid policy to refuse");
        return tests.stream();
    }
}
