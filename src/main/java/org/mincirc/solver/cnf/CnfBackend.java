package org.mincirc.solver.cnf;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.LiteralChecks;
import org.mincirc.solver.Outcome;

/**
 * The shared part of every backend whose solver takes only clauses (CaDiCaL, CryptoMiniSat, an
 * external DIMACS process): it counts variables and constraints, checks arguments, remembers a
 * root contradiction (the empty clause) so later solves answer UNSAT without asking the solver,
 * and lowers cardinality and pseudo-Boolean constraints to clauses exactly. A subclass supplies
 * only {@link #emit} and {@link #solveClauses}.
 */
public abstract class CnfBackend implements Backend {
    private int variables;
    private int constraints;
    private boolean contradiction;
    private final ClauseSink sink = new ClauseSink() {
        @Override
        public int newVar() {
            return CnfBackend.this.newVar();
        }

        @Override
        public void clause(int... literals) {
            addRawClause(literals);
        }
    };

    /** Hands one clause (every variable already created, no zero) to the solver. */
    protected abstract void emit(int[] literals);

    /**
     * Solves the clauses emitted so far under the assumptions; called only when no empty clause
     * was added and the time limit (null: none) is not yet spent.
     */
    protected abstract Outcome solveClauses(int[] assumptions, Duration timeLimit);

    /** Told of every new variable, for solvers that must be told how many there are. */
    protected void variableCreated(int variable) {}

    @Override
    public final int newVar() {
        variables++;
        variableCreated(variables);
        return variables;
    }

    @Override
    public final int variables() {
        return variables;
    }

    @Override
    public final int constraints() {
        return constraints;
    }

    @Override
    public final void addClause(int... literals) {
        LiteralChecks.literals(literals, variables);
        constraints++;
        addRawClause(literals.clone());
    }

    private void addRawClause(int[] literals) {
        if (contradiction) {
            return;
        }
        if (literals.length == 0) {
            contradiction = true;
            return;
        }
        emit(literals);
    }

    @Override
    public final void addCardinality(int[] literals, Comparison comparison, int bound) {
        LiteralChecks.literals(literals, variables);
        constraints++;
        Cardinality.encode(sink, literals, comparison, bound);
    }

    /** Lowered to clauses by {@link PseudoBoolean}, exactly for any coefficients. */
    @Override
    public boolean supportsPseudoBoolean() {
        return true;
    }

    @Override
    public void addPseudoBoolean(int[] literals, List<BigInteger> coefficients, Comparison comparison,
                                 BigInteger bound) {
        LiteralChecks.pseudoBoolean(literals, coefficients, variables);
        constraints++;
        PseudoBoolean.encode(sink, literals, coefficients, comparison, bound);
    }

    /**
     * For a subclass's own kind of constraint (CryptoMiniSat's native XOR): checks that the
     * arguments name existing variables and counts it, so {@link #constraints()} stays the total.
     */
    protected final void countConstraint(int[] literals) {
        LiteralChecks.literals(literals, variables);
        constraints++;
    }

    /** The sink auxiliary encodings write to (counted as part of the constraint that made them). */
    protected final ClauseSink sink() {
        return sink;
    }

    @Override
    public final Outcome solve(int[] assumptions, Duration timeLimit) {
        LiteralChecks.literals(assumptions, variables);
        if (contradiction) {
            return new Outcome.Unsat();
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            return new Outcome.Unknown("time limit reached before solving");
        }
        return solveClauses(assumptions.clone(), timeLimit);
    }
}
