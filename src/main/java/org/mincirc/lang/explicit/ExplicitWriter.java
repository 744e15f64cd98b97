package org.mincirc.lang.explicit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Rationals;
import org.mincirc.model.State;
import org.mincirc.model.Transition;

/**
 * Writes an mdp as PRISM explicit files (the PRISM manual's appendix "Explicit Model Files"),
 * numbered by {@link Layout}:
 * <ul>
 * <li>{@code .tra}: {@code n c m}, then {@code i k j p a} per transition (state, choice,
 * successor, probability, action name);</li>
 * <li>{@code .sta}: the interface's inputs as variables, {@code i:(0,1,...)} the code of state i
 * (the end-of-episode state: all 0);</li>
 * <li>{@code .lab}: {@code "init"} (states with initial probability above 0), {@code "deadlock"}
 * (none), {@value Layout#STOP_LABEL} and every named set of the mdp;</li>
 * <li>{@code .srew}: no state rewards; {@code .trew}: r(x, a) on every transition of the choice
 * (PRISM's form of a state-action reward), under reward structure {@code "reward"};</li>
 * <li>{@code .mincirc}: what PRISM's files have no place for: horizon, discount, the stop state,
 * each state's name and exact initial probability.</li>
 * </ul>
 * Numbers are exact ({@link ExactDecimal}): finite decimals where the value is one, else {@code p/q}.
 */
public final class ExplicitWriter {
    public static final String REWARD_NAME = "reward";
    /** The extensions written, in order. */
    public static final List<String> EXTENSIONS = List.of("tra", "sta", "lab", "srew", "trew", "mincirc");

    private final Mdp mdp;
    private final Interface iface;
    private final Layout layout;

    private ExplicitWriter(Mdp mdp, Interface iface) {
        this.mdp = mdp;
        this.iface = iface;
        this.layout = Layout.of(mdp);
    }

    /** The text of each file by extension (see {@link #EXTENSIONS}). */
    public static Map<String, String> write(Mdp mdp, Interface iface, String source) {
        ExplicitWriter w = new ExplicitWriter(mdp, iface);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tra", w.transitions(false));
        files.put("sta", w.states());
        files.put("lab", w.labels());
        files.put("srew", "# Reward structure \"" + REWARD_NAME + "\"\n# State rewards\n" + w.layout.stateCount() + " 0\n");
        files.put("trew", w.transitions(true));
        files.put("mincirc", w.side(source));
        return files;
    }

    private String transitions(boolean rewards) {
        StringBuilder body = new StringBuilder();
        int lines = 0;
        for (int i = 0; i < mdp.states().size(); i++) {
            List<Transition> ts = mdp.state(i).transitions();
            for (int k = 0; k < ts.size(); k++) {
                Transition t = ts.get(k);
                if (rewards && t.reward().signum() == 0) {
                    continue;
                }
                SortedMap<Integer, BigFraction> targets = layout.targets(t);
                for (Map.Entry<Integer, BigFraction> e : targets.entrySet()) {
                    body.append(i).append(' ').append(k).append(' ').append(e.getKey()).append(' ')
                            .append(ExactDecimal.format(rewards ? t.reward() : e.getValue()));
                    if (!rewards) {
                        body.append(' ').append(t.action().name());
                    }
                    body.append('\n');
                    lines++;
                }
            }
        }
        if (layout.hasSink() && !rewards) {
            body.append(layout.sink()).append(" 0 ").append(layout.sink()).append(" 1 ").append(Layout.STOP_ACTION).append('\n');
            lines++;
        }
        String header = layout.stateCount() + " " + layout.choiceCount() + " " + lines + "\n";
        return (rewards ? "# Reward structure \"" + REWARD_NAME + "\"\n# Transition rewards\n" : "") + header + body;
    }

    private String states() {
        StringBuilder sb = new StringBuilder("(").append(String.join(",", iface.inputs())).append(")\n");
        for (int i = 0; i < layout.stateCount(); i++) {
            int code = i < mdp.states().size() ? mdp.state(i).code() : 0;
            List<String> bits = new ArrayList<>();
            for (int b = 0; b < iface.inputCount(); b++) {
                bits.add((code >>> b & 1) == 1 ? "1" : "0");
            }
            sb.append(i).append(":(").append(String.join(",", bits)).append(")\n");
        }
        return sb.toString();
    }

    private String labels() {
        List<String> names = new ArrayList<>(List.of("init", "deadlock"));
        if (layout.hasSink()) {
            names.add(Layout.STOP_LABEL);
        }
        int firstSet = names.size();
        names.addAll(layout.setNames());
        List<List<String>> of = new ArrayList<>();
        for (int i = 0; i < layout.stateCount(); i++) {
            of.add(new ArrayList<>());
            if (i < mdp.states().size() && mdp.state(i).init().signum() > 0) {
                of.get(i).add("0");
            }
        }
        for (int k = 0; k < layout.setNames().size(); k++) {
            for (int i : mdp.sets().get(layout.setNames().get(k))) {
                of.get(i).add(Integer.toString(firstSet + k));
            }
        }
        if (layout.hasSink()) {
            of.get(layout.sink()).add("2");
        }
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < names.size(); l++) {
            sb.append(l == 0 ? "" : " ").append(l).append("=\"").append(names.get(l)).append('"');
        }
        sb.append('\n');
        for (int i = 0; i < layout.stateCount(); i++) {
            if (!of.get(i).isEmpty()) {
                sb.append(i).append(": ").append(String.join(" ", of.get(i))).append('\n');
            }
        }
        return sb.toString();
    }

    private String side(String source) {
        StringBuilder sb = new StringBuilder();
        sb.append("# mincirc: mdp ").append(mdp.name()).append(" of ").append(source)
                .append(", as PRISM explicit files (.tra .sta .lab .srew .trew) and this file\n");
        sb.append("# what PRISM's files have no place for; horizon and discount are given again where the files are read\n");
        sb.append("horizon ").append(mdp.horizon().isPresent() ? Integer.toString(mdp.horizon().getAsInt()) : "infinite").append('\n');
        sb.append("discount ").append(Rationals.format(mdp.discount())).append('\n');
        if (layout.hasSink()) {
            sb.append("stop ").append(layout.sink()).append('\n');
        }
        for (int i = 0; i < mdp.states().size(); i++) {
            State s = mdp.state(i);
            sb.append("state ").append(i).append(" name ").append(s.name());
            if (s.init().signum() > 0) {
                sb.append(" init ").append(Rationals.format(s.init()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
