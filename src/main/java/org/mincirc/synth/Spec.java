package org.mincirc.synth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mincirc.circuit.TruthTable;

/**
 * The synthesis question and nothing else: a circuit with {@code inputs} inputs and
 * {@code outputs} outputs whose output code on each care row is one of the codes allowed there
 * (output bit h of a code is output h). Rows that are not listed are don't-cares and cost
 * nothing. A plain truth-table spec allows exactly one code per row. Immutable.
 */
public final class Spec {
    /** Inputs beyond this make 2^n rows too many to list; exact synthesis is far past its reach anyway. */
    public static final int MAX_INPUTS = 20;
    public static final int MAX_OUTPUTS = 16;

    private final int inputs;
    private final int outputs;
    private final int[] careRows;
    /** allowed[i] is the sorted list of codes allowed on careRows[i]. */
    private final int[][] allowed;
    /** Row -> index into careRows, or -1 for a don't-care. */
    private final int[] indexOfRow;

    private Spec(int inputs, int outputs, TreeMap<Integer, int[]> rows) {
        if (inputs < 0 || inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("a spec takes 0.." + MAX_INPUTS + " inputs, not " + inputs);
        }
        if (outputs < 1 || outputs > MAX_OUTPUTS) {
            throw new IllegalArgumentException("a spec takes 1.." + MAX_OUTPUTS + " outputs, not " + outputs);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.careRows = new int[rows.size()];
        this.allowed = new int[rows.size()][];
        this.indexOfRow = new int[1 << inputs];
        Arrays.fill(indexOfRow, -1);
        int i = 0;
        for (Map.Entry<Integer, int[]> e : rows.entrySet()) {
            careRows[i] = e.getKey();
            allowed[i] = e.getValue();
            indexOfRow[e.getKey()] = i;
            i++;
        }
    }

    /** A fully specified multi-output function: output h is {@code tables.get(h)}. */
    public static Spec ofTruthTables(List<TruthTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("at least one output");
        }
        int n = tables.get(0).vars();
        TruthTable all = TruthTable.zero(n).not();
        return ofTruthTables(tables, all);
    }

    /** A function with don't-cares: only rows where {@code care} is 1 are constrained. */
    public static Spec ofTruthTables(List<TruthTable> tables, TruthTable care) {
        int n = care.vars();
        Builder b = builder(n, tables.size());
        for (TruthTable t : tables) {
            if (t.vars() != n) {
                throw new IllegalArgumentException("all outputs need the same number of inputs");
            }
        }
        for (int r = 0; r < (1 << n); r++) {
            if (care.get(r)) {
                int code = 0;
                for (int h = 0; h < tables.size(); h++) {
                    if (tables.get(h).get(r)) {
                        code |= 1 << h;
                    }
                }
                b.allow(r, code);
            }
        }
        return b.build();
    }

    public static Builder builder(int inputs, int outputs) {
        return new Builder(inputs, outputs);
    }

    /** Collects, for each care row, the codes allowed on it. */
    public static final class Builder {
        private final int inputs;
        private final int outputs;
        private final TreeMap<Integer, java.util.TreeSet<Integer>> rows = new TreeMap<>();

        private Builder(int inputs, int outputs) {
            this.inputs = inputs;
            this.outputs = outputs;
            if (inputs < 0 || inputs > MAX_INPUTS || outputs < 1 || outputs > MAX_OUTPUTS) {
                throw new IllegalArgumentException("bad spec shape: " + inputs + " inputs, " + outputs + " outputs");
            }
        }

        /** Allows each of {@code codes} on {@code row} (and makes the row a care row). */
        public Builder allow(int row, int... codes) {
            if (row < 0 || row >= 1 << inputs) {
                throw new IllegalArgumentException("row " + row + " out of range for " + inputs + " inputs");
            }
            java.util.TreeSet<Integer> set = rows.computeIfAbsent(row, r -> new java.util.TreeSet<>());
            for (int code : codes) {
                if (code < 0 || code >= 1 << outputs) {
                    throw new IllegalArgumentException("code " + code + " out of range for " + outputs + " outputs");
                }
                set.add(code);
            }
            return this;
        }

