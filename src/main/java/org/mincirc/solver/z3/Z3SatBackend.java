package org.mincirc.solver.z3;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.Outcome;

/**
 * Z3's SAT core alone (the solver of logic QF_FD: CDCL over Booleans with native cardinality
 * and pseudo-Boolean constraints), without the SMT layer and without real arithmetic. On pure
 * circuit questions it is faster than Z3's general solver (see the README's figures). It offers
 * no {@link org.mincirc.solver.RationalArithmetic}, so returns are stated as with sat4j.
 */
public final class Z3SatBackend implements Backend {
    private final Z3Backend z3 = new Z3Backend("QF_FD");

    @Override
    public int newVar() {
        return z3.newVar();
    }

    @Override
    public int variables() {
        return z3.variables();
    }

    @Override
    public int constraints() {
        return z3.constraints();
    }

    @Override
    public void addClause(int... literals) {
        z3.addClause(literals);
    }

    @Override
    public void addCardinality(int[] literals, Comparison comparison, int bound) {
        z3.addCardinality(literals, comparison, bound);
    }

    @Override
    public boolean supportsPseudoBoolean() {
        return true;
    }

    @Override
    public void addPseudoBoolean(int[] literals, List<BigInteger> coefficients, Comparison comparison,
                                 BigInteger bound) {
        z3.addPseudoBoolean(literals, coefficients, comparison, bound);
    }

    @Override
    public Outcome solve(int[] assumptions, Duration timeLimit) {
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
