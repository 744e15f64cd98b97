package org.mincirc.lang.explicit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Interface;

/**
 * The {@code .sta} file: {@code (v1,...,vn)}, then {@code i:(x1,...,xn)} for every state, as
 * PRISM writes it (integers, {@code true}/{@code false}). {@link #read} takes the values as
 * text; {@link #codes} is the rule without {@code observe}: the variables must be the
 * interface's inputs in order, each 0/1 (or false/true), bit i of the code being input i.
 */
final class StatesFile {
    private static final Pattern ROW = Pattern.compile("\\s*(\\d+)\\s*:\\s*\\((.*)\\)\\s*");

    /** The header line, the variables, and per state id its values, line number and value columns. */
    record Sta(Lines.Line head, List<String> variables, List<List<String>> values, int[] lines, int[][] cols) {}

    private StatesFile() {}

    /** Reads every line; {@code states} is the .tra file's count. */
    static Sta read(Lines file, int states, Interface iface) {
        Lines.Line head = file.first("'(v1,...,vn)', the variables");
        String h = head.text().trim();
        if (!h.startsWith("(") || !h.endsWith(")")) {
            throw file.fail(head, 0, "the first line of a .sta file lists the variables, e.g. '("
                    + String.join(",", iface.inputs()) + ")'");
        }
        String inner = h.substring(1, h.length() - 1);
        List<String> vars = inner.isBlank() ? List.of()
                : List.of(inner.split(",", -1)).stream().map(String::trim).toList();
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            values.add(null);
        }
        int[] lines = new int[states];
        int[][] cols = new int[states][];
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
            if (values.get(id) != null) {
                throw file.fail(line, 0, "state " + id + " is listed twice");
            }
            String[] parts = m.group(2).isBlank() && vars.isEmpty() ? new String[0] : m.group(2).split(",", -1);
            if (parts.length != vars.size()) {
                throw file.fail(line.number(), m.start(2) + 1, DiagnosticCode.CODE_LENGTH, "state " + id + " has "
                        + parts.length + " values, but the first line names " + vars.size() + " variables");
            }
            List<String> row = new ArrayList<>();
            int[] c = new int[parts.length];
            int col = m.start(2) + 1;
            for (int b = 0; b < parts.length; b++) {
                row.add(parts[b].trim());
                c[b] = col + (parts[b].length() - parts[b].stripLeading().length());
                col += parts[b].length() + 1;
            }
            values.set(id, row);
            lines[id] = line.number();
            cols[id] = c;
        }
        for (int i = 0; i < states; i++) {
            if (values.get(i) == null) {
                throw file.failAtEnd(DiagnosticCode.EXPLICIT_MISMATCH, "state " + i + " of the .tra file is not listed; "
                        + "the .sta file needs a line 'i:(...)' for every state");
            }
        }
        return new Sta(head, vars, values, lines, cols);
    }

    /** Whether the variables are the interface's inputs in order (the rule without observe applies). */
    static boolean areInputs(Sta sta, Interface iface) {
        return sta.variables().equals(iface.inputs());
    }

    /** The failure when the variables are not the inputs and nothing else gives the codes. */
    static Lines.Failure notInputs(Lines file, Sta sta, Interface iface) {
        return file.fail(sta.head().number(), sta.head().word(0).col(), DiagnosticCode.CODE_LENGTH, "the variables ("
                + String.join(",", sta.variables()) + ") must be the interface's inputs in order ("
                + String.join(",", iface.inputs()) + "): mincirc reads each state's code from them, one 0/1 value per input;"
                + " or name the variables that make the code with 'observe'");
    }

    /** The code of every state id from 0/1 values of the inputs. */
    static int[] codes(Lines file, Sta sta) {
        int[] codes = new int[sta.values().size()];
        for (int id = 0; id < codes.length; id++) {
            List<String> values = sta.values().get(id);
            int code = 0;
            for (int b = 0; b < values.size(); b++) {
                String v = values.get(b);
                if (v.equals("1") || v.equals("true")) {
                    code |= 1 << b;
                } else if (!v.equals("0") && !v.equals("false")) {
                    throw file.fail(sta.lines()[id], sta.cols()[id][b], DiagnosticCode.CODE_DIGITS, "value " + v + " of input "
                            + sta.variables().get(b) + " in state " + id + " must be 0 or 1 (or false/true): the values are the "
                            + "bits of the state's code");
                }
            }
            codes[id] = code;
        }
        return codes;
    }
}
