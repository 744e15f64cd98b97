package org.mincirc.synth.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mincirc.circuit.Circuit;
import org.mincirc.exact.Policy;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.StateRef;
import org.mincirc.synth.Spec;

/**
 * The policies a file's interface can express, as a synthesis question. The care codes are the
 * codes of every state declared in the file; at each the circuit must output an action that is
 * available in every state carrying that code (a policy is a function of codes, so states that
 * share a code share the action); every other code is a don't-care.
 */
public final class PolicySpace {
    private final Interface iface;
    private final TreeMap<Integer, List<StateRef>> statesByCode = new TreeMap<>();
    private final Map<Integer, List<Action>> allowedByCode = new LinkedHashMap<>();

    private PolicySpace(Interface iface, List<Mdp> mdps) {
        this.iface = iface;
        for (Mdp mdp : mdps) {
            for (StateRef s : mdp.refs()) {
                statesByCode.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s);
            }
        }
        statesByCode.forEach((code, states) -> {
            List<Action> common = new ArrayList<>(iface.actions());
            for (StateRef s : states) {
                common.retainAll(s.state().actions());
            }
            allowedByCode.put(code, List.copyOf(common));
        });
    }

    public static PolicySpace of(Interface iface, List<Mdp> mdps) {
        return new PolicySpace(iface, mdps);
    }

    public Interface iface() {
        return iface;
    }

    public int[] careCodes() {
        return statesByCode.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    public List<StateRef> statesWithCode(int code) {
        return statesByCode.getOrDefault(code, List.of());
    }

    public List<Action> allowed(int code) {
        return allowedByCode.getOrDefault(code, List.of());
    }

    /** Why no circuit can be valid on every state: a code whose states have no action in common. */
    public Optional<String> conflict() {
        for (Map.Entry<Integer, List<Action>> e : allowedByCode.entrySet()) {
            if (e.getValue().isEmpty()) {
                String states = statesWithCode(e.getKey()).stream()
                        .map(s -> s + " (" + s.state().actions().stream().map(Action::name)
                                .collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining(", "));
                return Optional.of("code " + iface.formatCode(e.getKey()) + " is carried by " + states
                        + ", which have no action in common, so no circuit is valid on all of them");
            }
        }
        return Optional.empty();
    }

    /** The relation spec: at each care code, the output codes of the allowed actions. */
    public Spec spec() {
        Spec.Builder builder = Spec.builder(iface.inputCount(), iface.outputBits());
        allowedByCode.forEach((code, actions) ->
                builder.allow(code, actions.stream().mapToInt(Action::code).toArray()));
        return builder.build();
    }

    /** The circuit with the interface's input names and output bits named y0, y1, ... */
    public Circuit named(Circuit circuit) {
        return circuit.renamed(iface.inputs(), Circuit.defaultNames("y", circuit.outputs().size()));
    }

    /** The action each state of the file takes under a circuit, in declaration order. */
    public Map<StateRef, Action> actionsOf(Circuit circuit) {
        Policy policy = Policy.of(circuit);
        Map<StateRef, Action> table = new LinkedHashMap<>();
        for (List<StateRef> states : statesByCode.values()) {
            for (StateRef s : states) {
                int out = policy.output(s.code()).orElseThrow();
                table.put(s, iface.actionByCode(out).orElseThrow(
                        () -> new IllegalStateException("circuit output " + out + " at " + s + " is no action")));
            }
        }
        return table;
    }

    /** The circuit's output code at every care code: two circuits are the same policy iff these agree. */
    public List<Integer> key(Circuit circuit) {
        Policy policy = Policy.of(circuit);
        List<Integer> key = new ArrayList<>();
        for (int code : careCodes()) {
            key.add(policy.output(code).orElseThrow());
        }
        return key;
    }
}
