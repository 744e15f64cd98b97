package org.mincirc.model;

import java.util.List;
import java.util.Optional;

/** A query of the file: {@code solve}, {@code lemma}, {@code eval} or {@code profile}, with its expectations. */
public sealed interface Query {
    String name();

    SourcePos pos();

    List<Expectation> expectations();

    /** "kind" as it appears in results: solve, lemma, eval or profile. */
    String kind();

    /** One method per query kind, so a new kind fails to compile until every runner handles it. */
    interface Visitor<R> {
        R solve(Solve query);

        R lemma(Lemma query);

        R eval(Eval query);

        R profile(Profile query);

        R series(Series query);
    }

    <R> R accept(Visitor<R> visitor);

    /**
     * Find provably minimal circuits whose policy on {@code target} reaches the return threshold
     * and satisfies every {@code requires} expression.
     */
    record Solve(String name, Target target, Optional<ReturnRequirement> returnRequirement,
                 List<Expr> requires, Objective objective, Basis basis, List<Predicate> reports,
                 List<Expectation> expectations, SourcePos pos) implements Query {
        public Solve {
            requires = List.copyOf(requires);
            reports = List.copyOf(reports);
            expectations = List.copyOf(expectations);
        }

        public String kind() {
            return "solve";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.solve(this);
        }
    }

    /** Check the minimal-circuit reduction lemma on {@code family} with deception predicate C. */
    record Lemma(String name, Family family, Mdp bad, Predicate predicate,
                 Optional<ReturnRequirement> returnRequirement, Objective objective, Basis basis,
                 List<Expectation> expectations, SourcePos pos) implements Query {
        public Lemma {
            expectations = List.copyOf(expectations);
        }

        public String kind() {
            return "lemma";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.lemma(this);
        }
    }

    /** Evaluate a given circuit or policy table on {@code target}, exactly. */
    record Eval(String name, PolicySource source, Target target, List<Predicate> reports,
                List<Expectation> expectations, SourcePos pos) implements Query {
        public Eval {
            reports = List.copyOf(reports);
            expectations = List.copyOf(expectations);
        }

        public String kind() {
            return "eval";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.eval(this);
        }
    }

    /**
     * For each size c from the least up to {@code bound}: how many distinct policies that meet the
     * return threshold and the requirements have minimal circuit size exactly c, and how many of
     * them satisfy each reported predicate; with {@code countCircuits}, also how many normal
     * circuits of exactly c gates compute such policies. {@code plot} names an SVG chart to write.
     */
    record Profile(String name, Target target, Optional<ReturnRequirement> returnRequirement, List<Expr> requires,
                   Basis basis, List<Predicate> reports, int bound, boolean countCircuits, Optional<String> plot,
                   List<Expectation> expectations, SourcePos pos) implements Query {
        public Profile {
            requires = List.copyOf(requires);
            reports = List.copyOf(reports);
            expectations = List.copyOf(expectations);
        }

        public String kind() {
            return "profile";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.profile(this);
        }
    }

    /**
     * A series: one {@code solve} per value of one parameter ({@code target Train(n = 1..16);}),
     * each member an ordinary solve of one instance, certified like any solve. The members share
     * the clauses of the query; {@code plot} names an SVG chart of the minimal size per value.
     *
     * @param target the parametrised family or mdp whose instances the members solve
     * @param parameter the parameter that ranges (the chart's x)
     * @param members one per value, in increasing order
     */
    record Series(String name, String target, String parameter, List<Member> members, List<Predicate> reports,
                  Optional<String> plot, List<Expectation> expectations, SourcePos pos) implements Query {
        public Series {
            members = List.copyOf(members);
            reports = List.copyOf(reports);
            expectations = List.copyOf(expectations);
        }

        /** One member: the parameter's value and the solve of that instance (named QUERY.INSTANCE). */
        public record Member(java.math.BigInteger value, String instance, Solve solve) {}

        public String kind() {
            return "series";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.series(this);
        }
    }
}
