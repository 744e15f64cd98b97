package org.mincirc.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Rationals;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/** Test-side builders: models written almost as the {@code .mdp} text would write them. */
final class Models {
    private Models() {}

    static BigFraction q(String text) {
        return Rationals.parse(text);
    }

    /** An interface with inputs x0..x(n-1) and actions with codes 0, 1, 2, ... */
    static Interface iface(int inputs, String... actions) {
        List<Action> list = new ArrayList<>();
        for (int i = 0; i < actions.length; i++) {
            list.add(new Action(actions[i], i));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            names.add("x" + i);
        }
        return new Interface(names, list, false);
    }

    static MdpBuilder mdp(String name, Interface iface) {
        return new MdpBuilder(name, iface);
    }

    /** family(name, mdp1, "1/4", mdp2, "3/4", ...). */
    static Family family(String name, Object... mdpsAndWeights) {
        List<Family.Member> members = new ArrayList<>();
        for (int i = 0; i < mdpsAndWeights.length; i += 2) {
            members.add(new Family.Member((Mdp) mdpsAndWeights[i], q((String) mdpsAndWeights[i + 1])));
        }
        return new Family(name, members, SourcePos.NONE);
    }

    /**
     * state(name, code digits, init) then act(action, reward, successors...) where a successor is
     * "p:name", "name" (probability 1) or "stop"; no successors means the episode ends.
     */
    static final class MdpBuilder {
        private final String name;
        private final Interface iface;
        private OptionalInt horizon = OptionalInt.empty();
        private BigFraction discount = BigFraction.ONE;
        private final List<String[]> stateHeads = new ArrayList<>();
        private final List<List<Object[]>> acts = new ArrayList<>();
        private final Map<String, List<String>> sets = new LinkedHashMap<>();

        MdpBuilder(String name, Interface iface) {
            this.name = name;
            this.iface = iface;
        }

        MdpBuilder horizon(int h) {
            horizon = OptionalInt.of(h);
            return this;
        }

        MdpBuilder discount(String gamma) {
            discount = q(gamma);
            return this;
        }

        MdpBuilder state(String stateName, String code, String init) {
            stateHeads.add(new String[] {stateName, code, init});
            acts.add(new ArrayList<>());
            return this;
        }

        MdpBuilder state(String stateName, String code) {
            return state(stateName, code, "0");
        }

        MdpBuilder act(String action, String reward, String... successors) {
            acts.get(acts.size() - 1).add(new Object[] {action, reward, successors});
            return this;
        }

        MdpBuilder set(String setName, String... members) {
            sets.put(setName, Arrays.asList(members));
            return this;
        }

        Mdp build() {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < stateHeads.size(); i++) {
                index.put(stateHeads.get(i)[0], i);
            }
            List<State> states = new ArrayList<>();
            for (int i = 0; i < stateHeads.size(); i++) {
                String[] head = stateHeads.get(i);
                List<Transition> transitions = new ArrayList<>();
                for (Object[] a : acts.get(i)) {
                    Action action = iface.action((String) a[0]).orElseThrow();
                    List<Successor> succ = new ArrayList<>();
                    for (String s : (String[]) a[2]) {
                        int colon = s.indexOf(':');
                        BigFraction p = colon < 0 ? BigFraction.ONE : q(s.substring(0, colon));
                        String target = s.substring(colon + 1);
                        succ.add(new Successor(target.equals("stop") ? Successor.STOP : index.get(target), p));
                    }
                    transitions.add(new Transition(action, q((String) a[1]), succ, SourcePos.NONE));
                }
                states.add(new State(head[0], Interface.parseCode(head[1]), q(head[2]), transitions, SourcePos.NONE));
            }
            Map<String, List<Integer>> setIdx = new LinkedHashMap<>();
            sets.forEach((k, v) -> setIdx.put(k, v.stream().map(index::get).toList()));
            return new Mdp(name, horizon, discount, states, setIdx, SourcePos.NONE);
        }
    }

    /** A policy from code digits to action names: policy(iface, "0", "a", "1", "b"). */
    static Policy policy(Interface iface, String... codeAndAction) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndAction.length; i += 2) {
            map.put(Interface.parseCode(codeAndAction[i]), iface.action(codeAndAction[i + 1]).orElseThrow().code());
        }
        return Policy.ofOutputs(map, iface);
    }
}
