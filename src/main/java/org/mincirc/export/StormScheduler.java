package org.mincirc.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mincirc.model.Interface;

/**
 * Storm's scheduler JSON, as {@code storm --exportscheduler s.json} writes a memoryless
 * deterministic scheduler: a list with one object per state, {@code "_s"} the state id,
 * {@code "s"} its valuation (the interface's inputs: the code's bits), {@code "c"} a list with the
 * one chosen choice: {@code "index"} its global index in the model (choices counted over all
 * states in order, as Storm numbers the rows of the DRN export), {@code "labels"} its action,
 * {@code "prob"} 1; a state the policy leaves out (never reached) has {@code "c": "undefined"}.
 */
public final class StormScheduler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StormScheduler() {}

    public static String write(Choices choices, Interface iface) {
        ArrayNode list = JSON.createArrayNode();
        int[] firstRows = choices.layout().firstRows();
        for (int id = 0; id < choices.states(); id++) {
            ObjectNode entry = list.addObject();
            entry.put("_s", id);
            ObjectNode valuation = entry.putObject("s");
            int code = choices.code(id);
            for (int b = 0; b < iface.inputCount(); b++) {
                valuation.put(iface.inputs().get(b), code >>> b & 1);
            }
            if (!choices.defined(id)) {
                entry.put("c", "undefined");
                continue;
            }
            ObjectNode chosen = entry.putArray("c").addObject();
            chosen.put("index", firstRows[id] + choices.choice().get(id));
            chosen.putArray("labels").add(choices.action().get(id));
            chosen.put("prob", 1);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
