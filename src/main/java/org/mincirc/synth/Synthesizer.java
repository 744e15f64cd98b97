package org.mincirc.synth;

import org.mincirc.model.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mincirc.circuit.Circuit;
import org.mincirc.solver.Backend;
import org.mincirc.solver.BackendFactory;
import org.mincirc.solver.Workload;

/**
 * The iterative-deepening driver. It asks "is there a circuit of exactly k gates (and depth at
 * most d)?" for increasing costs and reports "optimal" only when every cheaper cost was ruled out
 * (by the solver's UNSAT or by a {@link LowerBounds counting bound}); a time limit yields status
 * unknown with the proven lower bound and the best circuit so far (at worst the
 * {@link ShannonConstruction fallback}). Every circuit is re-simulated against the spec before
 * it is reported; a mismatch is an internal error ({@link IllegalStateException}), never a result.
 */
public final class Synthesizer {
    /** {@link EncodingChoice#AUTO} asks sizes from this many gates on fence by fence. */
    static final int AUTO_FENCE_MIN_GATES = 6;

    private final SynthesisParams params;

    public Synthesizer(SynthesisParams params) {
        this.params = params;
    }

    public SynthesisParams params() {
        return params;
    }

    public SynthesisResult synthesize(Spec spec) {
        return synthesize(spec, SynthesisHooks.NONE, ProgressListener.NONE);
    }

    public SynthesisResult synthesize(Spec spec, SynthesisHooks hooks, ProgressListener progress) {
        return new Run(spec, hooks, progress).execute();
    }

    /**
     * All distinct functions (output codes on the care rows) that minimum-size circuits realize,
     * up to {@code cap} of them, one circuit each, by blocking clauses over the output literals.
     * The symmetric-input break is off here: it would hide the mirror images of a function.
     */
    public FunctionEnumeration enumerateFunctions(Spec spec, int cap, SynthesisHooks hooks,
                                                  ProgressListener progress) {
        return enumerateFunctions(spec, spec.careRows(), cap, hooks, progress);
    }

    /**
     * As above, with functions told apart by their outputs on {@code distinguishing} rows: a
     * policy's codes include rows where the spec allows every output (all actions are allowed
     * there), yet two policies differing only there are different policies.
     */
    public FunctionEnumeration enumerateFunctions(Spec spec, int[] distinguishing, int cap, SynthesisHooks hooks,
                                                  ProgressListener progress) {
        SynthesisParams sizeParams = params.objective() == Objective.SIZE ? params : params.withObjective(Objective.SIZE);
        Run run = new Synthesizer(sizeParams).new Run(spec, hooks, progress);
        SynthesisResult minimum = run.execute();
        if (minimum.status() != SynthesisStatus.OPTIMAL) {
            return new FunctionEnumeration(minimum, minimum.circuit().stream().toList(), false);
        }
        return new FunctionEnumeration(minimum, run.enumerateAt(minimum.circuit().orElseThrow().size(),
                params.depthBound(), distinguishing, cap, List.of()), false).completedBy(run.lastComplete);
    }

    /**
     * Under a weighted objective: the minimum, then the distinct functions of every circuit of
     * that weighted cost, up to {@code cap}. A circuit costs exactly W = a·k + b·d only at k gates
     * and depth d (a shallower one of k gates would be cheaper than the minimum), so the
     * functions are those of exactly k gates and depth at most d over the pairs (k, d) of
     * cost W; each is found once, the pairs blocking what earlier pairs found.
     */
    public FunctionEnumeration enumerateWeighted(Spec spec, int[] distinguishing, int cap, SynthesisHooks hooks,
                                                 ProgressListener progress) {
        if (!params.objective().weightedSum()) {
            throw new IllegalArgumentException("enumerateWeighted needs a weighted objective, not " + params.objective());
        }
        Run run = new Run(spec, hooks, progress);
        SynthesisResult minimum = run.execute();
        if (minimum.status() != SynthesisStatus.OPTIMAL) {
            return new FunctionEnumeration(minimum, minimum.circuit().stream().toList(), false);
        }
        List<Circuit> found = new ArrayList<>();
        boolean complete = true;
        for (int[] pair : run.pairsAtCost(minimum.cost())) {
            if (found.size() >= cap) {
                complete = false;
                break;
            }
            found.addAll(run.enumerateAt(pair[0], pair[1], distinguishing, cap - found.size(), found));
            complete &= run.lastComplete;
        }
        return new FunctionEnumeration(minimum, found, complete && found.size() < cap);
    }

