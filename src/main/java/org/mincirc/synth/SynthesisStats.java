package org.mincirc.synth;

/**
 * What a run cost, beside its answer (mockturtle's *_stats).
 *
 * @param seconds       total wall time
 * @param solveCalls    solver calls (CEGAR and lazy checks make several per attempt)
 * @param cegarRows     rows added as counterexamples in total
 * @param rejected      candidates rejected by a candidate check
 * @param maxVariables  largest formula, in variables
 * @param maxClauses    largest formula, in constraints
 */
public record SynthesisStats(double seconds, int solveCalls, int cegarRows, int rejected, int maxVariables,
                             int maxClauses) {
}
