package org.mincirc.query;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Basis;
import org.mincirc.circuit.Circuit;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.OptimalReturn;
import org.mincirc.exact.OptimumUnavailableException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Predicates;
import org.mincirc.exact.Returns;
import org.mincirc.model.Expr;
import org.mincirc.model.Predicate;
import org.mincirc.model.Rationals;
import org.mincirc.model.ReturnRequirement;
import org.mincirc.model.SourcePos;
import org.mincirc.model.Target;
import org.mincirc.model.Objective;
import org.mincirc.synth.LowerBounds;
import org.mincirc.synth.Spec;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.SynthesisResult;
import org.mincirc.synth.SynthesisStatus;
import org.mincirc.synth.Synthesizer;
import org.mincirc.synth.policy.PolicyHooks;
import org.mincirc.synth.policy.PolicySpace;
import org.mincirc.synth.policy.PolicyWitness;

/**
 * The shared core of {@code solve} and {@code lemma}: the exact threshold, a provably minimal
 * circuit whose policy on the target reaches it and meets the requirements, the distinct
 * minimal policies, and "do all / some / none of the minimal policies satisfy P?" decided
 * exactly (over the complete enumeration, or by solving again at the minimal cost with P and
 * with not P added — never by sampling one circuit).
 */
final class Minimizer {
    /** What one minimization established. */
    record Outcome(SolveStatus status, Optional<SynthesisResult> minimum, List<Circuit> policies, boolean complete,
                   Optional<BigFraction> threshold, Optional<BigFraction> optimum, Optional<BigFraction> returnValue,
                   String message, Spec spec, PolicyHooks hooks, SynthesisParams params) {
        boolean optimal() {
            return status == SolveStatus.OPTIMAL;
        }

        Optional<Circuit> circuit() {
            return minimum.flatMap(SynthesisResult::circuit);
        }
    }

    private final PolicySpace space;
    private final RunOptions options;
    private final Deadline deadline;

    Minimizer(PolicySpace space, RunOptions options, Deadline deadline) {
        this.space = space;
        this.options = options;
        this.deadline = deadline;
    }

    Outcome minimize(Target target, Optional<ReturnRequirement> requirement, List<Expr> requires,
                     Objective objective, Basis basis, String progressLabel) {
        SynthesisParams params = SynthesisParams.defaults()
                .withObjective(objective)
                .withBasis(basis)
                .withBackend(options.backend())
                .withTimeout(deadline.remaining().orElse(null));
        Optional<String> conflict = space.conflict();
        if (conflict.isPresent()) {
            // No spec exists: some code has no action common to its states.
            return infeasible(conflict.get(), Optional.empty(), Optional.empty(), null, null, params);
        }
        Spec spec = space.spec();
        Optional<BigFraction> optimum = Optional.empty();
        Optional<BigFraction> threshold = Optional.empty();
        if (requirement.isPresent()) {
            ReturnRequirement req = requirement.get();
            try {
                optimum = Optional.of(OptimalReturn.argmax(target, space.iface(), space::allowed).value());
            } catch (OptimumUnavailableException e) {
                if (req.relativeToOptimal()) {
                    throw new BadQueryException("cannot compute the optimal return of " + target.name() + ": "
                            + e.getMessage());
                }
            }
            threshold = Optional.of(req.relativeToOptimal() ? optimum.get().subtract(req.value()) : req.value());
            if (optimum.isPresent() && optimum.get().compareTo(threshold.get()) < 0) {
                return infeasible("no policy the interface can express reaches return "
                        + Rationals.format(threshold.get()) + " on " + target.name() + " (the best is "
                        + Rationals.format(optimum.get()) + ")", threshold, optimum, spec, null, params);
            }
        }
        PolicyHooks hooks = new PolicyHooks(space, target, threshold, requires);
        PolicyWitness.Answer witness = PolicyWitness.find(spec, space.careCodes(), hooks, params.basis(), options.backend(),
                deadline.remaining().orElse(null));
        if (witness.infeasible()) {
            return infeasible("no policy the interface can express meets the requirements"
                    + threshold.map(t -> " with return >= " + Rationals.format(t)).orElse(""),
                    threshold, optimum, spec, hooks, params);
        }
        if (witness.witness().isPresent() && params.objective().sizeFirst()) {
            // A circuit of this size meets every demand, so the minimum is at most its size.
            params = params.withMaxSize(Math.min(params.maxSize(), witness.witness().get().size()));
        }
        Consumer<String> progress = options.progress();
        // The optimum and the witness took time: the search gets what is left, not the whole limit.
        params = params.withTimeout(deadline.remaining().orElse(null));
        Synthesizer synthesizer = new Synthesizer(params);
        SynthesisResult minimum;
        List<Circuit> policies;
        boolean complete;
        if (params.objective() == Objective.SIZE || params.objective().weightedSum()) {
            Synthesizer.FunctionEnumeration all = params.objective().weightedSum()
                    ? synthesizer.enumerateWeighted(spec, space.careCodes(), options.maxPolicies(), hooks,
                            a -> progress.accept(progressLabel + ": " + Progress.line(a)))
                    : synthesizer.enumerateFunctions(spec, space.careCodes(), options.maxPolicies(), hooks,
                    a -> progress.accept(progressLabel + ": " + Progress.line(a)));
            minimum = all.minimum();
            policies = all.circuits();
            complete = all.complete() && minimum.status() == SynthesisStatus.OPTIMAL;
        } else {
            minimum = synthesizer.synthesize(spec, hooks, a -> progress.accept(progressLabel + ": " + Progress.line(a)));
            if (minimum.status() == SynthesisStatus.OPTIMAL) {
                Synthesizer.Enumerated all = enumerateAtCost(spec, hooks, params, minimum.circuit().orElseThrow());
                policies = all.circuits();
                complete = all.complete();
            } else {
                policies = minimum.circuit().stream().toList();
                complete = false;
            }
        }
        if (minimum.status() == SynthesisStatus.INFEASIBLE) {
            return infeasible(minimum.message().isEmpty() ? "no circuit meets the requirements" : minimum.message(),
                    threshold, optimum, spec, hooks, params);
        }
        if (policies.isEmpty() && minimum.circuit().isPresent() && minimum.status() == SynthesisStatus.OPTIMAL) {
            // The enumeration ran out of time before its first answer: the minimum itself is one.
            policies = List.of(minimum.circuit().get());
            complete = false;
        }
        policies = policies.stream().map(space::named).toList();
        for (Circuit c : policies) {
            certify(c, target, threshold, requires);
        }
        Optional<BigFraction> value = minimum.circuit().isEmpty() ? Optional.empty()
                : Optional.of(certify(minimum.circuit().get(), target, threshold, requires));
        SynthesisResult named = new SynthesisResult(minimum.status(), minimum.objective(),
                minimum.circuit().map(space::named), minimum.lowerBound(), minimum.attempts(), minimum.stats(),
                minimum.message());
        return new Outcome(SolveStatus.of(minimum.status()), Optional.of(named), policies, complete, threshold, optimum,
                value, minimum.message(), spec, hooks, params);
    }