    /**
     * The distinct functions (told apart on {@code distinguishing} rows) of circuits with exactly
     * {@code size} gates, depth at most the params' bound, meeting the hooks, other than those of
     * {@code known}; up to {@code cap}. Complete when the solver proved no further one exists.
     */
    public Enumerated enumerateAtSize(Spec spec, int[] distinguishing, int size, int cap, List<Circuit> known,
                                      SynthesisHooks hooks) {
        Run run = new Run(spec, hooks, ProgressListener.NONE);
        List<Circuit> found = run.enumerateAt(size, params.depthBound(), distinguishing, cap, known);
        return new Enumerated(found, run.lastComplete);
    }

    /** What one enumeration at a fixed size found. */
    public record Enumerated(List<Circuit> circuits, boolean complete) {
        public Enumerated {
            circuits = List.copyOf(circuits);
        }
    }

    /** The distinct functions of minimum-size circuits; complete if no further one exists. */
    public record FunctionEnumeration(SynthesisResult minimum, List<Circuit> circuits, boolean complete) {
        public FunctionEnumeration {
            circuits = List.copyOf(circuits);
        }

        FunctionEnumeration completedBy(boolean done) {
            return new FunctionEnumeration(minimum, circuits, done);
        }
    }

    /** The outcome of one question: its record and, if SAT, the verified circuit. */
    /** One question's encoding and the loop that asks it. */
    private record Question(SsvEncoding encoding, QuestionLoop loop) {}

    /** The outcome of one question: its record, if SAT the verified circuit, if undecided why. */
    private record Answer(Attempt attempt, Optional<Circuit> circuit, String undecidedBecause) {
        Answer(Attempt attempt, Optional<Circuit> circuit) {
            this(attempt, circuit, "");
        }
    }

    /** State of one run: clock, attempts, best circuit. */
    private final class Run {
        private final Spec spec;
        private final SynthesisHooks hooks;
        private final ProgressListener progress;
        private final long startNanos = System.nanoTime();
        private final long deadlineNanos;
        private final List<Attempt> attempts = new ArrayList<>();
        private final List<int[]> symmetricClasses;
        private Circuit best;
        private final QuestionLoop.Counts counts = new QuestionLoop.Counts();
        /** Set when the size search proved its minimum: the fewest gates any circuit has. */
        private int leastSize = -1;
        private int maxVariables;
        private int maxClauses;

        Run(Spec spec, SynthesisHooks hooks, ProgressListener progress) {
            this.spec = spec;
            this.hooks = hooks;
            this.progress = progress;
            this.deadlineNanos = params.timeout() == null ? Long.MAX_VALUE
                    : startNanos + Math.max(0, params.timeout().toNanos());
            boolean symmetryAllowed = params.breaks().symmetricInputs()
                    && (hooks.isNone() || hooks.invariantUnderInputSymmetry());
            this.symmetricClasses = symmetryAllowed ? SpecSymmetry.classes(spec) : List.of();
        }

        SynthesisResult execute() {
            best = fallback().orElse(null);
            return switch (params.objective().kind()) {
                case SIZE -> sizeSearch();
                case SIZE_THEN_DEPTH -> sizeThenDepth();
                case DEPTH, DEPTH_THEN_SIZE -> depthSearch();
                case WEIGHTED -> weightedSearch();
            };
        }

        // ------------------------------------------------------------ objectives

