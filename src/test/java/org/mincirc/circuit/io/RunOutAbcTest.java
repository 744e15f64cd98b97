package org.mincirc.circuit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.cli.Main;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.StateRef;

/**
 * ABC proves the circuits {@code mincirc run --out} writes for the seed instance equivalent to the
 * policy the JSON report prints (state -> action, every code of the interface used), so the files
 * implement exactly the reported minimal policy.
 */
class RunOutAbcTest {
    private static final Path SEED = Path.of("instances/hubinger/seed.mdp");

    @TempDir
    Path dir;

    @BeforeAll
    static void needAbc() {
        Assumptions.assumeTrue(Abc.available(), Abc.BINARY + " is not on PATH: ABC checks of run --out skipped "
                + "(Debian/Ubuntu: apt-get install berkeley-abc)");
    }

    private static synchronized String runJson(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.execute(args));
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(oldOut);
        }
    }

    /** The reported policy as a one-output cover: y0 is 1 on the codes whose action code is 1. */
    private static String policyBlif(Document doc, JsonNode policy) {
        Map<Integer, Integer> actionOfCode = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = policy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            StateRef s = state(doc, e.getKey());
            actionOfCode.put(s.code(), doc.iface().action(e.getValue().asText()).orElseThrow().code());
        }
        assertEquals(8, actionOfCode.size(), "the seed's states use every code, so the policy is total");
        StringBuilder sb = new StringBuilder(".model policy\n.inputs x0 x1 x2\n.outputs y0\n.names x0 x1 x2 y0\n");
        actionOfCode.forEach((code, action) -> {
            if (action == 1) {
                sb.append(org.mincirc.model.Interface.formatCode(code, 3)).append(" 1\n");
            }
        });
        return sb.append(".end\n").toString();
    }

    private static StateRef state(Document doc, String qualified) {
        int dot = qualified.indexOf('.');
        var mdp = doc.mdp(qualified.substring(0, dot)).orElseThrow();
        String name = qualified.substring(dot + 1);
        for (int i = 0; i < mdp.states().size(); i++) {
            if (mdp.states().get(i).name().equals(name)) {
                return new StateRef(mdp, i);
            }
        }
        throw new AssertionError("no state " + qualified);
    }

    @Test
    void writtenMinimalCircuitsImplementTheReportedPolicy() throws Exception {
        Path out = dir.resolve("out");
        JsonNode results = new ObjectMapper().readTree(runJson("run", "--json", "--no-progress", "--out",
                out.toString(), SEED.toString())).get("results");
        Document doc = Loader.load(SEED);
        int checked = 0;
        for (JsonNode r : results) {
            if (!r.get("kind").asText().equals("solve")) {
                continue;
            }
            String base = "seed." + r.get("query").asText() + ".1";
            Files.writeString(out.resolve("ref.blif"), policyBlif(doc, r.get("policy")));
            List<String> files = List.of(base + ".blif", base + ".v");
            List<Abc.Verdict> verdicts = Abc.cec(out, "ref.blif", files);
            for (int k = 0; k < files.size(); k++) {
                assertEquals(Abc.Verdict.Kind.EQUIVALENT, verdicts.get(k).kind(),
                        files.get(k) + ": ABC said\n" + verdicts.get(k).output());
            }
            checked++;
        }
        assertEquals(2, checked);
    }
}
