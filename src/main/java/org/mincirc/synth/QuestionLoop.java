package org.mincirc.synth;

import java.time.Duration;
import org.mincirc.circuit.Circuit;
import org.mincirc.solver.Outcome;

/**
 * The one solve -> check -> refine loop every question goes through (the minimum search, the
 * enumeration of minimal functions, the lookup-table witness): solve; decode the model; if the
 * candidate is wrong on a spec row the formula lacks, add that row (CEGAR) and solve again; if
 * the hooks' judge rejects it, add its blocking clauses and solve again; otherwise hand it out.
 * Adding rows and blocking clauses only removes candidates that provably fail, so "impossible"
 * stays a proof. Callers verify what they report independently (basis, depth, exact semantics).
 */
public final class QuestionLoop {
    /** How one call of {@link #next} ended. */
    public sealed interface Answer {
        /** A candidate meeting the spec and accepted by the judge. */
        record Found(Circuit circuit) implements Answer {}

        /** The solver proved no further candidate exists. */
        record Impossible() implements Answer {}

        /** Out of time, or the solver gave no answer. */
        record Undecided(String reason) implements Answer {}
    }

    /** What the loop did, summed over its calls. */
    public static final class Counts {
        public int solveCalls;
        public int cegarRows;
        public int rejected;
    }

    private final Encoding encoding;
    private final SynthesisHooks.Judge judge;
    private final long deadlineNanos;
    private final Counts counts;

    /**
     * @param deadlineNanos {@link System#nanoTime()} at which to give up; {@link Long#MAX_VALUE}
     *                      for none
     */
    public QuestionLoop(Encoding encoding, SynthesisHooks.Judge judge, long deadlineNanos, Counts counts) {
        this.encoding = encoding;
        this.judge = judge;
        this.deadlineNanos = deadlineNanos;
        this.counts = counts;
    }

    /** The next accepted candidate, or a proof that there is none, or no answer in time. */
    public Answer next() {
        Spec spec = encoding.spec();
        while (true) {
            Duration limit = null;
            if (deadlineNanos != Long.MAX_VALUE) {
                long remaining = deadlineNanos - System.nanoTime();
                if (remaining <= 0) {
                    return new Answer.Undecided("time limit reached");
                }
                limit = Duration.ofNanos(remaining);
            }
            Outcome outcome = encoding.backend().solve(limit);
            counts.solveCalls++;
            if (outcome instanceof Outcome.Unsat) {
                return new Answer.Impossible();
            }
            if (!(outcome instanceof Outcome.Sat sat)) {
                return new Answer.Undecided(((Outcome.Unknown) outcome).reason());
            }
            Circuit candidate = encoding.decode(sat.model());
            int wrongRow = spec.firstViolatedRow(candidate);
            if (wrongRow >= 0) {
                if (encoding.hasRow(wrongRow)) {
                    throw new IllegalStateException("internal error: the " + encoding.name() + " encoding admitted a "
                            + "circuit that is wrong on row " + wrongRow + ", which is in the formula");
                }
                encoding.addRow(wrongRow);
                counts.cegarRows++;
                continue;
            }
            if (judge.check(candidate) instanceof SynthesisHooks.CandidateVerdict.Reject reject) {
                if (reject.blockingClauses().isEmpty()) {
                    throw new IllegalStateException("internal error: a candidate check rejected a circuit "
                            + "without blocking clauses");
                }
                reject.blockingClauses().forEach(encoding.backend()::addClause);
                counts.rejected++;
                continue;
            }
            return new Answer.Found(candidate);
        }
    }

    /** Cuts off every model with this clause (the caller's own blocking, e.g. of a found function). */
    public void block(int[] clause) {
        encoding.backend().addClause(clause);
    }
}
