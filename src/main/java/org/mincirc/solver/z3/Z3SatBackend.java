package org.mincirc.solver.z3;

import java.time.Duration;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.cnf.CnfBackend;

/**
 * Z3's SAT core alone (the solver of logic QF_FD) fed plain clauses: cardinality and
 * pseudo-Boolean constraints go through the shared lowering of {@link CnfBackend}, as for
 * CaDiCaL. On circuit questions it is about twice as fast as Z3's general solver (README);
 * given native pseudo-Boolean constraints with the large coefficients of exact returns, QF_FD
 * ran out of a minute where the lowered form takes a second (differential test). It offers no
 * {@link org.mincirc.solver.RationalArithmetic}, so returns are stated as with sat4j.
 */
public final class Z3SatBackend extends CnfBackend {
    private final Z3Backend z3 = new Z3Backend("QF_FD");

    @Override
    protected void variableCreated(int variable) {
        int v = z3.newVar();
        if (v != variable) {
            throw new IllegalStateException("z3 numbered variable " + variable + " as " + v);
        }
    }

    @Override
    protected void emit(int[] literals) {
        z3.addClause(literals);
    }

    @Override
    protected Outcome solveClauses(int[] assumptions, Duration timeLimit) {
        return z3.solve(assumptions, timeLimit);
    }

    @Override
    public void interrupt() {
        z3.interrupt();
    }

    @Override
    public String name() {
        return "z3-sat";
    }

    @Override
    public void close() {
        z3.close();
    }
}
