package org.mincirc.solver;

/**
 * The answer of one solve call: never a boolean, because a time limit or a resource limit is a
 * third answer that must not be mistaken for UNSAT (percy's synth_result, bill's
 * satisfiable/unsatisfiable/undefined).
 */
public sealed interface Outcome {
    /** Satisfiable, with a model. */
    record Sat(Model model) implements Outcome {}

    /** Unsatisfiable under the given assumptions (a proof, as far as the solver is sound). */
    record Unsat() implements Outcome {}

    /** No answer: time limit, interruption or another reason. */
    record Unknown(String reason) implements Outcome {}
}
