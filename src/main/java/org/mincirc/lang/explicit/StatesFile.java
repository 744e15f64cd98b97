package org.mincirc.lang.explicit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Interface;

/**
 * The {@code .sta} file: {@code (v1,...,vn)}, then {@code i:(x1,...,xn)}. mincirc reads each
 * state's code from it: the variables must be the interface's inputs in order, each 0/1 (or
 * false/true), bit i of the code being input i.
 */
final class StatesFile {
    private static final Pattern ROW = Pattern.compile("\\s*(\\d+)\\s*:\\s*\\((.*)\\)\\s*");

    private StatesFile() {}

    /** The code of every state id; {@code states} is the .tra file's count. */
    static int[] codes(Lines file, int states, Interface iface) {
        Lines.Line head = file.first("'(v1,...,vn)', the variables");
        String h = head.text().trim();
        if (!h.startsWith("(") || !h.endsWith(")")) {
            throw file.fail(head, 0, "the first line of a .sta file lists the variables, e.g. '("
                    + String.join(",", iface.inputs()) + ")'");
        }
        List<String> vars = List.of(h.substring(1, h.length() - 1).split(",", -1)).stream().map(String::trim).toList();
        if (!vars.equals(iface.inputs())) {
            throw file.fail(head.number(), head.word(0).col(), DiagnosticCode.CODE_LENGTH, "the variables (" + String.join(",", vars)
                    + ") must be the interface's inputs in order (" + String.join(",", iface.inputs()) + "): mincirc reads each "
                    + "state's code from them, one 0/1 value per input");
        }
        int[] codes = new int[states];
        boolean[] seen = new boolean[states];
        for (Lines.Line line : file.lines().subList(1, file.lines().size())) {
            Matcher m = ROW.matcher(line.text());
            if (!m.matches()) {
                throw file.fail(line, 0, "expected 'i:(x1,...,xn)' here");
            }
            int id;
            try {
                id = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                throw file.fail(line, 0, "state id " + m.group(1) + " is too large");
            }
            if (id >= states) {
                throw file.fail(line.number(), line.word(0).col(), DiagnosticCode.EXPLICIT_MISMATCH, "state " + id
                        + " does not exist; the .tra file has " + states + " states");
            }
            if (seen[id]) {
                throw file.fail(line, 0, "state " + id + " is listed twice");
            }
            String[] values = m.group(2).split(",", -1);
            if (values.length != vars.size()) {
                throw file.fail(line.number(), m.start(2) + 1, DiagnosticCode.CODE_LENGTH, "state " + id + " has "
                        + values.length + " values, but the first line names " + vars.size() + " variables");
            }
            int code = 0;
            int col = m.start(2) + 1;
            for (int b = 0; b < values.length; b++) {
                String v = values[b].trim();
                if (v.equals("1") || v.equals("true")) {
                    code |= 1 << b;
                } else if (!v.equals("0") && !v.equals("false")) {
                    throw file.fail(line.number(), col, DiagnosticCode.CODE_DIGITS, "value " + v + " of input " + vars.get(b)
                            + " in state " + id + " must be 0 or 1 (or false/true): the values are the bits of the state's code");
                }
                col += values[b].length() + 1;
            }
            codes[id] = code;
            seen[id] = true;
        }
        for (int i = 0; i < states; i++) {
            if (!seen[i]) {
                throw file.failAtEnd(DiagnosticCode.EXPLICIT_MISMATCH, "state " + i + " of the .tra file is not listed; "
                        + "the .sta file needs a line 'i:(...)' for every state");
            }
        }
        return codes;
    }
}
