package org.mincirc.circuit.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Lit;

/**
 * Reads combinational AIGER, ascii ({@code aag}) or binary ({@code aig}), header
 * {@code M I L O A} (AIGER 1.9's optional {@code B C J F} must be zero). Each AND becomes one
 * gate with its complemented edges absorbed into the table, so the gate count is the AND count.
 * Symbols {@code i<k>}/{@code o<k>} name inputs and outputs (default x0.., y0..). Ascii ANDs may
 * come in any order; gates come out in topological order.
 */
final class AigerReader {
    /** Far beyond any circuit mincirc can minimize; keeps a lying header from exhausting memory. */
    private static final int MAX_VARIABLES = 1 << 22;

    private final byte[] data;
    private int pos;
    private int line = 1;
    private boolean binary;
    /** False once the binary AND section starts: from there on, line numbers mean nothing. */
    private boolean linesKnown = true;
    private int maxVar;
    private int inputs;
    private int outputs;
    private int andCount;
    /** For each variable: -1 undefined, else the input index or inputs + AND index. */
    private int[] definedBy;
    private int[] inputVar;
    private int[] outputLit;
    private int[] outputLine;
    private int[][] ands;
    private int[] andLine;
    private final List<String> inputNames = new ArrayList<>();
    private final List<String> outputNames = new ArrayList<>();

    private AigerReader(byte[] data) {
        this.data = data;
    }

    /** Parses an .aag or .aig file's bytes (the header says which). */
    static Circuit read(byte[] data) throws FormatException {
        AigerReader reader = new AigerReader(data);
        reader.parse();
        return reader.build();
    }

    private void parse() throws FormatException {
        readHeader();
        definedBy = new int[maxVar + 1];
        Arrays.fill(definedBy, -1);
        inputVar = new int[inputs];
        for (int i = 0; i < inputs; i++) {
            if (binary) {
                inputVar[i] = i + 1;
            } else {
                int at = line;
                int lit = number(readLine("input " + i), "input literal");
                if (lit < 2 || lit % 2 != 0 || lit / 2 > maxVar) {
                    throw new FormatException(at, "input literal " + lit + " must be even, at least 2 and at most 2M = "
                            + 2 * maxVar);
                }
                inputVar[i] = lit / 2;
            }
            define(inputVar[i], i, line - 1);
        }
        outputLit = new int[outputs];
        outputLine = new int[outputs];
        for (int h = 0; h < outputs; h++) {
            outputLine[h] = line;
            outputLit[h] = literal(number(readLine("output " + h), "output literal"), line - 1);
        }
        ands = new int[andCount][];
        andLine = new int[andCount];
        linesKnown = !binary;
        for (int k = 0; k < andCount; k++) {
            if (binary) {
                readBinaryAnd(k);
            } else {
                readAsciiAnd(k);
            }
        }
        inputNames.addAll(Circuit.defaultNames("x", inputs));
        outputNames.addAll(Circuit.defaultNames("y", outputs));
        readSymbols();
    }

