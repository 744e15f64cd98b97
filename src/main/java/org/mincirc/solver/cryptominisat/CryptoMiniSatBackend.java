package org.mincirc.solver.cryptominisat;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.mincirc.solver.Model;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.SolverException;
import org.mincirc.solver.cnf.CnfBackend;

/**
 * CryptoMiniSat 5 in this process, one single-threaded solver for the backend's whole life:
 * clauses go straight to it, assumptions are passed per call, learnt clauses carry over.
 * Besides clauses it takes native XOR constraints ({@link #addXorClause}), which it reasons
 * about by Gaussian elimination instead of a clause encoding.
 *
 * <p>Time limit, two bounds at once: a wall-clock deadline, at which a timer thread calls
 * {@code SATSolver::interrupt_asap()} (see {@link CryptoMiniSatLibrary#canInterrupt}); and
 * {@code cmsat_set_max_time} with the same number of seconds, which CryptoMiniSat measures as
 * CPU time of the solving thread (getrusage RUSAGE_THREAD on Linux) and which it forgets after
 * each solve. A thread gets at most as much CPU time as wall time passes, so the CPU bound
 * never fires first; it is what is left where the interrupt symbol is missing, and then a
 * solve on a busy machine may run past the wall-clock limit. CryptoMiniSat looks at both
 * every 256 conflicts and in its simplification loops. Either way the answer is
 * {@link Outcome.Unknown}.
 *
 * <p>Not thread-safe, like every backend. {@link #close} frees the native solver; a forgotten
 * close is caught by a {@link Cleaner} once the backend is unreachable.
 */
public final class CryptoMiniSatBackend extends CnfBackend {
    private static final Cleaner CLEANER = Cleaner.create();
    /**
     * How often the interrupt is repeated after the deadline until the solve returns:
     * CryptoMiniSat clears the flag when a solve starts, so one that lands just before would be lost.
     */
    private static final long REPEAT_MS = 50;

    private final CmsNative api;
    private final Handle handle;
    private final Cleaner.Cleanable cleanable;
    /** Variables CryptoMiniSat knows of; it is told lazily, in batches, before each use. */
    private int declared;

    /** A fresh solver; throws {@link SolverException} if CryptoMiniSat cannot be loaded here. */
    public CryptoMiniSatBackend() {
        this.api = CryptoMiniSatLibrary.api();
        Pointer solver;
        try {
            solver = api.cmsat_new();
        } catch (LinkageError | RuntimeException e) {
            throw new SolverException("cmsat_new failed: " + e.getMessage(), e);
        }
        if (solver == null) {
            throw new SolverException("cmsat_new returned no solver (out of memory?)");
        }
        // Before any variable: CryptoMiniSat accepts a thread count only on a fresh solver.
        // One thread: mincirc runs its own work in parallel, and a portfolio changes nothing exact.
        api.cmsat_set_num_threads(solver, 1);
        api.cmsat_set_verbosity(solver, 0);
        this.handle = new Handle(api, CryptoMiniSatLibrary.interruptFunction(), solver);
        this.cleanable = CLEANER.register(this, handle);
    }

    /**
     * The native solver, apart from the backend so the cleaner does not keep it reachable. The
     * lock orders the timer's interrupt against the end of a solve and against freeing: an
     * interrupt is only ever sent to a solver that exists and is solving.
     */
    private static final class Handle implements Runnable {
        private final CmsNative api;
        private final Function interrupt;
        private Pointer solver;
        private boolean solving;
        private boolean interrupted;

        Handle(CmsNative api, Function interrupt, Pointer solver) {
            this.api = api;
            this.interrupt = interrupt;
            this.solver = solver;
        }

        synchronized void startSolving() {
            solving = true;
            interrupted = false;
        }

        synchronized boolean stopSolving() {
            solving = false;
            return interrupted;
        }

        /** Called by the timer thread. */
        synchronized void interrupt() {
            if (solving && solver != null) {
                interrupt.invokeVoid(new Object[] {solver});
                interrupted = true;
            }
        }

        @Override
        public synchronized void run() {
            Pointer p = solver;
            if (p != null) {
                solver = null;
                api.cmsat_free(p);
            }
        }
    }

    /** One daemon thread for the deadlines of every CryptoMiniSat backend in the JVM. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor EXECUTOR = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "mincirc-cryptominisat-deadline");
                t.setDaemon(true);
                return t;
            });
            e.setRemoveOnCancelPolicy(true);
            return e;
        }
    }

    private Pointer solver() {
        Pointer p = handle.solver;
        if (p == null) {
            throw new IllegalStateException("the CryptoMiniSat backend is closed");
        }
        return p;
    }

    private Pointer declareVariables() {
        Pointer p = solver();
        int n = variables();
        if (declared < n) {
            api.cmsat_new_vars(p, new CmsNative.SizeT(n - declared));
            declared = n;
        }
        return p;
    }

    /** DIMACS literal to c_Lit: 0-based variable times two, plus one if negated. */
    private static int lit(int dimacs) {
        return dimacs > 0 ? (dimacs - 1) << 1 : ((-dimacs - 1) << 1) | 1;
    }

