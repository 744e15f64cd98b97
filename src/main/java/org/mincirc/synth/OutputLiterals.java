package org.mincirc.synth;

import org.mincirc.solver.Backend;

/**
 * The view of one encoding that extra constraints and candidate checks build on: a solver
 * literal for "output bit h is 1 on row r", for any row (rows CEGAR has not added yet are added
 * on demand), and the backend to add clauses or pseudo-Boolean constraints to.
 */
public interface OutputLiterals {
    Spec spec();

    /** Number of gates of this encoding. */
    int gates();

    /** A DIMACS literal of {@link #backend()} that is true iff output bit {@code h} is 1 on {@code row}. */
    int outputLit(int row, int h);

    /** A literal that is true in every model. */
    int trueLit();

    Backend backend();
}
