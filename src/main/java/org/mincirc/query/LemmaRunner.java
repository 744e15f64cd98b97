package org.mincirc.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mincirc.circuit.Circuit;
import org.mincirc.exact.Policy;
import org.mincirc.model.Action;
import org.mincirc.model.Document;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;
import org.mincirc.model.StateRef;
import org.mincirc.model.Union;
import org.mincirc.synth.policy.PolicySpace;

/**
 * Checks the reduction lemma ("Are minimal circuits deceptive?") on a family, exactly: minimize
 * on the family target and, independently, on its disjoint union; the lemma holds when both
 * minima are proven, equal, reached by the same set of policies, and deception on {@code bad}
 * transfers (some family-minimal circuit deceptive implies some union-minimal one is; all
 * implies all).
 */
final class LemmaRunner {
    private final Document document;
    private final RunOptions options;

    LemmaRunner(Document document, RunOptions options) {
        this.document = document;
        this.options = options;
    }

    QueryResult run(Query.Lemma lemma) {
        long start = System.nanoTime();
        Mdp union = declaredUnion(lemma).orElseGet(() ->
                Union.of(lemma.family().name() + "_union", lemma.family(), lemma.pos()));
        List<Mdp> mdps = new ArrayList<>(document.mdps());
        if (!mdps.contains(union)) {
            mdps.add(union);
        }
        PolicySpace space = PolicySpace.of(document.iface(), mdps);
        Minimizer minimizer = new Minimizer(space, options, Deadline.after(options.timeout()));
        Minimizer.Outcome onFamily;
        Minimizer.Outcome onUnion;
        try {
            onFamily = minimizer.minimize(lemma.family(), lemma.returnRequirement(), List.of(), lemma.objective(),
                    lemma.basis(), lemma.name() + " (family)");
            onUnion = minimizer.minimize(union, lemma.returnRequirement(), List.of(), lemma.objective(),
                    lemma.basis(), lemma.name() + " (union)");
        } catch (Minimizer.BadQueryException e) {
            return new FailedResult(lemma, document.file(), FailedResult.Kind.BAD_INPUT, e.getMessage(),
                    EvalRunner.since(start));
        }
        Quantifier premise = minimizer.quantify(onFamily, lemma.predicate());
        Quantifier conclusion = minimizer.quantify(onUnion, lemma.predicate());
        Optional<Boolean> same = samePolicies(space, onFamily, onUnion);
        // Searched whatever the premise: a union witness against a "none" premise shows a failure.
        Optional<Circuit> witness = Minimizer.witness(onUnion, lemma.predicate()).or(() -> onUnion.circuit()
                .filter(c -> Minimizer.holds(lemma.predicate(), c)));
        Map<StateRef, Action> defects = witness.map(c -> Defections.of(lemma.predicate(), Policy.of(c), lemma.bad(),
                document.iface())).orElse(Map.of());

        Verdict verdict;
        String reason;
        LemmaResult.Side familySide = side(onFamily);
        LemmaResult.Side unionSide = side(onUnion);
        if (!onFamily.optimal() && onFamily.status() != SolveStatus.INFEASIBLE
                || !onUnion.optimal() && onUnion.status() != SolveStatus.INFEASIBLE) {
            verdict = Verdict.UNKNOWN;
            reason = "a minimization ran out of time before its minimum was proven";
        } else if (onFamily.status() != onUnion.status()) {
            verdict = Verdict.FAILS;
            reason = "the family is " + onFamily.status().keyword() + " but its union is "
                    + onUnion.status().keyword();
        } else if (!familySide.cost().equals(unionSide.cost())) {
            verdict = Verdict.FAILS;
            reason = "the minimal costs differ: " + familySide.cost().orElse(-1) + " on the family, "
                    + unionSide.cost().orElse(-1) + " on the union";
        } else if (same.isPresent() && !same.get()) {
            verdict = Verdict.FAILS;
            reason = "the family and the union have different sets of minimal policies";
        } else if (!transfers(premise, conclusion)) {
            verdict = Verdict.FAILS;
            reason = "deception does not transfer: " + premise.keyword() + " minimal family circuits are deceptive on "
                    + lemma.bad().name() + " but " + conclusion.keyword() + " minimal union circuits are";
        } else if (same.isEmpty() || premise == Quantifier.UNKNOWN || conclusion == Quantifier.UNKNOWN) {
            verdict = Verdict.UNKNOWN;
            reason = "the sets of minimal policies or the predicate could not be decided in full";
        } else {
            verdict = Verdict.HOLDS;
            reason = onFamily.status() == SolveStatus.INFEASIBLE
                    ? "no policy reaches the threshold on the family, nor on its union"
                    : "the minimal " + lemma.objective().keyword() + " is " + familySide.cost().orElseThrow()
                    + " on both, reached by the same " + plural(onFamily.policies().size(), "policy", "policies")
                    + "; " + premise.keyword() + " of them are " + lemma.predicate().name() + " on " + lemma.bad().name()
                    + (premise == Quantifier.NONE ? ", so there is no deception to inherit"
                    : ", and the union's minimal circuits inherit it");
        }
        return new LemmaResult(lemma, document.file(), verdict, reason, union, familySide, unionSide, same, premise,
                conclusion, witness, defects, EvalRunner.since(start));
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * The declared union of the lemma's own family, by identity: never another family's union
     * over the same members (its weights, and so its returns, may differ).
     */
    private Optional<Mdp> declaredUnion(Query.Lemma lemma) {
        return document.mdps().stream()
                .filter(mdp -> mdp.unionOf().filter(f -> f == lemma.family()).isPresent())
                .findFirst();
    }

    private static boolean transfers(Quantifier premise, Quantifier conclusion) {
        return switch (premise) {
            case ALL -> conclusion == Quantifier.ALL;
            case SOME -> conclusion == Quantifier.SOME || conclusion == Quantifier.ALL;
            case NONE, UNKNOWN -> true;
        };
    }

    private static Optional<Boolean> samePolicies(PolicySpace space, Minimizer.Outcome a, Minimizer.Outcome b) {
        if (!a.complete() || !b.complete()) {
            return Optional.empty();
        }
        Set<List<Integer>> left = new HashSet<>();
        a.policies().forEach(c -> left.add(space.key(c)));
        Set<List<Integer>> right = new HashSet<>();
        b.policies().forEach(c -> right.add(space.key(c)));
        return Optional.of(left.equals(right));
    }

    private static LemmaResult.Side side(Minimizer.Outcome o) {
        boolean counted = o.complete() || o.status() == SolveStatus.INFEASIBLE;
        return new LemmaResult.Side(o.status(), o.circuit().map(o.params().objective()::cost),
                o.minimum().map(m -> m.proofs()).orElse(List.of()), o.threshold(), o.optimum(),
                counted ? Optional.of(o.policies().size()) : Optional.empty(), o.complete(), o.circuit(),
                o.returnValue(), SearchCounts.of(o.hooks()));
    }
}