        private SynthesisResult sizeSearch() {
            Integer depthBound = params.depthBound();
            int lower = LowerBounds.size(spec);
            for (int k = 0; k < lower; k++) {
                record(new Attempt(k, depthBound, Attempt.Verdict.BOUND, 0, 0, 0, 0, Attempt.How.COUNTING_BOUND));
            }
            long limit = maxUsefulSize(depthBound);
            for (int k = lower; ; k++) {
                if (k > limit) {
                    return depthBound != null && limit < params.maxSize()
                            ? result(SynthesisStatus.INFEASIBLE, k, "no circuit of depth <= " + depthBound + " meets the spec")
                            : result(SynthesisStatus.UNKNOWN, k, "size limit " + params.maxSize() + " reached");
                }
                if (best != null && best.size() <= k) {
                    leastSize = k;
                    return result(SynthesisStatus.OPTIMAL, k, "");
                }
                Answer answer = solveAt(k, depthBound);
                if (answer.circuit().isPresent()) {
                    best = answer.circuit().get();
                    leastSize = k;
                    return result(SynthesisStatus.OPTIMAL, k, "");
                }
                if (answer.attempt().verdict() == Attempt.Verdict.UNKNOWN) {
                    return result(SynthesisStatus.UNKNOWN, k, "undecided at k=" + k + ": " + answer.undecidedBecause());
                }
            }
        }

        private SynthesisResult sizeThenDepth() {
            SynthesisResult bySize = sizeSearch();
            if (bySize.status() != SynthesisStatus.OPTIMAL) {
                return bySize;
            }
            int k = best.size();
            int lowerDepth = LowerBounds.depth(spec);
            for (int d = lowerDepth; d < best.depth(); d++) {
                Answer answer = solveAt(k, d);
                if (answer.circuit().isPresent()) {
                    best = answer.circuit().get();
                    break;
                }
                if (answer.attempt().verdict() == Attempt.Verdict.UNKNOWN) {
                    return result(SynthesisStatus.UNKNOWN, k,
                            "size " + k + " is minimal; undecided proving depth " + d + " impossible: "
                                    + answer.undecidedBecause());
                }
            }
            return result(SynthesisStatus.OPTIMAL, k, "");
        }

        /**
         * {@code a·size + b·depth}. The least size k* comes first, and its circuit is the first
         * upper bound W. Then every depth d below that circuit's depth is asked at sizes
         * k = k*, k*+1, ... while a·k + b·d < W: a circuit found there is cheaper and becomes the
         * best (W falls); "impossible" at each such k rules out every circuit of depth at most d
         * cheaper than W. Depths at or beyond the least-size circuit's cannot help, as no circuit
         * has fewer than k* gates. The proof of minimality is those answers with the size proofs
         * below k*: every pair (k, d) with a·k + b·d below the minimum is answered.
         */
        private SynthesisResult weightedSearch() {
            Objective objective = params.objective();
            int a = objective.sizeWeight();
            int b = objective.depthWeight();
            int lowerDepth = LowerBounds.depth(spec);
            SynthesisResult bySize = sizeSearch();
            if (bySize.status() == SynthesisStatus.INFEASIBLE) {
                return bySize;
            }
            if (bySize.status() != SynthesisStatus.OPTIMAL) {
                return result(SynthesisStatus.UNKNOWN, a * bySize.lowerBound() + b * lowerDepth, bySize.message());
            }
            int bestCost = objective.cost(best);
            // Depths whose search stopped at the size limit: there, circuits of more gates are unasked.
            int cappedBelow = Integer.MAX_VALUE;
            // Fixed at the least-size circuit's depth: a cheaper circuit found at depth d leaves
            // deeper pairs with fewer gates to ask (they may be cheaper still).
            int sizeMinimalDepth = best.depth();
            for (int d = lowerDepth; d < sizeMinimalDepth; d++) {
                long usable = usefulGates(d);
                for (int k = leastSize; (long) a * k + (long) b * d < bestCost; k++) {
                    if (k > params.maxSize()) {
                        cappedBelow = Math.min(cappedBelow, a * k + b * d);
                        break;
                    }
                    if (k > usable) {
                        // Depth d holds no circuit of k useful gates; one with useless gates has a smaller one.
                        record(new Attempt(k, d, Attempt.Verdict.BOUND, 0, 0, 0, 0, Attempt.How.COUNTING_BOUND));
                        break;
                    }
                    Answer answer = solveAt(k, d);
                    if (answer.circuit().isPresent()) {
                        best = answer.circuit().get();
                        bestCost = objective.cost(best);
                        break;
                    }
                    if (answer.attempt().verdict() == Attempt.Verdict.UNKNOWN) {
                        // Depths below d are settled; depth d costs at least a·k + b·d, deeper ones a·k* + b·(d+1).
                        int lower = Math.min(Math.min(bestCost, cappedBelow),
                                Math.min(a * k + b * d, a * leastSize + b * (d + 1)));
                        return result(SynthesisStatus.UNKNOWN, lower, "undecided at depth " + d + ", k=" + k + ": "
                                + answer.undecidedBecause());
                    }
                }
            }
            if (cappedBelow < bestCost) {
                return result(SynthesisStatus.UNKNOWN, cappedBelow, "size limit " + params.maxSize()
                        + " reached below the best cost " + bestCost);
            }
            return result(SynthesisStatus.OPTIMAL, bestCost, "");
        }

