package org.mincirc.lang.explicit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code .lab} file: {@code 0="init" 1="deadlock" 2="goal" ...}, then {@code i: l1 l2 ...}
 * for each state satisfying some label. The result keeps every label in its file order, with
 * the states satisfying it ascending.
 */
final class LabelsFile {
    private static final Pattern NAME = Pattern.compile("(\\d+)=\"([^\"]*)\"");

    private LabelsFile() {}

    static Map<String, List<Integer>> labels(Lines file, int states) {
        Lines.Line head = file.first("the labels, e.g. '0=\"init\" 1=\"deadlock\"'");
        List<String> names = new ArrayList<>();
        for (Lines.Word w : head.words()) {
            Matcher m = NAME.matcher(w.text());
            if (!m.matches()) {
                throw file.fail(head.number(), w.col(), org.mincirc.lang.DiagnosticCode.EXPLICIT_FORMAT,
                        "expected a label 'k=\"name\"' here, not '" + w.text() + "'");
            }
            if (!m.group(1).equals(Integer.toString(names.size()))) {
                throw file.fail(head.number(), w.col(), org.mincirc.lang.DiagnosticCode.EXPLICIT_FORMAT,
                        "labels are numbered 0, 1, 2, ... in order; expected " + names.size() + ", not " + m.group(1));
            }
            if (names.contains(m.group(2))) {
                throw file.fail(head.number(), w.col(), org.mincirc.lang.DiagnosticCode.EXPLICIT_FORMAT,
                        "label \"" + m.group(2) + "\" is declared twice");
            }
            names.add(m.group(2));
        }
        Map<String, List<Integer>> labels = new LinkedHashMap<>();
        names.forEach(n -> labels.put(n, new ArrayList<>()));
        int last = -1;
        for (Lines.Line line : file.lines().subList(1, file.lines().size())) {
            String first = line.word(0).text();
            if (!first.endsWith(":")) {
                throw file.fail(line, 0, "expected 'i: l1 l2 ...' (a state id, a colon, label numbers) here");
            }
            int id;
            try {
                id = Integer.parseInt(first.substring(0, first.length() - 1));
            } catch (NumberFormatException e) {
                throw file.fail(line, 0, "expected a state id before the colon, not '" + first + "'");
            }
            if (id >= states) {
                throw file.fail(line, 0, "state " + id + " does not exist; the .tra file has " + states + " states");
            }
            if (id <= last) {
                throw file.fail(line, 0, "states must come in ascending order, each once; state " + id + " comes after state " + last);
            }
            last = id;
            for (int k = 1; k < line.size(); k++) {
                int l = file.whole(line, k, "a label number");
                if (l >= names.size()) {
                    throw file.fail(line, k, "label " + l + " is not declared; the first line declares labels 0 to "
                            + (names.size() - 1));
                }
                List<Integer> of = labels.get(names.get(l));
                if (of.isEmpty() || of.get(of.size() - 1) != id) {
                    of.add(id);
                }
            }
        }
        return labels;
    }
}
