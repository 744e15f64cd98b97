package org.mincirc.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.synth.Attempt;
import org.mincirc.synth.SynthesisResult;

/** Text and JSON renderings of a synthesis result. */
public final class SynthReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SynthReport() {}

    /** Human-readable: status, costs, bound, then the circuit gate by gate. */
    public static String text(SynthesisResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("status: ").append(r.status().keyword()).append('\n');
        sb.append("objective: ").append(r.objective().optionName()).append('\n');
        r.circuit().ifPresentOrElse(c -> {
            sb.append("size: ").append(c.size()).append('\n');
            sb.append("depth: ").append(c.depth()).append('\n');
        }, () -> sb.append("circuit: none found\n"));
        sb.append("lower bound: ").append(r.lowerBound()).append(r.objective().sizeFirst() ? " gates" : r.objective().weightedSum() ? " (" + r.objective().keyword() + ")" : " levels")
                .append('\n');
        sb.append("proven impossible: ").append(r.proofs()).append('\n');
        sb.append(String.format(Locale.ROOT, "seconds: %.3f%n", r.stats().seconds()));
        if (!r.message().isEmpty()) {
            sb.append("note: ").append(r.message()).append('\n');
        }
        r.circuit().ifPresent(c -> sb.append(circuitText(c)));
        return sb.toString();
    }

    /** One gate per line, "g5 = and(x0, x1)", then the outputs. */
    public static String circuitText(Circuit c) {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < c.size(); g++) {
            Gate gate = c.gates().get(g);
            sb.append(c.nodeName(c.gateNode(g))).append(" = ").append(functionName(gate.table())).append('(')
                    .append(c.nodeName(gate.a())).append(", ").append(c.nodeName(gate.b())).append(")\n");
        }
        for (int h = 0; h < c.outputs().size(); h++) {
            int lit = c.outputs().get(h);
            sb.append(c.outputNames().get(h)).append(" = ").append(Lit.complemented(lit) ? "not " : "")
                    .append(c.nodeName(Lit.node(lit))).append('\n');
        }
        return sb.toString();
    }

    /** A readable name for a 4-bit table f(a, b), bit (a + 2b). */
    public static String functionName(int table) {
        return switch (table) {
            case 0x0 -> "const0";
            case 0x1 -> "nor";
            case 0x2 -> "and_a_notb";
            case 0x3 -> "not_b";
            case 0x4 -> "and_nota_b";
            case 0x5 -> "not_a";
            case 0x6 -> "xor";
            case 0x7 -> "nand";
            case 0x8 -> "and";
            case 0x9 -> "xnor";
            case 0xA -> "a";
            case 0xB -> "or_a_notb";
            case 0xC -> "b";
            case 0xD -> "or_nota_b";
            case 0xE -> "or";
            case 0xF -> "const1";
            default -> throw new IllegalArgumentException("table " + table);
        };
    }

    /** The result as one JSON object. */
    public static ObjectNode json(SynthesisResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", r.status().keyword());
        o.put("objective", r.objective().optionName());
        r.circuit().ifPresentOrElse(c -> {
            o.put("size", c.size());
            o.put("depth", c.depth());
            o.put("cost", r.cost());
        }, () -> {
            o.putNull("size");
            o.putNull("depth");
            o.putNull("cost");
        });
        o.put("lowerBound", r.lowerBound());
        ArrayNode proofs = o.putArray("proofs");
        r.proofs().forEach(proofs::add);
        o.put("seconds", r.stats().seconds());
        if (!r.message().isEmpty()) {
            o.put("message", r.message());
        }
        ArrayNode attempts = o.putArray("attempts");
        for (Attempt a : r.attempts()) {
            ObjectNode n = attempts.addObject();
            n.put("k", a.size());
            if (a.depthBound() == null) {
                n.putNull("depthBound");
            } else {
                n.put("depthBound", a.depthBound());
            }
            n.put("verdict", a.verdict().keyword());
            n.put("seconds", a.seconds());
            n.put("variables", a.variables());
            n.put("clauses", a.clauses());
            n.put("rows", a.rows());
            n.put("encoding", a.how().encoding());
            n.put("options", a.how().options());
            n.put("backend", a.how().backend());
        }
        ObjectNode stats = o.putObject("stats");
        stats.put("solveCalls", r.stats().solveCalls());
        stats.put("cegarRows", r.stats().cegarRows());
        stats.put("maxVariables", r.stats().maxVariables());
        stats.put("maxClauses", r.stats().maxClauses());
        r.circuit().ifPresentOrElse(c -> o.set("circuit", circuitJson(c)), () -> o.putNull("circuit"));
        return o;
    }

    /** Nodes as in {@link Circuit}: 0 constant false, 1..n inputs, then gates. */
    public static ObjectNode circuitJson(Circuit c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("inputs", c.inputs());
        ArrayNode inputNames = o.putArray("inputNames");
        c.inputNames().forEach(inputNames::add);
        ArrayNode gates = o.putArray("gates");
        for (int g = 0; g < c.size(); g++) {
            Gate gate = c.gates().get(g);
            ObjectNode n = gates.addObject();
            n.put("node", c.gateNode(g));
            ArrayNode fanins = n.putArray("fanins");
            fanins.add(gate.a());
            fanins.add(gate.b());
            n.put("table", gate.table());
            n.put("function", functionName(gate.table()));
        }
        ArrayNode outputs = o.putArray("outputs");
        for (int h = 0; h < c.outputs().size(); h++) {
            int lit = c.outputs().get(h);
            ObjectNode n = outputs.addObject();
            n.put("name", c.outputNames().get(h));
            n.put("node", Lit.node(lit));
            n.put("complemented", Lit.complemented(lit));
        }
        return o;
    }

    /** The result as one line of JSON, naming the backend that answered ({@code "backend"}). */
    public static String jsonLine(SynthesisResult r, String backend) {
        ObjectNode o = json(r);
        o.put("backend", backend);
        try {
            return MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }
}