        /**
         * The (size, depth) pairs at which a circuit costs exactly {@code cost} under the
         * weighted objective and may exist: sizes from the least size on, depths from the
         * counting bound to the params' bound, sizes a depth can hold.
         */
        List<int[]> pairsAtCost(int cost) {
            Objective objective = params.objective();
            int a = objective.sizeWeight();
            int b = objective.depthWeight();
            List<int[]> pairs = new ArrayList<>();
            for (int d = LowerBounds.depth(spec); (long) a * leastSize + (long) b * d <= cost; d++) {
                if (params.depthBound() != null && d > params.depthBound()) {
                    break;
                }
                int rest = cost - b * d;
                if (rest % a == 0 && rest / a <= usefulGates(d)) {
                    pairs.add(new int[] {rest / a, d});
                }
            }
            return pairs;
        }

        private SynthesisResult depthSearch() {
            Integer depthBound = params.depthBound();
            int lowerSize = LowerBounds.size(spec);
            int lowerDepth = LowerBounds.depth(spec);
            for (int d = lowerDepth; ; d++) {
                if (depthBound != null && d > depthBound) {
                    return result(SynthesisStatus.INFEASIBLE, d, "no circuit of depth <= " + depthBound + " meets the spec");
                }
                long limit = maxUsefulSize(d);
                boolean capped = limit >= params.maxSize();
                for (int k = lowerSize; k <= limit; k++) {
                    if (best != null && best.depth() <= d && best.size() <= k) {
                        return result(SynthesisStatus.OPTIMAL, d, "");
                    }
                    Answer answer = solveAt(k, d);
                    if (answer.circuit().isPresent()) {
                        best = answer.circuit().get();
                        return result(SynthesisStatus.OPTIMAL, d, "");
                    }
                    if (answer.attempt().verdict() == Attempt.Verdict.UNKNOWN) {
                        return result(SynthesisStatus.UNKNOWN, d, "undecided at depth " + d + ", k=" + k + ": "
                                + answer.undecidedBecause());
                    }
                }
                if (capped) {
                    return result(SynthesisStatus.UNKNOWN, d, "size limit " + params.maxSize() + " reached at depth " + d);
                }
            }
        }

        /**
         * Beyond this size no new circuit can appear: a circuit of depth at most d whose gates all
         * feed an output has at most 2^d - 1 gates per output cone; and never beyond maxSize.
         */
        private long maxUsefulSize(Integer depth) {
            long limit = params.maxSize();
            return Math.min(limit, usefulGates(depth));
        }

