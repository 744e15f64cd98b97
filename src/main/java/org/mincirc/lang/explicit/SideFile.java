package org.mincirc.lang.explicit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Interface;
import org.mincirc.model.Valuations;

/**
 * mincirc's {@code .mincirc} file beside the PRISM explicit files: {@code horizon H} and
 * {@code discount g} (a record; the braces of {@code mdp M from "m.tra" {...}} give them),
 * {@code stop i} (the end-of-episode state), {@code state i name N [code C] [init q]} (names,
 * codes when the .sta variables are not the inputs, and exact initial probabilities, which
 * PRISM's files cannot hold), {@code variable x lo..hi} / {@code variable b bool} (the declared
 * range of a .sta variable, for codes read with {@code observe}).
 */
record SideFile(OptionalInt stop, Map<Integer, String> names, Map<Integer, BigFraction> inits, Map<Integer, Lines.Line> codeLines,
                Map<String, Valuations.Domain> domains, Map<String, Lines.Line> domainLines) {
    private static final Pattern RANGE = Pattern.compile("(-?\\d{1,9})\\.\\.(-?\\d{1,9})");

    static SideFile empty() {
        return new SideFile(OptionalInt.empty(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    static SideFile read(Lines file, int states) {
        OptionalInt stop = OptionalInt.empty();
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, BigFraction> inits = new HashMap<>();
        Map<Integer, Lines.Line> codes = new HashMap<>();
        Map<String, Valuations.Domain> domains = new LinkedHashMap<>();
        Map<String, Lines.Line> domainLines = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (Lines.Line line : file.lines()) {
            String key = line.word(0).text();
            if (key.equals("horizon") || key.equals("discount")) {
                file.wordCount(line, 2, 2, key + " VALUE");
            } else if (key.equals("stop")) {
                file.wordCount(line, 2, 2, "stop ID");
                stop = OptionalInt.of(file.state(line, 1, states, "state"));
            } else if (key.equals("variable")) {
                file.wordCount(line, 3, 3, "variable NAME LO..HI");
                String name = line.word(1).text();
                Matcher m = RANGE.matcher(line.word(2).text());
                Valuations.Domain d;
                if (line.word(2).text().equals("bool")) {
                    d = Valuations.Domain.BOOL;
                } else if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
                    d = new Valuations.Domain(false, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                } else {
                    throw file.fail(line, 2, "expected a range 'LO..HI' (LO at most HI) or 'bool' here");
                }
                if (domains.put(name, d) != null) {
                    throw file.fail(line, 1, "variable " + name + " is declared twice");
                }
                domainLines.put(name, line);
            } else if (key.equals("state")) {
                file.wordCount(line, 4, 8, "state ID name NAME [code C] [init Q]");
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
                int w = 4;
                if (w < line.size() && line.word(w).text().equals("code")) {
                    if (w + 1 >= line.size()) {
                        throw file.fail(line, w + 1, "expected the code (one digit 0/1 per input) here");
                    }
                    codes.put(id, line);
                    w += 2;
                }
                if (w < line.size()) {
                    if (line.size() != w + 2 || !line.word(w).text().equals("init")) {
                        throw file.fail(line, w, "expected 'init Q' here");
                    }
                    inits.put(id, file.number(line, w + 1, "initial probability"));
                }
            } else {
                throw file.fail(line.number(), line.word(0).col(), DiagnosticCode.EXPLICIT_FORMAT, "unexpected '" + key
                        + "'; a .mincirc file has lines 'horizon H', 'discount g', 'stop ID', 'variable NAME LO..HI' and "
                        + "'state ID name NAME [code C] [init Q]'");
            }
        }
        return new SideFile(stop, names, inits, codes, domains, domainLines);
    }

    /** The code a {@code state} line gives (word 5), checked against the interface; used only when the .sta file cannot give it. */
    static int code(Lines file, Lines.Line line, int id, Interface iface) {
        Lines.Word word = line.word(5);
        String c = word.text();
        if (c.length() != iface.inputCount()) {
            throw file.fail(line.number(), word.col(), DiagnosticCode.CODE_LENGTH, "code " + c + " of state " + id + " must have "
                    + iface.inputCount() + " digits 0/1, one per input (" + String.join(" ", iface.inputs()) + ")");
        }
        if (!c.matches("[01]*")) {
            throw file.fail(line.number(), word.col(), DiagnosticCode.CODE_DIGITS, "code " + c + " of state " + id
                    + " must be written with the digits 0 and 1");
        }
        return Interface.parseCode(c);
    }
}
