package org.mincirc.solver.z3;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.LiteralChecks;
import org.mincirc.solver.Model;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.RationalArithmetic;
import org.mincirc.solver.RealSum;
import org.mincirc.solver.SolverException;
import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.IntSymbol;
import com.microsoft.z3.Params;
import com.microsoft.z3.RealExpr;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import com.microsoft.z3.Z3Exception;

/**
 * Z3 used incrementally as a SAT / pseudo-Boolean solver with exact rational arithmetic on the
 * side. Boolean variable v is the constant named by the integer symbol v; real variable i is
 * {@code r<i>}. Pseudo-Boolean constraints whose numbers fit in an int use Z3's PB predicates;
 * larger ones become integer linear arithmetic over {@code (ite l c 0)}, which is exact for any
 * size. Every Z3 failure leaves as a {@link SolverException}.
 */
public final class Z3Backend implements Backend, RationalArithmetic {
    private final Context ctx;
    private final Solver solver;
    /** Index v holds variable v; index 0 is unused. */
    private final List<BoolExpr> vars = new ArrayList<>(Collections.singletonList(null));
    private final List<RealExpr> reals = new ArrayList<>(Collections.singletonList(null));
    private int constraints;
    private com.microsoft.z3.Model lastModel;

    /** @throws SolverException if Z3's native library does not load here */
    public Z3Backend() {
        this(null);
    }

    /**
     * @param logic a Z3 logic that picks the solver (null: Z3's general solver, which also takes
     *              the real arithmetic); "QF_FD" is Z3's SAT core for Booleans and PB
     */
    Z3Backend(String logic) {
        Optional<String> problem = Z3Library.problem();
        if (problem.isPresent()) {
            throw new SolverException("the z3 backend is not available here: " + problem.get());
        }
        try {
            this.ctx = new Context();
            this.solver = logic == null ? ctx.mkSolver() : ctx.mkSolver(logic);
        } catch (Z3Exception | LinkageError e) {
            throw new SolverException("z3 could not start: " + Z3Library.reason(e), e);
        }
    }

    // ------------------------------------------------------------------ Boolean part

    @Override
    public int newVar() {
        int v = vars.size();
        vars.add(guard(() -> ctx.mkBoolConst(ctx.mkSymbol(v))));
        return v;
    }

    @Override
    public int variables() {
        return vars.size() - 1;
    }

    @Override
    public int constraints() {
        return constraints;
    }

    @Override
    public void addClause(int... literals) {
        LiteralChecks.literals(literals, variables());
        constraints++;
        assertExpr(() -> literals.length == 0 ? ctx.mkFalse() : ctx.mkOr(lits(literals)));
    }

    @Override
    public void addCardinality(int[] literals, Comparison comparison, int bound) {
        addPseudoBoolean(literals, Collections.nCopies(literals.length, BigInteger.ONE), comparison,
                BigInteger.valueOf(bound));
    }

    @Override
    public boolean supportsPseudoBoolean() {
        return true;
    }