        /** At most this many gates of a circuit of the given depth (null: unbounded) feed an output. */
        private long usefulGates(Integer depth) {
            long limit = Long.MAX_VALUE;
            if (depth != null && depth < 30) {
                limit = Math.min(limit, (long) spec.outputs() * ((1L << depth) - 1));
            }
            return limit;
        }

        // ------------------------------------------------------------ one question

        private Answer solveAt(int k, Integer depth) {
            if (usesFences(k)) {
                return solveByFences(k, depth);
            }
            long t0 = System.nanoTime();
            try (Backend backend = BackendFactory.create(params.backend())) {
                Question question = question(backend, k, depth, symmetricClasses, initialRows());
                SsvEncoding encoding = question.encoding();
                QuestionLoop.Answer answer = question.loop().next();
                if (answer instanceof QuestionLoop.Answer.Impossible) {
                    return new Answer(finish(k, depth, Attempt.Verdict.UNSAT, t0, encoding), Optional.empty());
                }
                if (answer instanceof QuestionLoop.Answer.Undecided undecided) {
                    return new Answer(finish(k, depth, Attempt.Verdict.UNKNOWN, t0, encoding), Optional.empty(),
                            undecided.reason());
                }
                QuestionLoop.Answer.Found found = (QuestionLoop.Answer.Found) answer;
                Circuit candidate = found.circuit();
                verify(candidate, depth);
                if (candidate.size() != k) {
                    throw new IllegalStateException("internal error: decoded " + candidate.size() + " gates, not " + k);
                }
                return new Answer(finish(k, depth, Attempt.Verdict.SAT, t0, encoding), Optional.of(candidate));
            }
        }

        /**
         * Whether size k is asked fence by fence: the fences partition what the plain encoding
         * admits only under the colex break; hooks' judges may keep state, so with hooks fences
         * run one at a time (see {@link #fenceThreads}). {@link EncodingChoice#AUTO} splits from
         * {@link #AUTO_FENCE_MIN_GATES} gates on, with threads to spare and no hooks, and races
         * the whole formula alongside (see {@link FenceSearch}); below that size the plain
         * formula is solved in milliseconds.
         */
        private boolean usesFences(int k) {
            if (k < 1 || !params.breaks().colexOrder()) {
                return false;
            }
            return switch (params.encoding()) {
                case SSV -> false;
                case FENCE -> true;
                case AUTO -> hooks.isNone() && params.threads() >= 2 && k >= AUTO_FENCE_MIN_GATES;
            };
        }

        private int fenceThreads() {
            return hooks.isNone() ? params.threads() : 1;
        }