    private void readHeader() throws FormatException {
        String header = readLine("the header");
        String[] t = header.split(" ", -1);
        if (!t[0].equals("aag") && !t[0].equals("aig")) {
            throw new FormatException(1, "not an AIGER file: the header must start with 'aag' or 'aig', found '"
                    + abbreviate(header) + "'");
        }
        binary = t[0].equals("aig");
        if (t.length < 6 || t.length > 10) {
            throw new FormatException(1, "the header must be '" + t[0] + " M I L O A' (five numbers"
                    + ", optionally B C J F), found '" + abbreviate(header) + "'");
        }
        int[] n = new int[t.length - 1];
        for (int j = 1; j < t.length; j++) {
            n[j - 1] = number(t[j], "header field");
        }
        maxVar = n[0];
        inputs = n[1];
        outputs = n[3];
        andCount = n[4];
        if (n[2] != 0) {
            throw new FormatException(1, "the circuit has " + n[2] + " latches; mincirc reads combinational AIGER only");
        }
        for (int j = 5; j < n.length; j++) {
            if (n[j] != 0) {
                throw new FormatException(1, "bad-state, constraint, justice or fairness properties (header field "
                        + "B C J F) are not supported; only M I L O A circuits");
            }
        }
        long minBytes = binary ? 2L * andCount + 2L * outputs : 2L * ((long) inputs + outputs + 6L * andCount / 3);
        if (maxVar > MAX_VARIABLES || minBytes > data.length) {
            throw new FormatException(1, "header promises M = " + maxVar + ", I = " + inputs + ", O = " + outputs
                    + ", A = " + andCount + ", more than " + (maxVar > MAX_VARIABLES ? "mincirc handles ("
                    + MAX_VARIABLES + " variables)" : "this file of " + data.length + " bytes can hold"));
        }
        if ((long) inputs + andCount > maxVar || (binary && inputs + andCount != maxVar)) {
            throw new FormatException(1, "header says M = " + maxVar + " but I + L + A = " + (inputs + andCount)
                    + (binary ? "; binary AIGER needs M = I + L + A" : "; M must be at least I + L + A"));
        }
    }

    private void readAsciiAnd(int k) throws FormatException {
        int at = line;
        String[] t = readLine("AND " + k).split(" ", -1);
        if (t.length != 3) {
            throw new FormatException(at, "an AND line must be 'lhs rhs0 rhs1' (three numbers)");
        }
        int lhs = number(t[0], "AND literal");
        if (lhs < 2 || lhs % 2 != 0 || lhs / 2 > maxVar) {
            throw new FormatException(at, "AND literal " + lhs + " must be even, at least 2 and at most 2M = " + 2 * maxVar);
        }
        ands[k] = new int[] {lhs, literal(number(t[1], "AND input"), at), literal(number(t[2], "AND input"), at)};
        andLine[k] = at;
        define(lhs / 2, inputs + k, at);
    }

    private void readBinaryAnd(int k) throws FormatException {
        int lhs = 2 * (inputs + k + 1);
        int delta0 = varint(k);
        int delta1 = varint(k);
        if (delta0 <= 0 || delta0 > lhs || delta1 > lhs - delta0) {
            throw new FormatException(0, "binary AND " + k + " (literal " + lhs + ") has deltas " + delta0 + ", "
                    + delta1 + ": they must give lhs > rhs0 >= rhs1 >= 0");
        }
        int rhs0 = lhs - delta0;
        ands[k] = new int[] {lhs, rhs0, rhs0 - delta1};
        define(lhs / 2, inputs + k, 0);
    }