        public Spec build() {
            TreeMap<Integer, int[]> frozen = new TreeMap<>();
            for (Map.Entry<Integer, java.util.TreeSet<Integer>> e : rows.entrySet()) {
                if (e.getValue().isEmpty()) {
                    throw new IllegalArgumentException("row " + e.getKey() + " allows no code: no circuit can meet it");
                }
                if (e.getValue().size() == 1 << outputs) {
                    continue; // every code allowed: a don't-care in disguise
                }
                frozen.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
            return new Spec(inputs, outputs, frozen);
        }
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    public int rows() {
        return 1 << inputs;
    }

    /** The care rows in increasing order (a copy). */
    public int[] careRows() {
        return careRows.clone();
    }

    public int careRowCount() {
        return careRows.length;
    }

    public int careRow(int index) {
        return careRows[index];
    }

    public boolean isCare(int row) {
        return indexOfRow[row] >= 0;
    }

    /** The codes allowed on a care row, sorted (a copy); empty for a don't-care row. */
    public int[] allowedCodes(int row) {
        int i = indexOfRow[row];
        return i < 0 ? new int[0] : allowed[i].clone();
    }

    /** True if the code may appear on the row (always for a don't-care). */
    public boolean allows(int row, int code) {
        int i = indexOfRow[row];
        return i < 0 || Arrays.binarySearch(allowed[i], code) >= 0;
    }

    /** True if every care row allows exactly one code (a plain, possibly partial, truth table). */
    public boolean isFunctional() {
        for (int[] a : allowed) {
            if (a.length != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value output bit {@code h} must take on {@code row}: 0 or 1 when every allowed code
     * agrees on it, -1 when the row leaves it open (don't-care or a relation).
     */
    public int forcedBit(int row, int h) {
        int i = indexOfRow[row];
        if (i < 0) {
            return -1;
        }
        int first = allowed[i][0] >>> h & 1;
        for (int code : allowed[i]) {
            if ((code >>> h & 1) != first) {
                return -1;
            }
        }
        return first;
    }

    /** True if the circuit's output code on every care row is allowed. */
    public boolean isMetBy(org.mincirc.circuit.Circuit circuit) {
        return firstViolatedRow(circuit) < 0;
    }

    /** The first care row where the circuit's code is not allowed, or -1. */
    public int firstViolatedRow(org.mincirc.circuit.Circuit circuit) {
        if (circuit.inputs() != inputs || circuit.outputs().size() != outputs) {
            throw new IllegalArgumentException("circuit shape does not match the spec");
        }
        int[] codes = outputCodes(circuit);
        for (int i = 0; i < careRows.length; i++) {
            if (Arrays.binarySearch(allowed[i], codes[careRows[i]]) < 0) {
                return careRows[i];
            }
        }
        return -1;
    }

    /** The circuit's output code on every row, by bit-parallel simulation. */
    public static int[] outputCodes(org.mincirc.circuit.Circuit circuit) {
        List<TruthTable> tables = circuit.simulate();
        int rows = 1 << circuit.inputs();
        int[] codes = new int[rows];
        for (int h = 0; h < tables.size(); h++) {
            TruthTable t = tables.get(h);
            for (int r = 0; r < rows; r++) {
                if (t.get(r)) {
                    codes[r] |= 1 << h;
                }
            }
        }
        return codes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spec s && s.inputs == inputs && s.outputs == outputs
                && Arrays.equals(s.careRows, careRows) && Arrays.deepEquals(s.allowed, allowed);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * inputs + outputs) + Arrays.deepHashCode(allowed) + Arrays.hashCode(careRows);
    }

    @Override
    public String toString() {
        return "Spec(" + inputs + " inputs, " + outputs + " outputs, " + careRows.length + " care rows)";
    }
}