        /**
         * Size k asked once per fence (depth at most the bound, at least the counting bound on
         * depth), in parallel, and under {@link EncodingChoice#AUTO} the whole formula alongside;
         * impossible only if every fence is (or the whole formula is). A circuit from a fence must
         * have the fence's depth, a check on the split itself.
         */
        private Answer solveByFences(int k, Integer depth) {
            long t0 = System.nanoTime();
            int minDepth = Math.max(1, LowerBounds.depth(spec));
            List<Fence> fences = Fence.all(k, spec.outputs(), minDepth, depth == null ? k : depth);
            String backendName = BackendFactory.resolve(params.backend(), Workload.CIRCUIT);
            boolean race = params.encoding() == EncodingChoice.AUTO;
            FenceSearch search = new FenceSearch(fences, race, (fence, counts) -> {
                Backend backend = BackendFactory.create(backendName);
                Question q = question(backend, k, fence == null ? depth : null, symmetricClasses, initialRows(),
                        fence, counts);
                return new FenceSearch.Opened(q.encoding(), q.loop());
            }, fenceThreads(), deadlineNanos);
            FenceSearch.Outcome outcome = search.run();
            search.addCountsTo(counts);
            int[] largest = search.largestFormula();
            String options = SsvEncoding.describe(params.basis(), params.breaks(), depth) + ", " + fences.size() + " fences"
                    + (race ? " raced by the whole formula" : "") + " on "
                    + Math.min(fenceThreads(), fences.size() + (race ? 1 : 0)) + " threads"
                    + (params.cegar() ? ", cegar" : "");
            // The record names the encoding whose answer settled the size.
            Attempt.How byFences = new Attempt.How("ssv-fence", options, backendName);
            Attempt.How byWhole = new Attempt.How("ssv", options, backendName);
            if (outcome instanceof FenceSearch.Outcome.Impossible impossible) {
                return new Answer(finish(k, depth, Attempt.Verdict.UNSAT, t0, largest,
                        impossible.byWholeFormula() ? byWhole : byFences), Optional.empty());
            }
            if (outcome instanceof FenceSearch.Outcome.Undecided undecided) {
                return new Answer(finish(k, depth, Attempt.Verdict.UNKNOWN, t0, largest, byFences), Optional.empty(),
                        undecided.reason());
            }
            FenceSearch.Outcome.Found found = (FenceSearch.Outcome.Found) outcome;
            Circuit candidate = found.circuit();
            verify(candidate, depth);
            Fence fence = found.fence();
            if (candidate.size() != k || (fence != null && candidate.depth() != fence.depth())) {
                throw new IllegalStateException("internal error: " + (fence == null ? "the whole formula"
                        : "fence " + fence.describe()) + " decoded " + candidate.size() + " gates of depth "
                        + candidate.depth());
            }
            return new Answer(finish(k, depth, Attempt.Verdict.SAT, t0, largest, fence == null ? byWhole : byFences),
                    Optional.of(candidate));
        }

        /**
         * One question with everything every question gets: the hooks' constraints and judge, the
         * distinct-gates break (sound at a minimal size; for depth, every function of a
         * duplicate-gate circuit has a smaller one asked before, so no function is lost) and the
         * given rows, behind the one question loop.
         */
        private Question question(Backend backend, int k, Integer depth, List<int[]> symmetric, int[] rows) {
            return question(backend, k, depth, symmetric, rows, null, counts);
        }

        private Question question(Backend backend, int k, Integer depth, List<int[]> symmetric, int[] rows,
                                  Fence fence, QuestionLoop.Counts loopCounts) {
            SsvEncoding encoding = new SsvEncoding(backend, spec, k, params.basis(), depth, params.breaks(), symmetric,
                    fence);
            SynthesisHooks.Judge judge = hooks.attach(encoding);
            if (params.breaks().distinctGates() && spec.inputs() <= SymmetryBreaks.DISTINCT_MAX_INPUTS) {
                encoding.addDistinctGates();
            }
            for (int row : rows) {
                if (!encoding.hasRow(row)) {
                    encoding.addRow(row);
                }
            }
            return new Question(encoding, new QuestionLoop(encoding, judge, deadlineNanos, loopCounts));
        }

        /** Rows present from the start: all care rows without CEGAR, a few telling ones with it. */
        private int[] initialRows() {
            if (!params.cegar()) {
                return spec.careRows();
            }
            return CegarRows.initial(spec);
        }

        private Attempt finish(int k, Integer depth, Attempt.Verdict verdict, long t0, int[] largest, Attempt.How how) {
            Attempt attempt = new Attempt(k, depth, verdict, (System.nanoTime() - t0) / 1e9, largest[0], largest[1],
                    largest[2], how);
            maxVariables = Math.max(maxVariables, largest[0]);
            maxClauses = Math.max(maxClauses, largest[1]);
            record(attempt);
            return attempt;
        }

        private Attempt finish(int k, Integer depth, Attempt.Verdict verdict, long t0, Encoding encoding) {
            Backend backend = encoding.backend();
            String options = encoding.options() + (params.cegar() ? ", cegar" : "");
            return finish(k, depth, verdict, t0,
                    new int[] {backend.variables(), backend.constraints(), encoding.rowCount()},
                    new Attempt.How(encoding.name(), options, backend.name()));
        }

        private void record(Attempt attempt) {
            attempts.add(attempt);
            progress.attempt(attempt);
        }

