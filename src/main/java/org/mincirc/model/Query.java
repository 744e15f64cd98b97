package org.mincirc.model;

import java.util.List;
import java.util.Optional;

/** A query of the file: {@code solve}, {@code lemma} or {@code eval}, with its expectations. */
public sealed interface Query {
    String name();

    SourcePos pos();

    List<Expectation> expectations();

    /** "kind" as it appears in results: solve, lemma or eval. */
    String kind();

    /** One method per query kind, so a new kind fails to compile until every runner handles it. */
    interface Visitor<R> {
        R solve(Solve query);

        R lemma(Lemma query);

        R eval(Eval query);
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
}
