package org.mincirc.synth.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Predicates;
import org.mincirc.exact.Returns;
import org.mincirc.model.Expr;
import org.mincirc.model.Target;
import org.mincirc.synth.OutputLiterals;
import org.mincirc.synth.SynthesisHooks;

/**
 * The policy demands of a {@code solve} query as synthesis hooks: "return on the target >= r"
 * and every {@code require}d predicate.
 *
 * <p>Each encoding gets the exact encodings that exist (pseudo-Boolean returns for bandits and
 * deterministic finite-horizon targets, Tseitin-encoded predicates). Whatever they are, the
 * candidate check evaluates every candidate exactly with {@code exact} and rejects one that
 * misses a demand with a clause over the codes that decided it: a small set of codes whose
 * actions alone make every agreeing policy miss the demand, proven by exact family bounds
 * ({@link FailureCuts}), else the codes the target reaches under the candidate and the states a
 * predicate looks at. Every policy agreeing there misses the demand too, so the clause is sound,
 * and since there are finitely many policies the loop ends.
 */
public final class PolicyHooks implements SynthesisHooks {
    private final PolicySpace space;
    private final Target target;
    private final Optional<BigFraction> threshold;
    private final List<Expr> requires;
    /** Shared by every copy made by {@link #requiring}: the counts are per query. */
    private final FailureCuts.Counts counts;
    private final ThreadLocal<FailureCuts> cuts;

    /**
     * @param target the mdp or family the threshold is about
     * @param threshold the exact r of {@code require return >= r}, if any
     * @param requires predicate expressions the policy must satisfy
     */
    public PolicyHooks(PolicySpace space, Target target, Optional<BigFraction> threshold, List<Expr> requires) {
        this(space, target, threshold, requires, new FailureCuts.Counts());
    }

    private PolicyHooks(PolicySpace space, Target target, Optional<BigFraction> threshold, List<Expr> requires,
                        FailureCuts.Counts counts) {
        this.space = space;
        this.target = target;
        this.threshold = threshold;
        this.requires = List.copyOf(requires);
        this.counts = counts;
        // The bounds keep warm starts between calls, so each thread gets its own.
        this.cuts = ThreadLocal.withInitial(() -> new FailureCuts(space, counts));
    }

    /** Candidates rejected so far, over every encoding and copy of these hooks. */
    public int candidatesRejected() {
        return counts.rejected.get();
    }

    /** Rejections explained by an exact family bound (a cut), rather than by every reached code. */
    public int cuts() {
        return counts.cuts.get();
    }

    /** The same demands and one more predicate (for "is some / every minimal circuit P?"). */
    public PolicyHooks requiring(Expr extra) {
        List<Expr> more = new ArrayList<>(requires);
        more.add(extra);
        return new PolicyHooks(space, target, threshold, more, counts);
    }

    @Override
    public Judge attach(OutputLiterals literals) {
        ActionLiterals actions = new ActionLiterals(literals);
        ReturnAtoms atoms = new ReturnAtoms();
        PredicateEncoder logic = new PredicateEncoder(actions, atoms);
        ReturnForms forms = new ReturnForms(space, actions, logic);
        atoms.useForms(forms);
        // The threshold is stated in the formula only where it is a pseudo-Boolean form of linear
        // size (bandits, deterministic finite horizons). Stochastic and discounted returns are
        // left to the exact check and its cuts: measured on the 16-state rows of bench/scale.sh,
        // the cuts alone prove them in seconds, while the tree relaxation (sat4j) and Bellman
        // equations over rationals (z3) ran out of a minute.
        // The forms serve every backend alike (on z3 they measured as fast as Bellman equations).
        threshold.flatMap(r -> forms.linear(target)).ifPresent(form -> form.assertAtLeast(actions.backend(),
                threshold.get()));
        // With rational arithmetic (z3) return atoms are exact for every target through Bellman equations.
        BellmanReturns.attach(space, actions, atoms, target, Optional.empty());
        for (Expr e : requires) {
            literals.backend().addClause(logic.encode(e));
        }
        // The judge holds the encoding's action literals, so they go when the encoding goes.
        return candidate -> check(candidate, actions);
    }

    @Override
    public boolean accepts(Circuit circuit) {
        return check(circuit, null) instanceof CandidateVerdict.Accept;
    }

    /** Accepts, or rejects with a clause over {@code actions} (none when null: no encoding). */
    private CandidateVerdict check(Circuit candidate, ActionLiterals actions) {
        Policy policy = Policy.of(candidate);
        try {
            if (threshold.isPresent()) {
                Optional<Set<Integer>> proven = actions == null ? Optional.empty()
                        : cuts.get().provenBelow(target, policy, threshold.get());
                if (proven.isPresent()) {
                    return reject(proven.get(), policy, actions);
                }
                if (Returns.of(target, policy).compareTo(threshold.get()) < 0) {
                    return reject(actions == null ? Set.of() : cuts.get().belowThreshold(target, policy, threshold.get()),
                            policy, actions);
                }
            }
            for (Expr e : requires) {
                if (!Predicates.holds(e, policy)) {
                    return reject(actions == null ? Set.of() : cuts.get().forcing(e, policy), policy, actions);
                }
            }
        } catch (InvalidPolicyException e) {
            // The spec allows only actions available in every state of a code, so this is a bug.
            throw new IllegalStateException("candidate circuit is not a valid policy: " + e.getMessage(), e);
        }
        return CandidateVerdict.ACCEPT;
    }

    private CandidateVerdict reject(Set<Integer> codes, Policy policy, ActionLiterals actions) {
        if (actions == null) {
            return new CandidateVerdict.Reject(List.of());
        }
        counts.rejected.incrementAndGet();
        List<Integer> clause = new ArrayList<>();
        for (int code : codes) {
            actions.appendDiffers(code, policy.output(code).orElseThrow(), clause);
        }
        if (clause.isEmpty()) {
            // No code was needed: the bound proved that no policy at all meets the demand.
            clause.add(-actions.trueLit());
        }
        return new CandidateVerdict.Reject(List.of(clause.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The codes whose actions decide the value of {@code e}: its action atoms' and its returns' codes. */
    static Set<Integer> relevantCodes(Expr e, Policy policy) {
        Set<Integer> codes = new HashSet<>();
        collect(e, policy, codes);
        return codes;
    }

    private static void collect(Expr e, Policy policy, Set<Integer> codes) {
        if (e instanceof Expr.Not n) {
            collect(n.operand(), policy, codes);
        } else if (e instanceof Expr.And a) {
            collect(a.left(), policy, codes);
            collect(a.right(), policy, codes);
        } else if (e instanceof Expr.Or o) {
            collect(o.left(), policy, codes);
            collect(o.right(), policy, codes);
        } else if (e instanceof Expr.Implies i) {
            collect(i.left(), policy, codes);
            collect(i.right(), policy, codes);
        } else if (e instanceof Expr.Ref r) {
            collect(r.predicate().body(), policy, codes);
        } else if (e instanceof Expr.Quantifier q) {
            // The body's atoms on the bound variable range over the whole domain.
            q.domain().members().forEach(s -> codes.add(s.code()));
            collect(q.body(), policy, codes);
        } else if (e instanceof Expr.ActIn atom && atom.state() instanceof Expr.StateTerm.Fixed f) {
            codes.add(f.state().code());
        } else if (e instanceof Expr.ReturnCmp cmp) {
            codes.addAll(Reachability.codes(cmp.target(), policy));
        }
    }
}
