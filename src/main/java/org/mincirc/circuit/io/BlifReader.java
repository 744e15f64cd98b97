package org.mincirc.circuit.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Lit;

/**
 * Reads the combinational subset of BLIF: {@code .model .inputs .outputs .names .end}, comments,
 * {@code \} continuations. A {@code .names} with at most two inputs becomes at most one gate
 * (so BLIF written by {@link BlifWriter} keeps its gate count); a wider cover is decomposed into
 * two-input ANDs and ORs (balanced trees), its off-set form complemented at no cost.
 * {@code .names} may come in any order: nets are built in topological order.
 */
final class BlifReader {
    /** Timing annotations some tools write; they do not change the logic. */
    private static final Set<String> IGNORED = Set.of(".default_input_arrival", ".default_output_required",
            ".input_arrival", ".output_required", ".default_input_drive", ".input_drive",
            ".default_output_load", ".output_load", ".wire_load_slope", ".area", ".delay");

    /** One .names: fan-in nets, output net, the cubes' input columns, and which set they list. */
    private static final class Names {
        final int line;
        final List<String> fanins;
        final String output;
        final List<String> cubes = new ArrayList<>();
        /** True if the cubes list the on-set (output column 1), false for the off-set. */
        boolean onSet;

        Names(int line, List<String> fanins, String output) {
            this.line = line;
            this.fanins = fanins;
            this.output = output;
        }
    }

    private final List<String> inputs = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private final Map<String, Integer> outputLine = new HashMap<>();
    private final Map<String, Names> drivers = new LinkedHashMap<>();

    private BlifReader() {}

    /** Parses BLIF text into a circuit with gates in topological order. */
    static Circuit read(String text) throws FormatException {
        BlifReader reader = new BlifReader();
        reader.parse(BlifLines.of(text));
        return reader.build();
    }

    private void parse(List<BlifLines.Line> lines) throws FormatException {
        Set<String> inputSet = new HashSet<>();
        Names current = null;
        boolean sawModel = false;
        for (BlifLines.Line line : lines) {
            List<String> t = line.tokens();
            String head = t.get(0);
            if (!head.startsWith(".")) {
                if (current == null) {
                    throw new FormatException(line.number(), "cover line '" + String.join(" ", t)
                            + "' outside a .names block (or a command is missing its leading '.')");
                }
                addCube(current, line);
                continue;
            }
            current = null;
            switch (head) {
                case ".model" -> {
                    if (sawModel) {
                        throw new FormatException(line.number(), "a second .model before .end: hierarchical BLIF "
                                + "is not supported; flatten it first (e.g. ABC: read f.blif; write_blif flat.blif)");
                    }
                    sawModel = true;
                }
                case ".inputs" -> {
                    for (String name : t.subList(1, t.size())) {
                        if (!inputSet.add(name)) {
                            throw new FormatException(line.number(), "input '" + name + "' is declared twice");
                        }
                        inputs.add(name);
                    }
                }
                case ".outputs" -> {
                    for (String name : t.subList(1, t.size())) {
                        outputs.add(name);
                        outputLine.putIfAbsent(name, line.number());
                    }
                }
                case ".names" -> current = startNames(line, inputSet);
                case ".end" -> {
                    return;
                }
                case ".latch", ".mlatch", ".clock" -> throw new FormatException(line.number(), head
                        + " makes the circuit sequential; mincirc reads combinational BLIF only");
                case ".subckt", ".gate", ".search" -> throw new FormatException(line.number(), head
                        + " (hierarchical or mapped BLIF) is not supported; flatten it to .names first "
                        + "(e.g. ABC: read f.blif; strash; write_blif flat.blif)");
                case ".exdc" -> throw new FormatException(line.number(),
                        ".exdc (external don't-care network) is not supported");
                default -> {
                    if (!IGNORED.contains(head)) {
                        throw new FormatException(line.number(), "unknown BLIF command " + head
                                + "; expected .model, .inputs, .outputs, .names or .end");
                    }
                }
            }
        }
    }

    private Names startNames(BlifLines.Line line, Set<String> inputSet) throws FormatException {
        List<String> t = line.tokens();
        if (t.size() < 2) {
            throw new FormatException(line.number(), ".names needs at least an output net");
        }
        String output = t.get(t.size() - 1);
        if (inputSet.contains(output)) {
            throw new FormatException(line.number(), "net '" + output + "' is a primary input and cannot be driven by .names");
        }
        Names previous = drivers.get(output);
        if (previous != null) {
            throw new FormatException(line.number(), "net '" + output + "' is driven twice (first at line "
                    + previous.line + ")");
        }
        Names names = new Names(line.number(), List.copyOf(t.subList(1, t.size() - 1)), output);
        drivers.put(output, names);
        return names;
    }

