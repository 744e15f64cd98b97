package org.mincirc.lang.drn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * Writes an mdp in Storm's DiRect eNcoding (DRN, storm's "DRN input format" page), values as
 * exact rationals {@code p/q} under {@code @value_type: rational}. Actions keep their names;
 * the reward r(x, a) is the choice reward of the one reward model {@code reward} (state
 * rewards are 0). What DRN has no field for travels in state labels, so a file reads back into
 * the same mdp: {@code "code=0101"} (the state code, digit i = input i), {@code "name=s0"},
 * {@code "p0=1/2"} (the initial probability; the state is also labelled {@code init}), and each
 * named set of the mdp as a label of its name. The end of an episode ({@code stop}) becomes a
 * last state labelled {@code "mincirc_stop"} that loops to itself under action {@code __stop}.
 */
public final class DrnWriter {
    static final String STOP_LABEL = org.mincirc.lang.explicit.Layout.STOP_LABEL;
    static final String STOP_ACTION = org.mincirc.lang.explicit.Layout.STOP_ACTION;

    private DrnWriter() {}

    public static String write(Mdp mdp, Interface iface, String source) {
        boolean needsSink = mdp.states().stream().flatMap(s -> s.transitions().stream())
                .anyMatch(t -> t.successors().isEmpty() || t.successors().stream().anyMatch(Successor::stops));
        int sink = mdp.states().size();
        int choices = mdp.states().stream().mapToInt(s -> s.transitions().size()).sum() + (needsSink ? 1 : 0);
        StringBuilder sb = new StringBuilder();
        sb.append("// Exported by mincirc: mdp ").append(mdp.name()).append(" of ").append(source).append('\n');
        sb.append("// horizon ").append(mdp.horizon().isPresent() ? Integer.toString(mdp.horizon().getAsInt()) : "infinite")
                .append(", discount ").append(Rationals.format(mdp.discount()))
                .append(" (DRN has no field for them; give them again where the file is read)\n");
        sb.append("@type: MDP\n");
        sb.append("@value_type: rational\n");
        sb.append("@parameters\n\n");
        sb.append("@reward_models\nreward\n");
        sb.append("@nr_states\n").append(mdp.states().size() + (needsSink ? 1 : 0)).append('\n');
        sb.append("@nr_choices\n").append(choices).append('\n');
        sb.append("@model\n");
        for (int i = 0; i < mdp.states().size(); i++) {
            State s = mdp.states().get(i);
            List<String> labels = new ArrayList<>();
            if (s.init().signum() > 0) {
                labels.add("init");
                labels.add(quote("p0=" + Rationals.format(s.init())));
            }
            labels.add(quote("code=" + iface.formatCode(s.code())));
            labels.add(quote("name=" + s.name()));
            for (Map.Entry<String, List<Integer>> set : mdp.sets().entrySet()) {
                if (set.getValue().contains(i)) {
                    labels.add(quote(set.getKey()));
                }
            }
            sb.append("state ").append(i).append(" [0] ").append(String.join(" ", labels)).append('\n');
            for (Transition t : s.transitions()) {
                sb.append("\taction ").append(t.action().name()).append(" [").append(Rationals.format(t.reward())).append("]\n");
                // Storm's sparse-matrix builder wants each action's targets ascending and distinct.
                java.util.TreeMap<Integer, org.apache.commons.numbers.fraction.BigFraction> targets = new java.util.TreeMap<>();
                if (t.successors().isEmpty()) {
                    targets.put(sink, org.apache.commons.numbers.fraction.BigFraction.ONE);
                }
                for (Successor x : t.successors()) {
                    targets.merge(x.stops() ? sink : x.state(), x.probability(),
                            org.apache.commons.numbers.fraction.BigFraction::add);
                }
                targets.forEach((target, p) -> sb.append("\t\t").append(target).append(" : ")
                        .append(Rationals.format(p)).append('\n'));
            }
        }
        if (needsSink) {
            sb.append("state ").append(sink).append(" [0] ").append(quote(STOP_LABEL)).append('\n');
            sb.append("\taction ").append(STOP_ACTION).append(" [0]\n");
            sb.append("\t\t").append(sink).append(" : 1\n");
        }
        return sb.toString();
    }

    private static String quote(String label) {
        return "\"" + label + "\"";
    }
}
