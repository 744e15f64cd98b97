package org.mincirc.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mincirc.model.Document;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * What a file expands to ({@code mincirc show}): per mdp its size (states, actions, choices,
 * transitions, distinct codes), horizon and discount, its sets; per family its members and
 * weights; optionally every state with its code, initial probability and variable values.
 */
public final class ShowReport {
    private ShowReport() {}

    /** The counts of one mdp. */
    record Counts(int states, int actions, int choices, int transitions, int codes, int initial) {
        static Counts of(Mdp mdp) {
            Set<String> actions = new LinkedHashSet<>();
            Set<Integer> codes = new LinkedHashSet<>();
            int choices = 0;
            int transitions = 0;
            int initial = 0;
            for (State s : mdp.states()) {
                codes.add(s.code());
                initial += s.init().signum() > 0 ? 1 : 0;
                for (Transition t : s.transitions()) {
                    actions.add(t.action().name());
                    choices++;
                    transitions += Math.max(1, t.successors().size());
                }
            }
            return new Counts(mdp.states().size(), actions.size(), choices, transitions, codes.size(), initial);
        }
    }

    public static String text(Document doc, boolean states) {
        StringBuilder sb = new StringBuilder();
        Interface iface = doc.iface();
        sb.append(doc.file()).append('\n');
        sb.append("  interface  ").append(iface.inputCount()).append(" inputs (").append(String.join(" ", iface.inputs()))
                .append("), ").append(iface.actions().size()).append(" actions (")
                .append(String.join(", ", iface.actions().stream().map(a -> a.name() + "=" + a.code()).toList()))
                .append(")").append(iface.implicit() ? ", implicit" : "").append('\n');
        for (Mdp mdp : doc.mdps()) {
            Counts c = Counts.of(mdp);
            sb.append("mdp ").append(mdp.name()).append(mdp.unionOf().map(f -> " = union " + f.name()).orElse("")).append('\n');
            sb.append("  states       ").append(c.states()).append(" (").append(c.initial()).append(" initial)\n");
            sb.append("  actions      ").append(c.actions()).append(" used, ").append(c.choices()).append(" state-action pairs\n");
            sb.append("  transitions  ").append(c.transitions()).append(" (successors with probability > 0, stop included)\n");
            sb.append("  codes        ").append(c.codes()).append(" distinct of ").append(1L << iface.inputCount()).append('\n');
            sb.append("  horizon      ").append(mdp.horizon().isPresent() ? Integer.toString(mdp.horizon().getAsInt()) : "infinite")
                    .append(", discount ").append(Rationals.format(mdp.discount())).append('\n');
            mdp.valuations().ifPresent(v -> sb.append("  variables    ").append(String.join(", ", v.variables()))
                    .append(" (from a PRISM model)\n"));
            mdp.sets().forEach((name, members) -> sb.append("  set          ").append(mdp.name()).append('.').append(name)
                    .append(": ").append(members.size()).append(" state").append(members.size() == 1 ? "" : "s").append('\n'));
            if (states) {
                appendStates(sb, mdp, iface);
            }
        }
        for (Family f : doc.families()) {
            sb.append("family ").append(f.name()).append('\n');
            for (Family.Member m : f.members()) {
                sb.append("  member       ").append(m.mdp().name()).append(": ").append(Rationals.format(m.weight())).append('\n');
            }
        }
        return sb.toString();
    }

    private static void appendStates(StringBuilder sb, Mdp mdp, Interface iface) {
        for (int i = 0; i < mdp.states().size(); i++) {
            State s = mdp.states().get(i);
            sb.append("    ").append(s.name()).append("  code ").append(iface.formatCode(s.code()));
            if (s.init().signum() > 0) {
                sb.append("  init ").append(Rationals.format(s.init()));
            }
            if (mdp.valuations().isPresent()) {
                List<String> names = mdp.valuations().get().variables();
                List<String> values = mdp.valuations().get().rows().get(i);
                List<String> pairs = new ArrayList<>();
                for (int v = 0; v < names.size(); v++) {
                    pairs.add(names.get(v) + "=" + values.get(v));
                }
                sb.append("  ").append(String.join(" ", pairs));
            }
            sb.append("  actions ").append(String.join(",", s.actions().stream().map(a -> a.name()).toList())).append('\n');
        }
    }

    public static String json(Document doc, boolean states) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("file", doc.file());
        ObjectNode iface = root.putObject("interface");
        ArrayNode inputs = iface.putArray("inputs");
        doc.iface().inputs().forEach(inputs::add);
        ObjectNode actions = iface.putObject("actions");
        doc.iface().actions().forEach(a -> actions.put(a.name(), a.code()));
        ArrayNode mdps = root.putArray("mdps");
        for (Mdp mdp : doc.mdps()) {
            Counts c = Counts.of(mdp);
            ObjectNode m = mdps.addObject();
            m.put("name", mdp.name());
            m.put("states", c.states());
            m.put("initialStates", c.initial());
            m.put("actions", c.actions());
            m.put("choices", c.choices());
            m.put("transitions", c.transitions());
            m.put("codes", c.codes());
            if (mdp.horizon().isPresent()) {
                m.put("horizon", mdp.horizon().getAsInt());
            } else {
                m.putNull("horizon");
            }
            m.put("discount", Rationals.format(mdp.discount()));
            mdp.unionOf().ifPresent(f -> m.put("unionOf", f.name()));
            ObjectNode sets = m.putObject("sets");
            mdp.sets().forEach((name, members) -> sets.put(name, members.size()));
            mdp.valuations().ifPresent(v -> {
                ArrayNode vars = m.putArray("variables");
                v.variables().forEach(vars::add);
            });
            if (states) {
                ArrayNode list = m.putArray("stateList");
                for (int i = 0; i < mdp.states().size(); i++) {
                    State s = mdp.states().get(i);
                    ObjectNode o = list.addObject();
                    o.put("name", s.name());
                    o.put("code", doc.iface().formatCode(s.code()));
                    o.put("init", Rationals.format(s.init()));
                    if (mdp.valuations().isPresent()) {
                        ObjectNode values = o.putObject("values");
                        List<String> names = mdp.valuations().get().variables();
                        List<String> row = mdp.valuations().get().rows().get(i);
                        for (int v = 0; v < names.size(); v++) {
                            values.put(names.get(v), row.get(v));
                        }
                    }
                    ObjectNode acts = o.putObject("actions");
                    for (Transition t : s.transitions()) {
                        ObjectNode a = acts.putObject(t.action().name());
                        a.put("reward", Rationals.format(t.reward()));
                        ObjectNode succ = a.putObject("successors");
                        for (Successor x : t.successors()) {
                            succ.put(x.stops() ? "stop" : mdp.state(x.state()).name(), Rationals.format(x.probability()));
                        }
                    }
                }
            }
        }
        ArrayNode families = root.putArray("families");
        for (Family f : doc.families()) {
            ObjectNode o = families.addObject();
            o.put("name", f.name());
            ObjectNode members = o.putObject("members");
            f.members().forEach(m -> members.put(m.mdp().name(), Rationals.format(m.weight())));
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
