package org.mincirc.circuit.io;

import java.util.Set;

/** Turns arbitrary circuit, input and output names into names each format can carry. */
final class Sanitize {
    private Sanitize() {}

    /**
     * BLIF names are whitespace-separated tokens; '#' starts a comment, a trailing '\' continues
     * a line, '=' is used by .subckt/.gate bindings and a leading '.' would read as a command.
     */
    static String blif(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean bad = Character.isWhitespace(c) || Character.isISOControl(c) || c == '#' || c == '\\' || c == '=';
            sb.append(bad ? '_' : c);
        }
        if (sb.length() == 0 || sb.charAt(0) == '.') {
            sb.insert(0, '_');
        }
        return sb.toString();
    }

    /** Verilog simple identifiers: [A-Za-z_][A-Za-z0-9_$]*, and not a keyword. */
    static String verilog(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$');
            sb.append(ok ? c : '_');
        }
        if (sb.length() == 0 || Character.isDigit(sb.charAt(0)) || sb.charAt(0) == '$') {
            sb.insert(0, '_');
        }
        String s = sb.toString();
        return VERILOG_KEYWORDS.contains(s) ? s + "_" : s;
    }

    /** AIGER symbols run to the end of their line: only line breaks must go. */
    static String aigerSymbol(String name, String fallback) {
        String s = name.replace('\n', '_').replace('\r', '_');
        return s.isEmpty() ? fallback : s;
    }

    /** A Graphviz double-quoted string. */
    static String dotQuoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /** Reserved words of Verilog-2005 (IEEE 1364-2005, Annex B) and SystemVerilog's most common. */
    static final Set<String> VERILOG_KEYWORDS = Set.of(
            "always", "and", "assign", "automatic", "begin", "buf", "bufif0", "bufif1", "case", "casex",
            "casez", "cell", "cmos", "config", "deassign", "default", "defparam", "design", "disable",
            "edge", "else", "end", "endcase", "endconfig", "endfunction", "endgenerate", "endmodule",
            "endprimitive", "endspecify", "endtable", "endtask", "event", "for", "force", "forever",
            "fork", "function", "generate", "genvar", "highz0", "highz1", "if", "ifnone", "incdir",
            "include", "initial", "inout", "input", "instance", "integer", "join", "large", "liblist",
            "library", "localparam", "macromodule", "medium", "module", "nand", "negedge", "nmos", "nor",
            "noshowcancelled", "not", "notif0", "notif1", "or", "output", "parameter", "pmos", "posedge",
            "primitive", "pull0", "pull1", "pulldown", "pullup", "pulsestyle_ondetect",
            "pulsestyle_onevent", "rcmos", "real", "realtime", "reg", "release", "repeat", "rnmos",
            "rpmos", "rtran", "rtranif0", "rtranif1", "scalared", "showcancelled", "signed", "small",
            "specify", "specparam", "strong0", "strong1", "supply0", "supply1", "table", "task", "time",
            "tran", "tranif0", "tranif1", "tri", "tri0", "tri1", "triand", "trior", "trireg", "unsigned",
            "use", "uwire", "vectored", "wait", "wand", "weak0", "weak1", "while", "wire", "wor", "xnor",
            "xor", "logic", "bit", "byte", "int", "interface", "endinterface", "package", "endpackage",
            "class", "endclass");
}
