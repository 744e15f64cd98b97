package org.mincirc.lang.explicit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Rationals;

/**
 * The {@code .srew} file ({@code n m}, then {@code i r}) and the reward structure name PRISM
 * writes in the header of both reward files ({@code # Reward structure "name"}).
 */
final class RewardsFiles {
    private static final Pattern NAME = Pattern.compile("# Reward structure:? \"([^\"]*)\"\\s*");

    private RewardsFiles() {}

    static Optional<String> name(Lines file) {
        for (String c : file.leadingComments()) {
            Matcher m = NAME.matcher(c);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The state reward of each state id that has one. */
    static Map<Integer, BigFraction> stateRewards(Lines file, int states) {
        Lines.Line head = file.first("'n m' (states, state rewards)");
        file.wordCount(head, 2, 2, "n m");
        int n = file.whole(head, 0, "the number of states");
        int m = file.whole(head, 1, "the number of state rewards");
        if (n != states) {
            throw file.fail(head.number(), 1, DiagnosticCode.EXPLICIT_MISMATCH, "the state rewards are for " + n
                    + " states, but the .tra file has " + states);
        }
        Map<Integer, BigFraction> rewards = new HashMap<>();
        for (Lines.Line line : file.lines().subList(1, file.lines().size())) {
            file.wordCount(line, 2, 2, "i r");
            int i = file.state(line, 0, n, "state");
            BigFraction r = file.number(line, 1, "reward");
            BigFraction earlier = rewards.put(i, r);
            if (earlier != null) {
                throw file.fail(line, 0, "state " + i + " is given a state reward twice (" + Rationals.format(earlier) + " and "
                        + Rationals.format(r) + ")");
            }
        }
        if (rewards.size() != m) {
            throw file.fail(head.number(), head.word(1).col(), DiagnosticCode.EXPLICIT_MISMATCH, "the first line says " + m
                    + " state rewards, but the file lists " + rewards.size());
        }
        return rewards;
    }
}