        // ------------------------------------------------------------ enumeration

        /** Set by {@link #enumerateAt}: whether the last enumeration was proven complete. */
        private boolean lastComplete;

        List<Circuit> enumerateAt(int k, Integer depth, int[] distinguishing, int cap, List<Circuit> known) {
            List<Circuit> found = new ArrayList<>();
            boolean complete = false;
            try (Backend backend = BackendFactory.create(params.backend())) {
                // The symmetric-input break would hide mirror images of a function.
                Question question = question(backend, k, depth, List.of(), spec.careRows());
                SsvEncoding encoding = question.encoding();
                QuestionLoop loop = question.loop();
                for (Circuit c : known) {
                    int[] clause = blockingClause(c, distinguishing, encoding);
                    if (clause.length == 0) {
                        lastComplete = true;  // the one function there is is known already
                        return found;
                    }
                    loop.block(clause);
                }
                while (found.size() < cap) {
                    QuestionLoop.Answer answer = loop.next();
                    if (answer instanceof QuestionLoop.Answer.Impossible) {
                        complete = true;
                        break;
                    }
                    if (!(answer instanceof QuestionLoop.Answer.Found next)) {
                        break;
                    }
                    Circuit candidate = next.circuit();
                    verify(candidate, depth);
                    found.add(candidate);
                    int[] block = blockingClause(candidate, distinguishing, encoding);
                    if (block.length == 0) {
                        complete = true; // the spec leaves no freedom: one function only
                        break;
                    }
                    loop.block(block);
                }
            }
            lastComplete = complete;
            return found;
        }

        /** "The outputs differ from c's somewhere on the distinguishing rows" (where they are free). */
        private int[] blockingClause(Circuit c, int[] distinguishing, Encoding encoding) {
            int[] codes = Spec.outputCodes(c);
            List<Integer> block = new ArrayList<>();
            for (int r : distinguishing) {
                for (int h = 0; h < spec.outputs(); h++) {
                    if (spec.forcedBit(r, h) < 0) {
                        int lit = encoding.outputLit(r, h);
                        block.add((codes[r] >>> h & 1) == 1 ? -lit : lit);
                    }
                }
            }
            return block.stream().mapToInt(Integer::intValue).toArray();
        }

        // ------------------------------------------------------------ results

        private Optional<Circuit> fallback() {
            if (spec.inputs() > 16) {
                return Optional.empty();
            }
            Circuit c = ShannonConstruction.build(spec, params.basis());
            verify(c, null);
            if (params.depthBound() != null && c.depth() > params.depthBound()) {
                return Optional.empty();
            }
            if (!hooks.isNone() && !hooks.accepts(c)) {
                return Optional.empty();
            }
            return Optional.of(c);
        }

        /** Re-simulation against the spec, basis and depth bound; failure is a bug, not an answer. */
        private void verify(Circuit c, Integer depth) {
            int wrong = spec.firstViolatedRow(c);
            if (wrong >= 0) {
                throw new IllegalStateException("internal error: circuit violates the spec on row " + wrong + "\n" + c);
            }
            if (!c.conformsTo(params.basis()::allows)) {
                throw new IllegalStateException("internal error: circuit leaves basis " + params.basis().keyword());
            }
            if (depth != null && c.depth() > depth) {
                throw new IllegalStateException("internal error: circuit depth " + c.depth() + " exceeds " + depth);
            }
        }

        private SynthesisResult result(SynthesisStatus status, int lowerBound, String message) {
            Optional<Circuit> circuit = Optional.ofNullable(best);
            circuit.ifPresent(c -> verify(c, params.depthBound()));
            SynthesisStats stats = new SynthesisStats((System.nanoTime() - startNanos) / 1e9, counts.solveCalls,
                    counts.cegarRows, counts.rejected, maxVariables, maxClauses);
            return new SynthesisResult(status, params.objective(), circuit, lowerBound, attempts, stats, message);
        }
    }
}
