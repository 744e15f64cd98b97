package org.mincirc.lang.prism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Action;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;
import org.mincirc.model.Valuations;

/**
 * From the explored graph to the states of a {@code model.Mdp}:
 * <ul>
 * <li>a deadlock state (no enabled action) ends the episode: it is not a state of the mdp, and
 *     moving into it is the successor {@code stop} (PRISM would add a self-loop, which would
 *     keep earning its state reward; mincirc's episodes end instead);</li>
 * <li>the code of a state is the bits of the observed variables, each value - lo in
 *     ceil(log2(hi - lo + 1)) bits least significant first (a Boolean one bit), the variables in
 *     the order {@code observe} names them, filling inputs 0, 1, ... of the interface;</li>
 * <li>the initial distribution is uniform over PRISM's initial states;</li>
 * <li>a label is the set of (non-deadlock) states satisfying it;</li>
 * <li>state names spell the values, {@code x3_y0} ({@code m} for a minus sign, 0/1 for Booleans).</li>
 * </ul>
 */
final class Assembly {
    private final Compiled model;
    private final PrismModels.Request request;
    private final Explorer explorer;

    Assembly(Compiled model, PrismModels.Request request, Explorer explorer) {
        this.model = model;
        this.request = request;
        this.explorer = explorer;
    }

    PrismModels.Built build(Explorer.Graph graph) {
        CodeLayout layout = codeLayout();
        List<int[]> all = graph.states();
        int[] newIndex = new int[all.size()];
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            newIndex[i] = graph.choices().get(i).isEmpty() ? Successor.STOP : kept.size();
            if (newIndex[i] != Successor.STOP) {
                kept.add(i);
            }
        }
        Set<Integer> initial = new HashSet<>(graph.initial());
        for (int i : graph.initial()) {
            if (newIndex[i] == Successor.STOP) {
                // Where the initial values are written: the init block, or the first variable.
                SourcePos pos = model.initPos() != null ? model.initPos()
                        : model.variables().isEmpty() ? request.fileRef() : model.variables().get(0).pos();
                throw new PrismError(pos, DiagnosticCode.PRISM_INIT, "the initial state " + explorer.describe(all.get(i))
                        + " has no enabled command, so an episode would end before the policy acts; "
                        + "enable an action there or start elsewhere");
            }
        }
        BigFraction initWeight = BigFraction.of(1, initial.size());
        List<String> names = names(kept.stream().map(all::get).toList());
        List<State> states = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            int[] s = all.get(i);
            List<Transition> transitions = new ArrayList<>();
            for (Explorer.Choice c : graph.choices().get(i)) {
                Action action = request.iface().action(c.action()).orElseThrow();
                Map<Integer, BigFraction> succ = new LinkedHashMap<>();
                c.successors().forEach((t, p) -> succ.merge(newIndex[t], p, BigFraction::add));
                List<Successor> successors = new ArrayList<>();
                succ.forEach((t, p) -> successors.add(new Successor(t, p)));
                transitions.add(new Transition(action, c.reward(), successors, c.pos()));
            }
            states.add(new State(names.get(k), layout.code(s), initial.contains(i) ? initWeight : BigFraction.ZERO,
                    transitions, request.fileRef()));
            List<String> row = new ArrayList<>();
            for (int v = 0; v < s.length; v++) {
                row.add(model.variables().get(v).text(s[v]));
            }
            rows.add(row);
        }
        Map<String, List<Integer>> labels = new LinkedHashMap<>();
        model.labels().forEach((name, term) -> {
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < kept.size(); k++) {
                if (term.bool(all.get(kept.get(k)))) {
                    members.add(k);
                }
            }
            labels.put(name, members);
        });
        Map<String, Valuations.Domain> domains = new LinkedHashMap<>();
        for (Compiled.Variable v : model.variables()) {
            domains.put(v.name(), v.bool() ? Valuations.Domain.BOOL : new Valuations.Domain(false, v.lo(), v.hi()));
        }
        Valuations valuations = new Valuations(model.variables().stream().map(Compiled.Variable::name).toList(), rows, domains);
        return new PrismModels.Built(states, labels, valuations);
    }

    /** Where each observed variable's bits go in the code. */
    private record CodeLayout(List<Integer> variables, List<Integer> offsets, List<Compiled.Variable> all) {
        int code(int[] s) {
            int row = 0;
            for (int k = 0; k < variables.size(); k++) {
                Compiled.Variable v = all.get(variables.get(k));
                int value = s[variables.get(k)] - v.lo();
                row |= value << offsets.get(k);
            }
            return row;
        }
    }

    private CodeLayout codeLayout() {
        List<Compiled.Variable> vars = model.variables();
        Map<String, Integer> byName = new HashMap<>();
        for (int v = 0; v < vars.size(); v++) {
            byName.put(vars.get(v).name(), v);
        }
        List<Integer> observed = new ArrayList<>();
        if (request.observe().isEmpty()) {
            for (int v = 0; v < vars.size(); v++) {
                observed.add(v);
            }
        }
        Map<String, SourcePos> seen = new HashMap<>();
        for (PrismModels.NamedSetting o : request.observe()) {
            Integer v = byName.get(o.name());
            if (v == null) {
                throw new PrismError(o.pos(), DiagnosticCode.PRISM_OBSERVE, "the PRISM model has no variable " + o.name()
                        + "; its variables are " + String.join(", ", vars.stream().map(Compiled.Variable::name).toList()));
            }
            if (seen.putIfAbsent(o.name(), o.pos()) != null) {
                throw new PrismError(o.pos(), DiagnosticCode.PRISM_OBSERVE, "variable " + o.name() + " is observed twice");
            }
            observed.add(v);
        }
        List<Integer> offsets = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int bits = 0;
        for (int v : observed) {
            offsets.add(bits);
            int b = vars.get(v).bits();
            parts.add(vars.get(v).name() + ": " + b);
            bits += b;
        }
        int inputs = request.iface().inputCount();
        if (bits != inputs) {
            SourcePos pos = request.observe().isEmpty() ? request.fileRef() : request.observe().get(0).pos();
            throw new PrismError(pos, DiagnosticCode.PRISM_OBSERVE, "the observed variables give " + bits + " bit"
                    + (bits == 1 ? "" : "s") + " (" + String.join(", ", parts) + ") but the interface has " + inputs
                    + " input" + (inputs == 1 ? "" : "s") + " (" + String.join(" ", request.iface().inputs()) + ")"
                    + (request.observe().isEmpty() ? "; without 'observe' every variable is observed" : "")
                    + "; observe other variables or change the interface's inputs");
        }
        return new CodeLayout(observed, offsets, vars);
    }

    /** Names that spell the values; if two ever coincide (odd variable names), s0, s1, ... instead. */
    private List<String> names(List<int[]> states) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int[] s : states) {
            StringBuilder sb = new StringBuilder();
            for (int v = 0; v < s.length; v++) {
                if (v > 0) {
                    sb.append('_');
                }
                Compiled.Variable var = model.variables().get(v);
                sb.append(var.name()).append(s[v] < 0 ? "m" + (-(long) s[v]) : Integer.toString(s[v]));
            }
            String name = s.length == 0 ? "s" : sb.toString();
            if (!seen.add(name)) {
                List<String> plain = new ArrayList<>();
                for (int i = 0; i < states.size(); i++) {
                    plain.add("s" + i);
                }
                return plain;
            }
            names.add(name);
        }
        return names;
    }
}
