package org.mincirc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;

/**
 * A circuit as JSON: input and output names, gates with their 4-bit function table (bit
 * va + 2*vb = f(va, vb)) and fan-in node names, outputs as a node name and a complement flag.
 */
public final class CircuitJson {
    private CircuitJson() {}

    public static ObjectNode of(Circuit c) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("size", c.size());
        node.put("depth", c.depth());
        ArrayNode inputs = node.putArray("inputs");
        c.inputNames().forEach(inputs::add);
        ArrayNode gates = node.putArray("gates");
        for (int g = 0; g < c.gates().size(); g++) {
            Gate gate = c.gates().get(g);
            ObjectNode gn = gates.addObject();
            gn.put("name", c.nodeName(c.gateNode(g)));
            gn.put("function", GateNames.of(gate.table()));
            gn.put("table", Integer.toBinaryString(gate.table() | 16).substring(1));
            ArrayNode fanin = gn.putArray("fanin");
            fanin.add(c.nodeName(gate.a()));
            fanin.add(c.nodeName(gate.b()));
        }
        ArrayNode outputs = node.putArray("outputs");
        for (int h = 0; h < c.outputs().size(); h++) {
            int lit = c.outputs().get(h);
            ObjectNode on = outputs.addObject();
            on.put("name", c.outputNames().get(h));
            on.put("node", c.nodeName(Lit.node(lit)));
            on.put("complemented", Lit.complemented(lit));
        }
        return node;
    }
}
