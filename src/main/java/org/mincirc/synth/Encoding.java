package org.mincirc.synth;

import org.mincirc.circuit.Circuit;
import org.mincirc.solver.Model;

/**
 * One encoding of "a circuit of k gates meeting the spec" on one backend, as the question loop
 * sees it (percy's encoder base): output literals for the hooks, a decoder from models to
 * circuits, and spec rows that can be added on demand (CEGAR). Implementations differ in how
 * they describe the circuit's structure ({@link SsvEncoding}: one selection variable per fan-in
 * pair), never in what a decoded circuit must satisfy: {@link QuestionLoop} and the driver check
 * every candidate against the spec themselves.
 */
public interface Encoding extends OutputLiterals {
    /** A short name for records and progress lines ("ssv", "table", ...). */
    String name();

    /** The options this encoding was built with, for records ("all breaks, cegar"). */
    default String options() {
        return "";
    }

    /** The circuit a model of the formula describes. */
    Circuit decode(Model model);

    /** Whether the formula already demands the spec on {@code row}. */
    boolean hasRow(int row);

    /** Adds the spec's demand on {@code row} (CEGAR). */
    void addRow(int row);

    /** Number of rows whose constraints are in the formula. */
    int rowCount();
}