    @Override
    public void addPseudoBoolean(int[] literals, List<BigInteger> coefficients, Comparison comparison,
                                 BigInteger bound) {
        LiteralChecks.pseudoBoolean(literals, coefficients, variables());
        constraints++;
        // Make every coefficient positive: c*l = c + (-c)*(not l). Then the sum lies in [0, total].
        List<Integer> lits = new ArrayList<>();
        List<BigInteger> coefs = new ArrayList<>();
        BigInteger k = bound;
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < literals.length; i++) {
            BigInteger c = coefficients.get(i);
            if (c.signum() == 0) {
                continue;
            }
            if (c.signum() < 0) {
                k = k.subtract(c);
                c = c.negate();
                lits.add(-literals[i]);
            } else {
                lits.add(literals[i]);
            }
            coefs.add(c);
            total = total.add(c);
        }
        BigInteger bk = k;
        if (fitsInt(total) && fitsInt(bk.abs())) {
            int[] ints = coefs.stream().mapToInt(BigInteger::intValueExact).toArray();
            BoolExpr[] args = lits(lits.stream().mapToInt(Integer::intValue).toArray());
            int ik = bk.intValueExact();
            assertExpr(() -> switch (comparison) {
                case AT_LEAST -> ctx.mkPBGe(ints, args, ik);
                case AT_MOST -> ctx.mkPBLe(ints, args, ik);
                case EXACTLY -> ctx.mkPBEq(ints, args, ik);
            });
        } else {
            assertExpr(() -> {
                List<Expr<?>> terms = new ArrayList<>();
                for (int i = 0; i < lits.size(); i++) {
                    terms.add(ctx.mkITE(lit(lits.get(i)), Z3Numbers.integer(ctx, coefs.get(i)), ctx.mkInt(0)));
                }
                ArithExpr<?> sum = sum(terms, ctx.mkInt(0));
                return compare(sum, comparison, Z3Numbers.integer(ctx, bk));
            });
        }
    }

    private static boolean fitsInt(BigInteger n) {
        return n.bitLength() < 31;
    }

    @Override
    public Outcome solve(int[] assumptions, Duration timeLimit) {
        LiteralChecks.literals(assumptions, variables());
        lastModel = null;
        if (timeLimit != null && timeLimit.isNegative()) {
            return new Outcome.Unknown("time limit reached before solving");
        }
        // Z3's timeout is an unsigned number of milliseconds; Integer.MAX_VALUE (24 days) is "none".
        long ms = timeLimit == null ? Integer.MAX_VALUE : Math.max(1, Math.min(Integer.MAX_VALUE, timeLimit.toMillis()));
        try {
            Params params = ctx.mkParams();
            params.add("timeout", (int) ms);
            solver.setParameters(params);
            Status status = solver.check(lits(assumptions));
            if (status == Status.UNSATISFIABLE) {
                return new Outcome.Unsat();
            }
            if (status == Status.UNKNOWN) {
                return new Outcome.Unknown("z3: " + solver.getReasonUnknown());
            }
            lastModel = solver.getModel();
            return new Outcome.Sat(copy(lastModel));
        } catch (Z3Exception e) {
            throw new SolverException("z3 failed: " + e.getMessage(), e);
        }
    }

    /** The Boolean values of a model, copied out (variables the model leaves open are false). */
    private Model copy(com.microsoft.z3.Model model) {
        int n = variables();
        boolean[] values = new boolean[n + 1];
        for (FuncDecl<?> decl : model.getConstDecls()) {
            if (decl.getName() instanceof IntSymbol s) {
                int v = s.getInt();
                if (v >= 1 && v <= n) {
                    values[v] = model.getConstInterp(decl).isTrue();
                }
            }
        }
        return var -> {
            if (var < 1 || var > n) {
                throw new IllegalArgumentException("no variable " + var);
            }
            return values[var];
        };
    }

    /**
     * Stops a running check. Later answers of this solver are not to be trusted: after an
     * interrupt, Z3 was seen to answer sat with models that break clauses it had been given (the
     * differential test, two Z3 members in a portfolio), so the registry does not give Z3 the
     * INTERRUPT capability and no portfolio races it.
     */
    @Override
    public void interrupt() {
        try {
            ctx.interrupt();
        } catch (Z3Exception e) {
            // nothing was running
        }
    }

    @Override
    public String name() {
        return "z3";
    }

    @Override
    public void close() {
        try {
            ctx.close();
        } catch (Z3Exception e) {
            // nothing left to release
        }
    }

    // ------------------------------------------------------------------ rational part

    @Override
    public int newReal() {
        int i = reals.size();
        reals.add(guard(() -> ctx.mkRealConst("r" + i)));
        return i;
    }

    @Override
    public int reals() {
        return reals.size() - 1;
    }

    @Override
    public void addLinear(RealSum sum, Comparison comparison, BigFraction bound) {
        checkReals(sum);
        constraints++;
        assertExpr(() -> compare(term(sum), comparison, Z3Numbers.real(ctx, bound)));
    }

    @Override
    public void addLinearIf(int literal, RealSum sum, Comparison comparison, BigFraction bound) {
        LiteralChecks.literals(new int[] {literal}, variables());
        checkReals(sum);
        constraints++;
        assertExpr(() -> ctx.mkImplies(lit(literal), compare(term(sum), comparison, Z3Numbers.real(ctx, bound))));
    }

    @Override
    public int reifyAtLeast(RealSum sum, BigFraction bound, boolean strict) {
        checkReals(sum);
        int v = newVar();
        constraints++;
        assertExpr(() -> {
            ArithExpr<?> t = term(sum);
            ArithExpr<?> b = Z3Numbers.real(ctx, bound);
            return ctx.mkEq(vars.get(v), strict ? ctx.mkGt(t, b) : ctx.mkGe(t, b));
        });
        return v;
    }

    @Override
    public BigFraction realValue(int real) {
        if (real < 1 || real > reals()) {
            throw new IllegalArgumentException("no real variable " + real);
        }
        if (lastModel == null) {
            throw new IllegalStateException("no model: the last solve was not SAT");
        }
        return guard(() -> Z3Numbers.value(lastModel.eval(reals.get(real), true)));
    }

    // ------------------------------------------------------------------ helpers

    private ArithExpr<?> term(RealSum s) {
        List<Expr<?>> terms = new ArrayList<>();
        s.coefficients().forEach((v, c) -> terms.add(c.equals(BigFraction.ONE) ? reals.get(v)
                : ctx.mkMul(Z3Numbers.real(ctx, c), reals.get(v))));
        if (s.constant().signum() != 0 || terms.isEmpty()) {
            terms.add(Z3Numbers.real(ctx, s.constant()));
        }
        return sum(terms, null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ArithExpr<?> sum(List<Expr<?>> terms, ArithExpr<?> empty) {
        if (terms.isEmpty()) {
            return empty;
        }
        if (terms.size() == 1) {
            return (ArithExpr<?>) terms.get(0);
        }
        return ctx.mkAdd((Expr[]) terms.toArray(new Expr[0]));
    }

    private BoolExpr compare(ArithExpr<?> left, Comparison comparison, Expr<?> right) {
        return switch (comparison) {
            case AT_LEAST -> ctx.mkGe(left, (ArithExpr<?>) right);
            case AT_MOST -> ctx.mkLe(left, (ArithExpr<?>) right);
            case EXACTLY -> ctx.mkEq(left, right);
        };
    }

    private BoolExpr lit(int l) {
        return l > 0 ? vars.get(l) : ctx.mkNot(vars.get(-l));
    }

    private BoolExpr[] lits(int[] literals) {
        BoolExpr[] r = new BoolExpr[literals.length];
        for (int i = 0; i < literals.length; i++) {
            r[i] = lit(literals[i]);
        }
        return r;
    }

    private void assertExpr(java.util.function.Supplier<Expr<BoolSort>> e) {
        lastModel = null;
        guard(() -> {
            solver.add(e.get());
            return null;
        });
    }

    /** Runs a Z3 call, translating its exception at this edge. */
    private <T> T guard(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (Z3Exception e) {
            throw new SolverException("z3 failed: " + e.getMessage(), e);
        }
    }


    private void checkReals(RealSum sum) {
        for (int v : sum.coefficients().keySet()) {
            if (v > reals()) {
                throw new IllegalArgumentException("real variable " + v + " does not exist (have " + reals() + ")");
            }
        }
    }
}
