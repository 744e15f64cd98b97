package org.mincirc.lang.explicit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Rationals;

/**
 * The {@code .tra} file of an mdp ({@code n c m}, then {@code i k j p a}) and the {@code .trew}
 * file of its rewards ({@code n c m}, then {@code i k j r}). Source states and their choices
 * come in ascending order; every choice names its action; the lines of one choice agree on it.
 */
final class TransitionsFile {
    /** One choice: its action, its successors with their exact probabilities, and where it starts. */
    record Choice(String action, Map<Integer, BigFraction> targets, Lines.Line line) {}

    /** The choices of every state, by state id. */
    record Tra(int states, List<List<Choice>> choices) {}

    private TransitionsFile() {}

    static Tra transitions(Lines file) {
        Lines.Line head = file.first("'n c m' (states, choices, transitions)");
        if (head.size() == 2) {
            throw file.fail(head, 0, "'" + head.text().trim() + "' is the first line of a Markov chain's .tra file; mincirc reads "
                    + "mdps, whose first line is 'n c m' (states, choices, transitions)");
        }
        file.wordCount(head, 3, 3, "n c m");
        int n = file.whole(head, 0, "the number of states");
        int c = file.whole(head, 1, "the number of choices");
        int m = file.whole(head, 2, "the number of transitions");
        List<List<Choice>> choices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            choices.add(new ArrayList<>());
        }
        int lastState = -1;
        int transitions = 0;
        Choice current = null;
        for (Lines.Line line : file.lines().subList(1, file.lines().size())) {
            file.wordCount(line, 4, 5, "i k j p a");
            int i = file.state(line, 0, n, "source state");
            int k = file.whole(line, 1, "a choice index");
            int j = file.state(line, 2, n, "successor state");
            BigFraction p = file.number(line, 3, "probability");
            if (line.size() < 5) {
                throw file.fail(line, 4, "this transition has no action name; mincirc needs each choice's action "
                        + "(an action of the interface) after the probability");
            }
            String action = line.word(4).text();
            if (i < lastState) {
                throw file.fail(line, 0, "source states must come in ascending order; state " + i + " comes after state " + lastState);
            }
            List<Choice> ofState = choices.get(i);
            if (k == ofState.size()) {
                current = new Choice(action, new LinkedHashMap<>(), line);
                ofState.add(current);
            } else if (i != lastState || k != ofState.size() - 1) {
                throw file.fail(line, 1, "choice " + k + " of state " + i + " is out of order; the choices of a state are "
                        + "numbered 0, 1, 2, ... in ascending order (expected " + ofState.size() + ")");
            } else if (!current.action().equals(action)) {
                throw file.fail(line.number(), line.word(4).col(), DiagnosticCode.EXPLICIT_MISMATCH, "choice " + k + " of state "
                        + i + " is labelled " + current.action() + " on line " + current.line().number() + " but " + action
                        + " here; all transitions of a choice carry its one action");
            }
            if (p.signum() <= 0 || p.compareTo(BigFraction.ONE) > 0) {
                throw file.fail(line.number(), line.word(3).col(), DiagnosticCode.PROBABILITY_RANGE, "probability "
                        + Rationals.format(p) + " must be greater than 0 and at most 1");
            }
            current.targets().merge(j, p, BigFraction::add);
            lastState = i;
            transitions++;
        }
        int counted = choices.stream().mapToInt(List::size).sum();
        if (counted != c || transitions != m) {
            throw file.fail(head.number(), 1, DiagnosticCode.EXPLICIT_MISMATCH, "the first line says " + c + " choices and " + m
                    + " transitions, but the file lists " + counted + " choices and " + transitions + " transitions");
        }
        for (List<Choice> ofState : choices) {
            for (Choice ch : ofState) {
                BigFraction sum = ch.targets().values().stream().reduce(BigFraction.ZERO, BigFraction::add);
                if (sum.compareTo(BigFraction.ONE) != 0) {
                    throw new Lines.Failure(new Diagnostic(file.at(ch.line().number(), 1), DiagnosticCode.PROBABILITY_SUM,
                            "probabilities of choice " + ch.line().word(1).text() + " (" + ch.action() + ") of state "
                                    + ch.line().word(0).text() + " sum to " + Rationals.format(sum) + ", not 1"));
                }
            }
        }
        return new Tra(n, choices);
    }

    /** The reward of each choice, keyed {@code state -> choice -> reward}; missing choices have reward 0. */
    static Map<Integer, Map<Integer, BigFraction>> rewards(Lines file, Tra tra) {
        Lines.Line head = file.first("'n c m' (states, choices, rewards)");
        file.wordCount(head, 3, 3, "n c m");
        int n = file.whole(head, 0, "the number of states");
        if (n != tra.states()) {
            throw file.fail(head.number(), 1, DiagnosticCode.EXPLICIT_MISMATCH, "the transition rewards are for " + n
                    + " states, but the .tra file has " + tra.states());
        }
        Map<Integer, Map<Integer, BigFraction>> rewards = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> lineOf = new HashMap<>();
        for (Lines.Line line : file.lines().subList(1, file.lines().size())) {
            file.wordCount(line, 4, 4, "i k j r");
            int i = file.state(line, 0, n, "source state");
            int k = file.whole(line, 1, "a choice index");
            int j = file.state(line, 2, n, "successor state");
            BigFraction r = file.number(line, 3, "reward");
            if (k >= tra.choices().get(i).size()) {
                throw file.fail(line.number(), line.word(1).col(), DiagnosticCode.EXPLICIT_MISMATCH, "state " + i
                        + " has no choice " + k + " in the .tra file (it has " + tra.choices().get(i).size() + ")");
            }
            if (!tra.choices().get(i).get(k).targets().containsKey(j)) {
                throw file.fail(line.number(), line.word(2).col(), DiagnosticCode.EXPLICIT_MISMATCH, "choice " + k + " of state "
                        + i + " has no transition to state " + j + " in the .tra file");
            }
            BigFraction earlier = rewards.computeIfAbsent(i, x -> new HashMap<>()).putIfAbsent(k, r);
            if (earlier != null && earlier.compareTo(r) != 0) {
                throw file.fail(line.number(), line.word(3).col(), DiagnosticCode.EXPLICIT_MISMATCH, "choice " + k + " of state " + i
                        + " has reward " + Rationals.format(earlier) + " on line " + lineOf.get(i).get(k) + " but "
                        + Rationals.format(r) + " here; mincirc's rewards are r(x, a), one per choice");
            }
            lineOf.computeIfAbsent(i, x -> new HashMap<>()).putIfAbsent(k, line.number());
        }
        return rewards;
    }
}
