package org.mincirc.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.model.Expectation;
import org.mincirc.model.Query;

/**
 * The answer to a {@code profile} query: for each circuit size c from the least size of any
 * policy meeting the requirements up to the bound, the exact number of such policies whose
 * minimal size is c, and how many satisfy each predicate; with circuit counting, how many normal
 * circuits of exactly c gates compute a policy meeting the requirements (see
 * {@link org.mincirc.synth.NormalCircuits} for what is counted). Every policy was certified:
 * its circuit re-simulated, its return and predicates re-evaluated exactly.
 *
 * @param complete every size up to the bound was settled (false: time ran out; the levels listed
 *     are exact, the rest missing)
 * @param message why the profile is not complete, or why no policy qualifies, or empty
 * @param minimum the least circuit size of a qualifying policy, if one has size at most the bound
 *     (known also when time ran out at that size after some policy of it was found)
 * @param predicates the predicates counted, in report order
 * @param levels one per size from the minimum up to the bound (or up to where time ran out)
 * @param backend the solver backend asked
 */
public record ProfileResult(Query.Profile query, String file, boolean complete, String message,
                            Optional<BigFraction> threshold, Optional<BigFraction> optimum, Optional<Integer> minimum,
                            List<String> predicates, List<Level> levels, String backend, Duration elapsed)
        implements QueryResult {
    public ProfileResult {
        predicates = List.copyOf(predicates);
        levels = List.copyOf(levels);
    }

    /**
     * One circuit size.
     *
     * @param policies the qualifying policies whose minimal size is exactly this cost, one circuit each
     * @param satisfying per predicate, how many of those policies satisfy it
     * @param circuits with circuit counting, the counts at exactly this many gates
     */
    public record Level(int cost, List<Circuit> policies, Map<String, Integer> satisfying,
                        Optional<CircuitCount> circuits, double seconds) {
        public Level {
            policies = List.copyOf(policies);
            satisfying = Map.copyOf(satisfying);
        }

        public int policyCount() {
            return policies.size();
        }

        /** The fraction of this level's policies satisfying p; empty when the level has none. */
        public Optional<BigFraction> fraction(String p) {
            Integer n = satisfying.get(p);
            return n == null || policies.isEmpty() ? Optional.empty() : Optional.of(BigFraction.of(n, policies.size()));
        }
    }

    /**
     * Normal circuits of exactly one size.
     *
     * @param all every normal circuit of that many gates, whatever it computes
     * @param qualifying those whose policy meets the threshold and the requirements
     * @param satisfying per predicate, how many of the qualifying ones compute a policy satisfying it
     */
    public record CircuitCount(long all, long qualifying, Map<String, Long> satisfying) {
        public CircuitCount {
            satisfying = Map.copyOf(satisfying);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.profile(this);
    }

    public Optional<Level> level(int cost) {
        return levels.stream().filter(l -> l.cost() == cost).findFirst();
    }

    /** All qualifying policies of size at most the bound; empty unless the profile is complete. */
    public Optional<Integer> totalPolicies() {
        return complete ? Optional.of(levels.stream().mapToInt(Level::policyCount).sum()) : Optional.empty();
    }

    @Override
    public Optional<Expectation.Expected> actual(String key) {
        switch (key) {
            case "minimum":
                return minimum.map(ProfileResult::number);
            case "policies":
                return totalPolicies().map(ProfileResult::number);
            case "complete":
                return Optional.of(new Expectation.Bool(complete));
            default:
                break;
        }
        if (!key.startsWith("profile[")) {
            return Optional.empty();
        }
        int close = key.indexOf("].");
        Optional<Level> level = level(Integer.parseInt(key.substring("profile[".length(), close)));
        if (level.isEmpty()) {
            return Optional.empty();
        }
        return levelValue(level.get(), key.substring(close + 2));
    }

    private static Optional<Expectation.Expected> levelValue(Level l, String field) {
        switch (field) {
            case "policies":
                return Optional.of(number(l.policyCount()));
            case "circuits":
                return l.circuits().map(c -> number(c.qualifying()));
            case "allCircuits":
                return l.circuits().map(c -> number(c.all()));
            default:
                break;
        }
        int dot = field.indexOf('.');
        if (dot < 0) {
            return l.fraction(field).map(Expectation.Number::new);
        }
        String p = field.substring(0, dot);
        String what = field.substring(dot + 1);
        if (what.equals("policies")) {
            return Optional.ofNullable(l.satisfying().get(p)).map(ProfileResult::number);
        }
        if (what.equals("circuits")) {
            return l.circuits().flatMap(c -> Optional.ofNullable(c.satisfying().get(p))).map(ProfileResult::number);
        }
        return Optional.empty();
    }

    private static Expectation.Expected number(long n) {
        return new Expectation.Number(BigFraction.of(n));
    }
}
