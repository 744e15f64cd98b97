package org.mincirc.solver.cnf;

/**
 * Where a clause-level encoding puts what it makes: fresh auxiliary variables and clauses. Kept
 * apart from {@link org.mincirc.solver.Backend} so the encodings can be tested against a plain
 * list of clauses (and counted) without any solver.
 */
public interface ClauseSink {
    /** A fresh variable (DIMACS numbering, positive). */
    int newVar();

    /** Adds the clause; an empty clause makes the formula false. */
    void clause(int... literals);
}
