package org.mincirc.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.OptimalReturn;
import org.mincirc.exact.OptimumUnavailableException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Predicates;
import org.mincirc.exact.Returns;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation;
import org.mincirc.model.Expr;
import org.mincirc.model.Objective;
import org.mincirc.model.Predicate;
import org.mincirc.model.Query;
import org.mincirc.model.Rationals;
import org.mincirc.model.ReturnRequirement;
import org.mincirc.solver.BackendFactory;
import org.mincirc.synth.NormalCircuits;
import org.mincirc.synth.Spec;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.Synthesizer;
import org.mincirc.synth.policy.PolicyHooks;
import org.mincirc.synth.policy.PolicySpace;

/**
 * Runs a {@code profile} query. For k = 0, 1, ... up to the bound it asks the solver for every
 * policy (told apart on the file's care codes, as {@code solve} counts policies) that a circuit
 * of exactly k gates realizes, that meets the threshold and the requirements, and that was not
 * found at a smaller k, blocking each one found until the solver proves there is no further one.
 * Every policy of minimal size j was found at j, so the policies new at k have minimal size
 * exactly k. Each is certified (re-simulated, its return and predicates re-evaluated exactly).
 *
 * <p>Circuit counting ({@link NormalCircuits}) enumerates every normal circuit of k gates and
 * looks its policy up among those found; two cross-checks tie the counts to the enumeration: a
 * k-gate circuit never computes a policy whose minimal size was found to be above k, and every
 * policy of minimal size k is computed by at least one normal circuit of k gates.
 */
final class ProfileRunner {
    private final Document document;
    private final RunOptions options;

    ProfileRunner(Document document, RunOptions options) {
        this.document = document;
        this.options = options;
    }