    /**
     * The distinct policies of every circuit as cheap as {@code minimal} under a depth-involving
     * objective. Size then depth and depth then size: exactly minimal's size at depth at most
     * its depth. Depth alone: every size up to the most gates a circuit of that depth can use.
     */
    private Synthesizer.Enumerated enumerateAtCost(Spec spec, PolicyHooks hooks, SynthesisParams params,
                                                   Circuit minimal) {
        int depth = minimal.depth();
        int cap = options.maxPolicies();
        SynthesisParams bounded = params.withObjective(Objective.SIZE).withDepthBound(depth)
                .withTimeout(deadline.remaining().orElse(null));
        Synthesizer atDepth = new Synthesizer(bounded);
        if (params.objective() != Objective.DEPTH) {
            return atDepth.enumerateAtSize(spec, space.careCodes(), minimal.size(), cap, List.of(), hooks);
        }
        long most = Math.min(params.maxSize(), (long) spec.outputs() * ((1L << Math.min(depth, 20)) - 1));
        List<Circuit> found = new java.util.ArrayList<>();
        boolean complete = true;
        for (int k = minimal.size(); k <= most && found.size() < cap; k++) {
            Synthesizer.Enumerated more = new Synthesizer(bounded.withTimeout(deadline.remaining().orElse(null)))
                    .enumerateAtSize(spec, space.careCodes(), k, cap - found.size(), found, hooks);
            found.addAll(more.circuits());
            complete &= more.complete();
        }
        return new Synthesizer.Enumerated(found, complete && found.size() < cap);
    }

    private static Outcome infeasible(String why, Optional<BigFraction> threshold, Optional<BigFraction> optimum,
                                      Spec spec, PolicyHooks hooks, SynthesisParams params) {
        return new Outcome(SolveStatus.INFEASIBLE, Optional.empty(), List.of(), true, threshold, optimum, Optional.empty(), why,
                spec, hooks, params);
    }

    /**
     * Re-checks a circuit independently of the encoding: valid on every state of the file, its
     * exact return at least the threshold, every requirement true. A failure is a bug in mincirc.
     */
    private BigFraction certify(Circuit c, Target target, Optional<BigFraction> threshold, List<Expr> requires) {
        Policy policy = Policy.of(c);
        try {
            space.actionsOf(c);
            BigFraction value = Returns.of(target, policy);
            if (threshold.isPresent() && value.compareTo(threshold.get()) < 0) {
                throw new IllegalStateException("synthesized circuit misses the threshold: return " + value);
            }
            for (Expr e : requires) {
                if (!Predicates.holds(e, policy)) {
                    throw new IllegalStateException("synthesized circuit violates the requirement at " + e.pos());
                }
            }
            return value;
        } catch (InvalidPolicyException e) {
            throw new IllegalStateException("synthesized circuit is not a valid policy: " + e.getMessage(), e);
        }
    }