    private static int[] lits(int[] dimacs) {
        int[] out = new int[dimacs.length];
        for (int i = 0; i < dimacs.length; i++) {
            out[i] = lit(dimacs[i]);
        }
        return out;
    }

    @Override
    protected void emit(int[] literals) {
        Pointer p = declareVariables();
        // false means the formula became unsatisfiable at the root; the next solve says so
        api.cmsat_add_clause(p, lits(literals), new CmsNative.SizeT(literals.length));
    }

    /**
     * Adds the constraint "the XOR of these variables is {@code rhs}" (variables, not literals:
     * a negation is a flipped rhs). A variable listed twice cancels out; no variables with
     * {@code rhs} true make the formula false.
     */
    public void addXorClause(int[] vars, boolean rhs) {
        for (int v : vars) {
            if (v <= 0) {
                throw new IllegalArgumentException("XOR clauses take variables (positive), got " + v);
            }
        }
        countConstraint(vars);
        Pointer p = declareVariables();
        int[] zeroBased = new int[vars.length];
        for (int i = 0; i < vars.length; i++) {
            zeroBased[i] = vars[i] - 1;
        }
        api.cmsat_add_xor_clause(p, zeroBased, new CmsNative.SizeT(vars.length), (byte) (rhs ? 1 : 0));
    }

    @Override
    protected Outcome solveClauses(int[] assumptions, Duration timeLimit) {
        Pointer p = declareVariables();
        int[] cmsAssumptions = lits(assumptions);
        CmsNative.SizeT count = new CmsNative.SizeT(assumptions.length);
        long deadline = 0;
        ScheduledFuture<?> timer = null;
        // Marked solving for every call, so interrupt() from another thread reaches it.
        handle.startSolving();
        if (timeLimit != null) {
            long nanos = nanos(timeLimit);
            deadline = System.nanoTime() + nanos;
            api.cmsat_set_max_time(p, nanos / 1e9);
            if (handle.interrupt != null) {
                timer = Timer.EXECUTOR.scheduleAtFixedRate(handle::interrupt, nanos,
                        TimeUnit.MILLISECONDS.toNanos(REPEAT_MS), TimeUnit.NANOSECONDS);
            }
        }
        byte result;
        boolean interrupted;
        try {
            result = api.cmsat_solve_with_assumptions(p, cmsAssumptions, count).x;
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            interrupted = handle.stopSolving();
        }
        switch (result) {
            case CmsNative.L_TRUE:
                return new Outcome.Sat(model(p));
            case CmsNative.L_FALSE:
                return new Outcome.Unsat();
            case CmsNative.L_UNDEF:
                boolean late = timeLimit != null && System.nanoTime() - deadline >= 0;
                return new Outcome.Unknown(late ? "time limit of " + timeLimit.toMillis() + " ms reached"
                        : interrupted ? "interrupted" : "CryptoMiniSat stopped without an answer");
            default:
                throw new SolverException("cmsat_solve_with_assumptions returned " + result
                        + ", not a c_lbool");
        }
    }

    /** The limit in nanoseconds, capped at about 70 years so a deadline never overflows. */
    private static long nanos(Duration limit) {
        long cap = Long.MAX_VALUE / 4;
        return limit.getSeconds() >= cap / 1_000_000_000L ? cap : limit.toNanos();
    }

    /** Copies the model now: CryptoMiniSat's is gone at the next solve. */
    private Model model(Pointer p) {
        CmsNative.SliceLBool.ByValue slice = api.cmsat_get_model(p);
        int n = variables();
        long available = slice.num_vals.longValue();
        if (available < n || (n > 0 && slice.vals == null)) {
            throw new SolverException("CryptoMiniSat's model has " + available + " values for " + n + " variables");
        }
        byte[] raw = n == 0 ? new byte[0] : slice.vals.getByteArray(0, n);
        boolean[] values = new boolean[n + 1];
        for (int v = 1; v <= n; v++) {
            // l_Undef only for a variable no constraint depends on: any value does, false it is
            values[v] = raw[v - 1] == CmsNative.L_TRUE;
        }
        return Model.of(values);
    }

    /** Stops a running solve through {@code interrupt_asap} (a no-op where the symbol is missing). */
    @Override
    public void interrupt() {
        if (handle.interrupt != null) {
            handle.interrupt();
        }
    }

    @Override
    public String name() {
        return "cryptominisat";
    }

    /** Frees the native solver; later calls do nothing. */
    @Override
    public void close() {
        cleanable.clean();
    }
}