    QueryResult run(Query.Profile query) {
        long start = System.nanoTime();
        Deadline deadline = Deadline.after(options.timeout());
        PolicySpace space = PolicySpace.of(document.iface(), document.mdps());
        List<Predicate> predicates = predicates(query);
        List<String> names = predicates.stream().map(Predicate::name).toList();
        String backend = BackendFactory.resolve(options.backend());
        Optional<String> conflict = space.conflict();
        if (conflict.isPresent()) {
            return empty(query, names, backend, start, conflict.get(), Optional.empty(), Optional.empty());
        }
        Optional<BigFraction> optimum = Optional.empty();
        Optional<BigFraction> threshold = Optional.empty();
        if (query.returnRequirement().isPresent()) {
            ReturnRequirement req = query.returnRequirement().get();
            try {
                optimum = Optional.of(OptimalReturn.argmax(query.target(), space.iface(), space::allowed).value());
            } catch (OptimumUnavailableException e) {
                if (req.relativeToOptimal()) {
                    return new FailedResult(query, document.file(), FailedResult.Kind.BAD_INPUT,
                            "cannot compute the optimal return of " + query.target().name() + ": " + e.getMessage(),
                            EvalRunner.since(start));
                }
            }
            threshold = Optional.of(req.relativeToOptimal() ? optimum.get().subtract(req.value()) : req.value());
            if (optimum.isPresent() && optimum.get().compareTo(threshold.get()) < 0) {
                return empty(query, names, backend, start, "no policy reaches return "
                        + Rationals.format(threshold.get()) + " on " + query.target().name(), threshold, optimum);
            }
        }
        Spec spec = space.spec();
        int[] care = space.careCodes();
        if (query.countCircuits() && care.length > 64) {
            return new FailedResult(query, document.file(), FailedResult.Kind.BAD_INPUT, "count circuits tells "
                    + "policies apart on at most 64 codes; this file's states carry " + care.length,
                    EvalRunner.since(start));
        }
        PolicyHooks hooks = new PolicyHooks(space, query.target(), threshold, query.requires());
        List<Circuit> known = new ArrayList<>();
        List<Integer> costOf = new ArrayList<>();
        List<ProfileResult.Level> levels = new ArrayList<>();
        Optional<Integer> minimum = Optional.empty();
        String message = "";
        boolean complete = true;
        int total = 0;
        for (int k = 0; k <= query.bound(); k++) {
            long t0 = System.nanoTime();
            SynthesisParams params = SynthesisParams.defaults().withObjective(Objective.SIZE).withBasis(query.basis())
                    .withBackend(options.backend()).withTimeout(deadline.remaining().orElse(null));
            Synthesizer.Enumerated found = new Synthesizer(params)
                    .enumerateAtSize(spec, care, k, Integer.MAX_VALUE, known, hooks);
            if (!found.complete()) {
                // Not every policy of this size was found, but those found are of minimal size k.
                for (Circuit c : found.circuits()) {
                    certify(space, space.named(c), query, threshold);
                }
                if (minimum.isEmpty() && !found.circuits().isEmpty()) {
                    minimum = Optional.of(k);
                }
                complete = false;
                message = "time ran out enumerating the policies of size " + k + " (" + found.circuits().size()
                        + " found); the sizes below are exact";
                progress(query, "size " + k + ": undecided, time ran out");
                break;
            }
            List<Circuit> fresh = new ArrayList<>();
            for (Circuit c : found.circuits()) {
                Circuit named = space.named(c);
                certify(space, named, query, threshold);
                fresh.add(named);
                known.add(named);
                costOf.add(k);
            }
            total += fresh.size();
            if (minimum.isEmpty() && !fresh.isEmpty()) {
                minimum = Optional.of(k);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress(query, String.format(java.util.Locale.ROOT, "size %d: %d new %s (%d in all) in %.2f s (%s)", k,
                    fresh.size(), fresh.size() == 1 ? "policy" : "policies", total, seconds, backend));
            if (minimum.isPresent()) {
                Map<String, Integer> satisfying = new LinkedHashMap<>();
                for (Predicate p : predicates) {
                    satisfying.put(p.name(), (int) fresh.stream().filter(c -> Minimizer.holds(p, c)).count());
                }
                levels.add(new ProfileResult.Level(k, fresh, satisfying, Optional.empty(), seconds));
            }
        }
        if (minimum.isEmpty() && complete) {
            message = "no policy meeting the requirements has a circuit of at most " + query.bound() + " gates";
        }
        if (query.countCircuits() && !levels.isEmpty()) {
            Optional<List<ProfileResult.Level>> counted = countCircuits(query, space, known, costOf, levels, predicates,
                    deadline);
            if (counted.isPresent()) {
                levels = counted.get();
            } else {
                complete = false;
                message = "time ran out counting circuits; the policy counts are exact, the circuit counts missing";
            }
        }
        return new ProfileResult(query, document.file(), complete, message, threshold, optimum, minimum, names, levels,
                backend, EvalRunner.since(start));
    }

    private ProfileResult empty(Query.Profile query, List<String> names, String backend, long start, String why,
                                Optional<BigFraction> threshold, Optional<BigFraction> optimum) {
        return new ProfileResult(query, document.file(), true, why, threshold, optimum, Optional.empty(), names,
                List.of(), backend, EvalRunner.since(start));
    }

    /** The reported predicates, then any other that a {@code profile[c].P} expectation names. */
    private List<Predicate> predicates(Query.Profile query) {
        Map<String, Predicate> byName = new LinkedHashMap<>();
        query.reports().forEach(p -> byName.put(p.name(), p));
        for (Expectation e : query.expectations()) {
            String key = e.key();
            int close = key.indexOf("].");
            if (key.startsWith("profile[") && close > 0) {
                String field = key.substring(close + 2);
                int dot = field.indexOf('.');
                document.predicate(dot < 0 ? field : field.substring(0, dot))
                        .ifPresent(p -> byName.putIfAbsent(p.name(), p));
            }
        }
        return List.copyOf(byName.values());
    }

    /**
     * The circuit counts of every level, or empty when time ran out. The found policies' outputs
     * on the care codes are the classes; a circuit outside them computes an invalid policy or one
     * that misses the requirements (every qualifying policy of size at most k was found).
     */
    private Optional<List<ProfileResult.Level>> countCircuits(Query.Profile query, PolicySpace space,
                                                              List<Circuit> known, List<Integer> costOf,
                                                              List<ProfileResult.Level> levels,
                                                              List<Predicate> predicates, Deadline deadline) {
        int[] care = space.careCodes();
        int outputs = space.iface().outputBits();
        Map<MaskKey, Integer> classes = new HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            classes.put(new MaskKey(masks(known.get(i), care, outputs)), i);
        }
        boolean[][] holds = new boolean[predicates.size()][known.size()];
        for (int p = 0; p < predicates.size(); p++) {
            for (int i = 0; i < known.size(); i++) {
                holds[p][i] = Minimizer.holds(predicates.get(p), known.get(i));
            }
        }
        long end = deadline.endNanos().orElse(Long.MAX_VALUE);
        List<ProfileResult.Level> result = new ArrayList<>();
        for (ProfileResult.Level level : levels) {
            long t0 = System.nanoTime();
            int k = level.cost();
            NormalCircuits.Counts counts = NormalCircuits.count(space.iface().inputCount(), outputs, care, k,
                    query.basis()::allows, known.size(), classifier(classes, care.length, outputs), end);
            if (!counts.complete()) {
                progress(query, "counting circuits of size " + k + ": time ran out");
                return Optional.empty();
            }
            long qualifying = 0;
            long[] byPredicate = new long[predicates.size()];
            for (int i = 0; i < known.size(); i++) {
                long n = counts.perClass()[i];
                if (n > 0 && costOf.get(i) > k) {
                    throw new IllegalStateException("internal error: a normal circuit of " + k + " gates computes a "
                            + "policy whose minimal size was found to be " + costOf.get(i));
                }
                if (n == 0 && costOf.get(i) == k) {
                    throw new IllegalStateException("internal error: no normal circuit of " + k + " gates computes a "
                            + "policy of minimal size " + k);
                }
                qualifying += n;
                for (int p = 0; p < predicates.size(); p++) {
                    if (holds[p][i]) {
                        byPredicate[p] += n;
                    }
                }
            }
            Map<String, Long> satisfying = new LinkedHashMap<>();
            for (int p = 0; p < predicates.size(); p++) {
                satisfying.put(predicates.get(p).name(), byPredicate[p]);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress(query, String.format(java.util.Locale.ROOT, "circuits of size %d: %d of %d qualify in %.2f s",
                    k, qualifying, counts.all(), seconds));
            result.add(new ProfileResult.Level(k, level.policies(), level.satisfying(),
                    Optional.of(new ProfileResult.CircuitCount(counts.all(), qualifying, satisfying)),
                    level.seconds() + seconds));
        }
        return Optional.of(result);
    }

    /**
     * The class of a circuit's output masks. With at most 2^24 possible outputs on the care codes,
     * a table indexed by the masks themselves (no allocation per circuit), else a hash map.
     */
    private static NormalCircuits.Classifier classifier(Map<MaskKey, Integer> classes, int rows, int outputs) {
        if ((long) rows * outputs > 24) {
            return m -> classes.getOrDefault(new MaskKey(m), -1);
        }
        int[] dense = new int[1 << (rows * outputs)];
        Arrays.fill(dense, -1);
        classes.forEach((key, index) -> dense[denseIndex(key.masks(), rows)] = index);
        return m -> dense[denseIndex(m, rows)];
    }

    private static int denseIndex(long[] masks, int rows) {
        int index = 0;
        for (int h = 0; h < masks.length; h++) {
            index |= (int) masks[h] << (h * rows);
        }
        return index;
    }

    /** Output bit h of the circuit on care code r is bit r of mask h (the counter's form of a policy). */
    static long[] masks(Circuit c, int[] care, int outputs) {
        long[] m = new long[outputs];
        for (int r = 0; r < care.length; r++) {
            int code = c.evaluate(care[r]);
            for (int h = 0; h < outputs; h++) {
                if ((code >>> h & 1) == 1) {
                    m[h] |= 1L << r;
                }
            }
        }
        return m;
    }

    private record MaskKey(long[] masks) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MaskKey k && Arrays.equals(masks, k.masks);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(masks);
        }
    }

    private void progress(Query.Profile query, String line) {
        options.progress().accept("profile " + query.name() + ": " + line);
    }

    /** Valid on every state of the file, the return at least the threshold, every requirement true. */
    private static void certify(PolicySpace space, Circuit c, Query.Profile query, Optional<BigFraction> threshold) {
        Policy policy = Policy.of(c);
        try {
            space.actionsOf(c);
            BigFraction value = Returns.of(query.target(), policy);
            if (threshold.isPresent() && value.compareTo(threshold.get()) < 0) {
                throw new IllegalStateException("profiled circuit misses the threshold: return " + value);
            }
            for (Expr e : query.requires()) {
                if (!Predicates.holds(e, policy)) {
                    throw new IllegalStateException("profiled circuit violates the requirement at " + e.pos());
                }
            }
        } catch (InvalidPolicyException e) {
            throw new IllegalStateException("profiled circuit is not a valid policy: " + e.getMessage(), e);
        }
    }
}