    /** all / some / none (or unknown when not decided in time) of the minimal policies satisfy p. */
    Quantifier quantify(Outcome outcome, Predicate p) {
        if (outcome.status() == SolveStatus.INFEASIBLE) {
            return Quantifier.NONE;
        }
        if (!outcome.optimal()) {
            return Quantifier.UNKNOWN;
        }
        if (outcome.complete()) {
            return quantifyOver(outcome.policies(), p);
        }
        Expr ref = new Expr.Ref(p, SourcePos.NONE);
        Circuit minimal = outcome.circuit().orElseThrow();
        Optional<Boolean> some = existsAtCost(outcome, outcome.hooks().requiring(ref), minimal);
        Optional<Boolean> notAll = existsAtCost(outcome, outcome.hooks().requiring(new Expr.Not(ref, SourcePos.NONE)),
                minimal);
        if (some.isEmpty() || notAll.isEmpty()) {
            return Quantifier.UNKNOWN;
        }
        return !notAll.get() ? Quantifier.ALL : !some.get() ? Quantifier.NONE : Quantifier.SOME;
    }

    /** A minimal policy satisfying p, if the enumeration holds one. */
    static Optional<Circuit> witness(Outcome outcome, Predicate p) {
        return outcome.policies().stream().filter(c -> holds(p, c)).findFirst();
    }

    private static Quantifier quantifyOver(List<Circuit> policies, Predicate p) {
        long holding = policies.stream().filter(c -> holds(p, c)).count();
        return Quantifier.of(holding, policies.size());
    }

    static boolean holds(Predicate p, Circuit c) {
        try {
            return Predicates.holds(p, Policy.of(c));
        } catch (InvalidPolicyException e) {
            throw new IllegalStateException("minimal circuit is not a valid policy: " + e.getMessage(), e);
        }
    }

    /**
     * Is there a circuit as cheap as {@code minimal} (the same bounds on the objective's costs)
     * that meets the hooks? Empty when time ran out before that was decided.
     */
    private Optional<Boolean> existsAtCost(Outcome outcome, PolicyHooks hooks, Circuit minimal) {
        Objective objective = outcome.params().objective();
        if (objective.weightedSum()) {
            return existsAtWeightedCost(outcome, hooks, objective.cost(minimal));
        }
        int maxSize = minimal.size();
        Integer depthBound = objective == Objective.SIZE ? null : minimal.depth();
        if (objective == Objective.DEPTH) {
            // A circuit of depth d has at most outputs * (2^d - 1) gates that matter.
            maxSize = (int) Math.min(64, (long) outcome.spec().outputs() * ((1L << Math.min(depthBound, 20)) - 1));
        }
        SynthesisParams bounded = outcome.params().withObjective(Objective.SIZE).withMaxSize(maxSize)
                .withDepthBound(depthBound).withTimeout(deadline.remaining().orElse(null));
        SynthesisResult r = new Synthesizer(bounded).synthesize(outcome.spec(), hooks, a -> { });
        if (r.circuit().isPresent() && r.circuit().get().size() <= maxSize
                && (depthBound == null || r.circuit().get().depth() <= depthBound)) {
            return Optional.of(true);
        }
        if (r.status() == SynthesisStatus.INFEASIBLE || r.lowerBound() > maxSize) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /**
     * Is there a circuit of weighted cost at most {@code cost} meeting the hooks? The weighted
     * search under the hooks, with sizes capped where even the least depth would cost more.
     */
    private Optional<Boolean> existsAtWeightedCost(Outcome outcome, PolicyHooks hooks, int cost) {
        Objective objective = outcome.params().objective();
        int sizeCap = (cost - objective.depthWeight() * LowerBounds.depth(outcome.spec())) / objective.sizeWeight();
        if (sizeCap < 0) {
            return Optional.of(false);
        }
        SynthesisParams capped = outcome.params().withMaxSize(sizeCap).withTimeout(deadline.remaining().orElse(null));
        SynthesisResult r = new Synthesizer(capped).synthesize(outcome.spec(), hooks, a -> { });
        if (r.circuit().isPresent() && objective.cost(r.circuit().get()) <= cost) {
            return Optional.of(true);
        }
        if (r.status() != SynthesisStatus.UNKNOWN || r.lowerBound() > cost) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** A query that cannot be answered as asked (reported as bad input at the query). */
    static final class BadQueryException extends RuntimeException {
        BadQueryException(String message) {
            super(message, null, false, false);
        }
    }
}