    private int varint(int k) throws FormatException {
        int x = 0;
        for (int shift = 0; ; shift += 7) {
            if (pos >= data.length) {
                throw new FormatException(0, "the file ends inside binary AND " + k + " of " + andCount);
            }
            int b = data[pos++] & 0xFF;
            if (shift > 28 || (shift == 28 && (b & 0x7F) > 7)) {
                throw new FormatException(0, "binary AND " + k + " has a delta too large for 32 bits");
            }
            x |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return x;
            }
        }
    }

    private void define(int var, int by, int at) throws FormatException {
        if (definedBy[var] >= 0) {
            throw new FormatException(at, "variable " + var + " (literal " + 2 * var + ") is defined twice");
        }
        definedBy[var] = by;
    }

    private int literal(int lit, int at) throws FormatException {
        if (lit / 2 > maxVar) {
            throw new FormatException(at, "literal " + lit + " is beyond the largest variable M = " + maxVar);
        }
        return lit;
    }

    /** Symbol table lines {@code i<k> name} and {@code o<k> name}, up to the comment section. */
    private void readSymbols() throws FormatException {
        int entry = 0;
        while (pos < data.length) {
            int at = here();
            String s = readLine("a symbol");
            entry++;
            if (s.isBlank()) {
                continue; // stray blank lines before the symbols or at the end are harmless
            }
            if (s.startsWith("c")) {
                return;
            }
            int space = s.indexOf(' ');
            char kind = s.isEmpty() ? ' ' : s.charAt(0);
            String where = binary ? " (symbol table entry " + entry + " after the binary ANDs)" : "";
            if (space < 2 || (kind != 'i' && kind != 'o')) {
                throw new FormatException(at, "expected a symbol 'i<index> name' or 'o<index> name' or the comment "
                        + "line 'c', found '" + abbreviate(s) + "'" + where);
            }
            int index = number(s.substring(1, space), "symbol index");
            String name = s.substring(space + 1);
            List<String> names = kind == 'i' ? inputNames : outputNames;
            if (index >= names.size()) {
                throw new FormatException(at, "symbol " + kind + index + " names no " + (kind == 'i' ? "input" : "output")
                        + " (there are " + names.size() + ")" + where);
            }
            names.set(index, name);
        }
    }

    private Circuit build() throws FormatException {
        GateBuilder builder = new GateBuilder(inputs);
        int[] circuitLit = new int[maxVar + 1];
        Arrays.fill(circuitLit, -1);
        circuitLit[0] = Lit.FALSE;
        for (int i = 0; i < inputs; i++) {
            circuitLit[inputVar[i]] = builder.inputLit(i);
        }
        for (int k = 0; k < andCount; k++) {
            resolve(k, circuitLit, builder);
        }
        List<Integer> outs = new ArrayList<>(outputs);
        for (int h = 0; h < outputs; h++) {
            int var = outputLit[h] / 2;
            if (circuitLit[var] < 0) {
                throw new FormatException(outputLine[h], "output " + h + " uses variable " + var
                        + ", which is neither an input nor an AND");
            }
            outs.add(circuitLit[var] ^ (outputLit[h] & 1));
        }
        return builder.build(outs, inputNames, outputNames);
    }

    /** Builds AND k after the ANDs it reads (ascii ANDs may come in any order), without recursion. */
    private void resolve(int start, int[] circuitLit, GateBuilder builder) throws FormatException {
        boolean[] open = new boolean[andCount];
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            int k = stack.peek();
            int[] and = ands[k];
            if (circuitLit[and[0] / 2] >= 0) {
                stack.pop();
                continue;
            }
            if (!open[k]) {
                open[k] = true;
                for (int j = 2; j >= 1; j--) {
                    int var = and[j] / 2;
                    if (circuitLit[var] >= 0) {
                        continue;
                    }
                    int by = definedBy[var];
                    if (by < 0) {
                        throw new FormatException(andLine[k], "AND " + and[0] + " uses variable " + var
                                + ", which is neither an input nor an AND");
                    }
                    if (open[by - inputs]) {
                        throw new FormatException(andLine[k], "AND " + and[0] + " is on a cycle through variable " + var);
                    }
                    stack.push(by - inputs);
                }
            } else {
                stack.pop();
                int a = circuitLit[and[1] / 2] ^ (and[1] & 1);
                int b = circuitLit[and[2] / 2] ^ (and[2] & 1);
                circuitLit[and[0] / 2] = builder.gate(GateFunction.AND, a, b);
            }
        }
    }

    /** The next line without its '\n'; the file must not end before it. */
    private String readLine(String what) throws FormatException {
        if (pos >= data.length) {
            throw new FormatException(here(), "the file ends before " + what);
        }
        int start = pos;
        while (pos < data.length && data[pos] != '\n') {
            pos++;
        }
        String s = new String(data, start, pos - start, StandardCharsets.UTF_8);
        if (pos < data.length) {
            pos++;
        }
        line++;
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** The current line number, or 0 where it is meaningless. */
    private int here() {
        return linesKnown ? line : 0;
    }

    /** A field of the line just read. */
    private int number(String s, String what) throws FormatException {
        int at = linesKnown ? line - 1 : 0;
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new FormatException(at, what + " '" + abbreviate(s) + "' is not a non-negative number "
                    + "(AIGER separates fields by single spaces)");
        }
        long v = Long.parseLong(s);
        if (v > Integer.MAX_VALUE / 2) {
            throw new FormatException(at, what + " " + s + " is too large");
        }
        return (int) v;
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }
}