    private void addCube(Names names, BlifLines.Line line) throws FormatException {
        List<String> t = line.tokens();
        int k = names.fanins.size();
        String cube;
        String value;
        if (k == 0 && t.size() == 1) {
            cube = "";
            value = t.get(0);
        } else if (k > 0 && t.size() == 2) {
            cube = t.get(0);
            value = t.get(1);
        } else {
            throw new FormatException(line.number(), "cover line '" + String.join(" ", t) + "' of net '"
                    + names.output + "' should be " + (k == 0 ? "a single 0 or 1" : k
                    + " input columns (0, 1 or -), a space and an output 0 or 1"));
        }
        if (cube.length() != k || !cube.chars().allMatch(c -> c == '0' || c == '1' || c == '-')) {
            throw new FormatException(line.number(), "cube '" + cube + "' of net '" + names.output + "' should have "
                    + k + " characters from 0, 1 and - (one per input of its .names)");
        }
        if (!value.equals("0") && !value.equals("1")) {
            throw new FormatException(line.number(), "output column '" + value + "' of net '" + names.output
                    + "' must be 0 or 1");
        }
        boolean on = value.equals("1");
        if (!names.cubes.isEmpty() && names.onSet != on) {
            throw new FormatException(line.number(), "net '" + names.output
                    + "' mixes on-set (output 1) and off-set (output 0) cubes; BLIF needs one kind per .names");
        }
        names.onSet = on;
        names.cubes.add(cube);
    }

    private Circuit build() throws FormatException {
        GateBuilder builder = new GateBuilder(inputs.size());
        Map<String, Integer> lit = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            lit.put(inputs.get(i), builder.inputLit(i));
        }
        for (Names names : drivers.values()) {
            if (lit.containsKey(names.output)) {
                // Declared by an .inputs line that came after this .names.
                throw new FormatException(names.line, "net '" + names.output
                        + "' is a primary input and cannot be driven by .names");
            }
        }
        for (String net : drivers.keySet()) {
            resolve(net, lit, builder);
        }
        List<Integer> outLits = new ArrayList<>(outputs.size());
        for (String name : outputs) {
            Integer l = lit.get(name);
            if (l == null) {
                throw new FormatException(outputLine.get(name), "output '" + name
                        + "' is neither an input nor driven by a .names");
            }
            outLits.add(l);
        }
        return builder.build(outLits, inputs, outputs);
    }

    /** Builds the net and everything it needs, depth first without recursion (deep netlists exist). */
    private void resolve(String start, Map<String, Integer> lit, GateBuilder builder) throws FormatException {
        Set<String> open = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            String net = stack.peek();
            if (lit.containsKey(net)) {
                stack.pop();
                continue;
            }
            Names names = drivers.get(net);
            if (open.add(net)) {
                List<String> fanins = names.fanins;
                for (int j = fanins.size() - 1; j >= 0; j--) {
                    String f = fanins.get(j);
                    if (lit.containsKey(f)) {
                        continue;
                    }
                    if (!drivers.containsKey(f)) {
                        throw new FormatException(names.line, "net '" + f + "' feeding '" + net
                                + "' is neither an input nor driven by a .names");
                    }
                    if (open.contains(f)) {
                        throw new FormatException(names.line, "combinational cycle: '" + net + "' depends on '"
                                + f + "', which depends on '" + net + "'" + (f.equals(net) ? "" : " again"));
                    }
                    stack.push(f);
                }
            } else {
                stack.pop();
                open.remove(net);
                List<Integer> fanins = new ArrayList<>();
                for (String f : names.fanins) {
                    fanins.add(lit.get(f));
                }
                lit.put(net, cover(names, fanins, builder));
            }
        }
    }

    /** The literal of a cover over fan-in literals. */
    private static int cover(Names names, List<Integer> in, GateBuilder builder) {
        int k = in.size();
        if (names.cubes.isEmpty()) {
            return Lit.FALSE; // BLIF: a .names without cubes is the constant 0
        }
        boolean on = names.onSet;
        if (k <= 2) {
            int table = 0;
            for (int row = 0; row < 1 << k; row++) {
                if (covers(names.cubes, row) == on) {
                    table |= 1 << row;
                }
            }
            return switch (k) {
                case 0 -> table == 1 ? Lit.TRUE : Lit.FALSE;
                case 1 -> switch (table) {
                    case 0b00 -> Lit.FALSE;
                    case 0b11 -> Lit.TRUE;
                    case 0b10 -> in.get(0);
                    default -> Lit.not(in.get(0));
                };
                default -> builder.gate(table, in.get(0), in.get(1));
            };
        }
        List<Integer> terms = new ArrayList<>();
        for (String cube : names.cubes) {
            List<Integer> literals = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                char c = cube.charAt(j);
                if (c != '-') {
                    literals.add(c == '1' ? in.get(j) : Lit.not(in.get(j)));
                }
            }
            terms.add(builder.andAll(literals));
        }
        int sum = builder.orAll(terms);
        return on ? sum : Lit.not(sum);
    }

    /** True if some cube contains the row (bit j of row = value of input column j). */
    private static boolean covers(List<String> cubes, int row) {
        for (String cube : cubes) {
            boolean match = true;
            for (int j = 0; j < cube.length() && match; j++) {
                char c = cube.charAt(j);
                match = c == '-' || (c == '1') == ((row >>> j & 1) == 1);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
