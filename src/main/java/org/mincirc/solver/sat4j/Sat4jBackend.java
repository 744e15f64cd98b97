package org.mincirc.solver.sat4j;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.LiteralChecks;
import org.mincirc.solver.Model;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.SolverException;
import org.sat4j.core.Vec;
import org.sat4j.core.VecInt;
import org.sat4j.pb.IPBSolver;
import org.sat4j.pb.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IVec;
import org.sat4j.specs.TimeoutException;

/**
 * sat4j's pseudo-Boolean solver used incrementally. A {@link ContradictionException} on
 * adding a constraint means the formula became false at the root; it is remembered and every
 * later solve answers UNSAT (sat4j itself would refuse the constraint).
 */
public final class Sat4jBackend implements Backend {
    /** sat4j's own default limit is 180 s; "no limit" is a year, which its timer accepts. */
    private static final long NO_LIMIT_MS = 365L * 24 * 3600 * 1000;

    private final IPBSolver solver;
    private int variables;
    private int constraints;
    private boolean contradiction;

    public Sat4jBackend() {
        String flavor = System.getProperty("mincirc.sat4j", "pb");
        this.solver = switch (flavor) {
            case "glucose" -> SolverFactory.newResolutionGlucose21();
            case "sat" -> SolverFactory.newSAT();
            case "light" -> SolverFactory.newLight();
            case "res" -> SolverFactory.newResolution();
            default -> flavor.startsWith("new") ? byName(flavor) : SolverFactory.newDefault();
        };
        // Off: with it on, sat4j returned models violating the formula once pseudo-Boolean
        // constraints and unit clauses were mixed (SynthesisModelSoundnessTest reproduces it).
        this.solver.setDBSimplificationAllowed(false);
    }

    private static IPBSolver byName(String factoryMethod) {
        try {
            return (IPBSolver) SolverFactory.class.getMethod(factoryMethod).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new SolverException("no sat4j solver " + factoryMethod, e);
        }
    }

    @Override
    public int newVar() {
        variables++;
        solver.newVar(variables);
        return variables;
    }

    @Override
    public int newVars(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("newVars needs a positive count");
        }
        int first = variables + 1;
        variables += count;
        solver.newVar(variables);
        return first;
    }

    @Override
    public int variables() {
        return variables;
    }

    @Override
    public int constraints() {
        return constraints;
    }

    @Override
    public void addClause(int... literals) {
        LiteralChecks.literals(literals, variables);
        constraints++;
        if (contradiction) {
            return;
        }
        try {
            if (literals.length == 0) {
                contradiction = true;
                return;
            }
            solver.addClause(new VecInt(literals.clone()));
        } catch (ContradictionException e) {
            contradiction = true;
        } catch (RuntimeException e) {
            throw new SolverException("sat4j rejected a clause: " + e.getMessage(), e);
        }
    }

    @Override
    public void addCardinality(int[] literals, Comparison comparison, int bound) {
        LiteralChecks.literals(literals, variables);
        constraints++;
        if (contradiction) {
            return;
        }
        if (java.util.Arrays.stream(literals).map(Math::abs).distinct().count() < literals.length) {
            constraints--;
            addPseudoBoolean(literals, java.util.Collections.nCopies(literals.length, BigInteger.ONE), comparison,
                    BigInteger.valueOf(bound));
            return;
        }
        try {
            VecInt lits = new VecInt(literals.clone());
            switch (comparison) {
                case AT_LEAST -> solver.addAtLeast(lits, bound);
                case AT_MOST -> solver.addAtMost(lits, bound);
                case EXACTLY -> solver.addExactly(lits, bound);
            }
        } catch (ContradictionException e) {
            contradiction = true;
        } catch (RuntimeException e) {
            throw new SolverException("sat4j rejected a cardinality constraint: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsPseudoBoolean() {
        return true;
    }

    @Override
    public void addPseudoBoolean(int[] literals, List<BigInteger> coefficients, Comparison comparison,
                                 BigInteger bound) {
        LiteralChecks.pseudoBoolean(literals, coefficients, variables);
        constraints++;
        if (contradiction) {
            return;
        }
        // sat4j's watched PB constraints assume each variable occurs once (its assertions fail
        // otherwise, and without assertions the propagation is wrong): merge x and not x first.
        java.util.TreeMap<Integer, BigInteger> byVar = new java.util.TreeMap<>();
        for (int i = 0; i < literals.length; i++) {
            BigInteger c = coefficients.get(i);
            if (literals[i] > 0) {
                byVar.merge(literals[i], c, BigInteger::add);
            } else {
                // c * (not x) = c - c * x
                byVar.merge(-literals[i], c.negate(), BigInteger::add);
                bound = bound.subtract(c);
            }
        }
        byVar.values().removeIf(c -> c.signum() == 0);
        int[] merged = byVar.keySet().stream().mapToInt(Integer::intValue).toArray();
        if (merged.length == 0) {
            // The constant 0 compared with the bound.
            int sign = bound.signum();
            boolean holds = switch (comparison) {
                case AT_LEAST -> sign <= 0;
                case AT_MOST -> sign >= 0;
                case EXACTLY -> sign == 0;
            };
            contradiction |= !holds;
            return;
        }
        try {
            VecInt lits = new VecInt(merged);
            IVec<BigInteger> coefs = new Vec<>(byVar.values().toArray(new BigInteger[0]));
            switch (comparison) {
                case AT_LEAST -> solver.addAtLeast(lits, coefs, bound);
                case AT_MOST -> solver.addAtMost(lits, coefs, bound);
                case EXACTLY -> solver.addExactly(lits, coefs, bound);
            }
        } catch (ContradictionException e) {
            contradiction = true;
        } catch (RuntimeException e) {
            throw new SolverException("sat4j rejected a pseudo-Boolean constraint: " + e.getMessage(), e);
        }
    }

    @Override
    public Outcome solve(int[] assumptions, Duration timeLimit) {
        LiteralChecks.literals(assumptions, variables);
        if (contradiction) {
            return new Outcome.Unsat();
        }
        long ms = timeLimit == null ? NO_LIMIT_MS : Math.max(1, timeLimit.toMillis());
        if (timeLimit != null && timeLimit.isNegative()) {
            return new Outcome.Unknown("time limit reached before solving");
        }
        try {
            solver.setTimeoutMs(ms);
            boolean sat = solver.isSatisfiable(new VecInt(assumptions.clone()), false);
            if (!sat) {
                return new Outcome.Unsat();
            }
            boolean[] values = new boolean[variables + 1];
            int known = solver.nVars();
            for (int v = 1; v <= Math.min(variables, known); v++) {
                values[v] = solver.model(v);
            }
            return new Outcome.Sat(Model.of(values));
        } catch (TimeoutException e) {
            return new Outcome.Unknown("time limit of " + ms + " ms reached");
        } catch (RuntimeException e) {
            throw new SolverException("sat4j failed: " + e, e);
        }
    }

    @Override
    public void interrupt() {
        // sat4j's own time-out path: the search sees the expired timer at its next check.
        solver.expireTimeout();
    }

    @Override
    public String name() {
        return "sat4j";
    }

    @Override
    public void close() {
        try {
            solver.reset();
        } catch (RuntimeException e) {
            // nothing left to release
        }
    }

}
