package org.mincirc.lang.explicit;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.DiagnosticCode;

/**
 * mincirc's {@code .mincirc} file beside the PRISM explicit files: {@code horizon H} and
 * {@code discount g} (a record; the braces of {@code mdp M from "m.tra" {...}} give them),
 * {@code stop i} (the end-of-episode state), {@code state i name N [init q]} (names and exact
 * initial probabilities, which PRISM's files cannot hold).
 */
record SideFile(OptionalInt stop, Map<Integer, String> names, Map<Integer, BigFraction> inits) {
    static SideFile empty() {
        return new SideFile(OptionalInt.empty(), Map.of(), Map.of());
    }

    static SideFile read(Lines file, int states) {
        OptionalInt stop = OptionalInt.empty();
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, BigFraction> inits = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (Lines.Line line : file.lines()) {
            String key = line.word(0).text();
            if (key.equals("horizon") || key.equals("discount")) {
                file.wordCount(line, 2, 2, key + " VALUE");
            } else if (key.equals("stop")) {
                file.wordCount(line, 2, 2, "stop ID");
                stop = OptionalInt.of(file.state(line, 1, states, "state"));
            } else if (key.equals("state")) {
                file.wordCount(line, 4, 6, "state ID name NAME [init Q]");
                int id = file.state(line, 1, states, "state");
                if (!line.word(2).text().equals("name")) {
                    throw file.fail(line, 2, "expected 'name' here");
                }
                String name = line.word(3).text();
                Integer other = byName.putIfAbsent(name, id);
                if (other != null) {
                    throw file.fail(line, 3, "states " + other + " and " + id + " are both named " + name);
                }
                names.put(id, name);
                if (line.size() > 4) {
                    if (line.size() != 6 || !line.word(4).text().equals("init")) {
                        throw file.fail(line, 4, "expected 'init Q' here");
                    }
                    inits.put(id, file.number(line, 5, "initial probability"));
                }
            } else {
                throw file.fail(line.number(), line.word(0).col(), DiagnosticCode.EXPLICIT_FORMAT, "unexpected '" + key
                        + "'; a .mincirc file has lines 'horizon H', 'discount g', 'stop ID' and 'state ID name NAME [init Q]'");
            }
        }
        return new SideFile(stop, names, inits);
    }
}
