package org.mincirc.solver.cadical;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.time.Duration;
import org.mincirc.solver.Model;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.SolverException;
import org.mincirc.solver.cnf.CnfBackend;

/**
 * CaDiCaL in this process, one solver for the backend's whole life: clauses go straight to it,
 * assumptions are passed per call with {@code ccadical_assume} (CaDiCaL drops them after the
 * solve), and learnt clauses carry over from one solve to the next, which is what CEGAR and
 * enumeration by blocking clauses profit from.
 *
 * <p>Time limit: a wall-clock deadline, checked by CaDiCaL's terminate callback. CaDiCaL asks
 * it at every tenth of its own termination checks (option {@code terminateint}), which it makes
 * in the search loop and in its pre- and inprocessing loops, so a solve returns
 * {@link Outcome.Unknown} soon after the deadline, not at the end of some phase. The callback also stops the solve when the calling thread is interrupted. It is
 * connected only while a solve with a limit runs, so unlimited solves pay nothing for it.
 *
 * <p>Not thread-safe, like every backend. {@link #close} releases the native solver; a
 * forgotten close is caught by a {@link Cleaner} once the backend is unreachable.
 */
public final class CadicalBackend extends CnfBackend {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Handle handle;
    private final Cleaner.Cleanable cleanable;

    /** A fresh solver; throws {@link SolverException} if CaDiCaL cannot be loaded here. */
    public CadicalBackend() {
        CadicalLibrary.require();
        Pointer solver;
        try {
            solver = CadicalNative.ccadical_init();
        } catch (LinkageError | RuntimeException e) {
            throw new SolverException("ccadical_init failed: " + e.getMessage(), e);
        }
        if (solver == null) {
            throw new SolverException("ccadical_init returned no solver (out of memory?)");
        }
        // A library embedded in a tool must not write to stdout, which may carry the tool's output.
        CadicalNative.ccadical_set_option(solver, "quiet", 1);
        this.handle = new Handle(solver);
        this.cleanable = CLEANER.register(this, handle);
    }

    /**
     * What must outlive the backend object until the solver is released, kept apart from it so
     * the cleaner does not keep the backend reachable.
     */
    private static final class Handle implements Runnable {
        private Pointer solver;
        /**
         * Strongly held for the solver's whole life: JNA frees a callback's native trampoline once
         * the Java object is collected, and CaDiCaL would then jump into freed memory.
         */
        private final Terminator terminator = new Terminator();

        Handle(Pointer solver) {
            this.solver = solver;
        }

        @Override
        public void run() {
            Pointer p = solver;
            if (p != null) {
                solver = null;
                CadicalNative.ccadical_release(p);
            }
        }
    }

    /** Says "stop" once the deadline has passed or the solving thread was interrupted. */
    private static final class Terminator implements CadicalNative.TerminateCallback {
        private long deadline;
        private boolean timedOut;
        private boolean interrupted;
        /** Set by {@link CadicalBackend#interrupt} from another thread. */
        private volatile boolean stopRequested;

        void arm(long deadlineNanos) {
            deadline = deadlineNanos;
            timedOut = false;
            interrupted = false;
            stopRequested = false;
        }

        @Override
        public int invoke(Pointer state) {
            // Runs on the thread inside ccadical_solve; only stopRequested crosses threads.
            if (stopRequested) {
                interrupted = true;
                return 1;
            }
            if (System.nanoTime() - deadline >= 0) {
                timedOut = true;
                return 1;
            }
            if (Thread.currentThread().isInterrupted()) {
                interrupted = true;
                return 1;
            }
            return 0;
        }
    }

    private Pointer solver() {
        Pointer p = handle.solver;
        if (p == null) {
            throw new IllegalStateException("the CaDiCaL backend is closed");
        }
        return p;
    }

    @Override
    protected void emit(int[] literals) {
        Pointer p = solver();
        for (int lit : literals) {
            CadicalNative.ccadical_add(p, lit);
        }
        CadicalNative.ccadical_add(p, 0);
    }

    @Override
    protected Outcome solveClauses(int[] assumptions, Duration timeLimit) {
        Pointer p = solver();
        for (int lit : assumptions) {
            CadicalNative.ccadical_assume(p, lit);
        }
        Terminator terminator = handle.terminator;
        int result;
        // Always connected, so interrupt() can stop a solve without a limit too; its cost is
        // a clock read at every tenth termination check.
        terminator.arm(timeLimit == null ? System.nanoTime() + Long.MAX_VALUE / 4 : System.nanoTime() + nanos(timeLimit));
        CadicalNative.ccadical_set_terminate(p, null, terminator);
        try {
            result = CadicalNative.ccadical_solve(p);
        } finally {
            CadicalNative.ccadical_set_terminate(p, null, null);
        }
        return switch (result) {
            case 10 -> new Outcome.Sat(model(p));
            case 20 -> new Outcome.Unsat();
            case 0 -> new Outcome.Unknown(timeLimit != null && terminator.timedOut
                    ? "time limit of " + timeLimit.toMillis() + " ms reached"
                    : terminator.interrupted ? "interrupted"
                    : "CaDiCaL stopped without an answer");
            default -> throw new SolverException("ccadical_solve returned " + result + ", expected 0, 10 or 20");
        };
    }

    /** The limit in nanoseconds, capped at about 70 years so a deadline never overflows. */
    private static long nanos(Duration limit) {
        long cap = Long.MAX_VALUE / 4;
        return limit.getSeconds() >= cap / 1_000_000_000L ? cap : limit.toNanos();
    }

    /**
     * Copies the whole model now: CaDiCaL's values are gone once a clause is added. Variables in
     * no clause are unknown to CaDiCaL, which answers "false" for them.
     */
    private boolean[] modelValues(Pointer p) {
        int n = variables();
        boolean[] values = new boolean[n + 1];
        for (int v = 1; v <= n; v++) {
            values[v] = CadicalNative.ccadical_val(p, v) > 0;
        }
        return values;
    }

    private Model model(Pointer p) {
        boolean[] values = modelValues(p);
        return Model.of(values);
    }

    @Override
    public void interrupt() {
        handle.terminator.stopRequested = true;
    }

    @Override
    public String name() {
        return "cadical";
    }

    /** Releases the native solver; later calls do nothing. */
    @Override
    public void close() {
        cleanable.clean();
    }
}
