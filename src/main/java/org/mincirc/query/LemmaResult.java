package org.mincirc.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.model.Action;
import org.mincirc.model.Expectation;
import org.mincirc.model.Mdp;
import org.mincirc.model.Query;
import org.mincirc.model.StateRef;

/**
 * The exact check of the reduction lemma on one family: the minimal circuits for the family
 * target and for its disjoint union, whether they agree, and whether deception on {@code bad}
 * transfers.
 *
 * @param verdict holds, fails, or unknown (a minimization ran out of time)
 * @param reason the argument in one sentence, or what broke it
 * @param samePolicies whether the two sets of minimal policies are equal (empty: not decided)
 * @param premise C over the minimal family policies: all, some, none or unknown
 * @param conclusion C over the minimal union policies
 * @param witness a minimal union circuit satisfying C, if there is one
 * @param defectsAt where the witness shows C (states of bad first, see {@link Defections}) and the
 *     action it takes there
 */
public record LemmaResult(Query.Lemma query, String file, Verdict verdict, String reason, Mdp union,
                          Side family, Side unionSide, Optional<Boolean> samePolicies, Quantifier premise,
                          Quantifier conclusion, Optional<Circuit> witness, Map<StateRef, Action> defectsAt,
                          Duration elapsed) implements QueryResult {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.lemma(this);
    }


    /** One side of the lemma: the minimization on the family or on the union. */
    public record Side(SolveStatus status, Optional<Integer> cost, List<Integer> provenImpossible,
                       Optional<BigFraction> threshold, Optional<BigFraction> optimum, Optional<Integer> policies,
                       boolean policiesComplete, Optional<Circuit> circuit, Optional<BigFraction> returnValue,
                       SearchCounts search) {}

    @Override
    public Optional<Expectation.Expected> actual(String key) {
        return switch (key) {
            case Expectation.VERDICT -> verdict.decided()
                    ? Optional.of(new Expectation.Word(verdict.keyword())) : Optional.empty();
            case "familyCost" -> family.cost().map(c -> new Expectation.Number(BigFraction.of(c)));
            case "unionCost" -> unionSide.cost().map(c -> new Expectation.Number(BigFraction.of(c)));
            case "samePolicies" -> samePolicies.map(Expectation.Bool::new);
            case "premise" -> premise.decided().map(Expectation.Quantified::new);
            case "conclusion" -> conclusion.decided().map(Expectation.Quantified::new);
            default -> Optional.empty();
        };
    }
}
