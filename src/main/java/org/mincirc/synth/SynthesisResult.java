package org.mincirc.synth;

import org.mincirc.model.Objective;
import java.util.List;
import java.util.Optional;
import org.mincirc.circuit.Circuit;

/**
 * The answer of one run: status, the best circuit (verified against the spec), the proven lower
 * bound of the primary cost, and every question asked on the way.
 *
 * @param status     optimal, unknown or infeasible
 * @param objective  what was minimized
 * @param circuit    the best circuit found (the optimum when status is optimal); empty only
 *                   when nothing met the spec and the depth bound (or the candidate check)
 * @param lowerBound proven lower bound on the primary cost (size for size-first objectives,
 *                   depth for depth-first ones); equals the cost when optimal
 * @param attempts   every question, in order
 * @param stats      costs of the run
 * @param message    why the run stopped when not optimal (empty otherwise)
 */
public record SynthesisResult(SynthesisStatus status, Objective objective, Optional<Circuit> circuit,
                              int lowerBound, List<Attempt> attempts, SynthesisStats stats, String message) {
    public SynthesisResult {
        attempts = List.copyOf(attempts);
    }

    /** The primary cost of the circuit (size, depth or the weighted sum), or -1 without one. */
    public int cost() {
        return circuit.map(objective::cost).orElse(-1);
    }

    /**
     * The primary costs proven impossible: for size-first objectives the gate counts k below the
     * answer (each by an UNSAT answer or a counting bound), for depth-first ones the depths, for
     * a weighted sum every smaller value of the sum (each ruled out by the answers at the pairs of
     * size and depth that add up to it).
     */
    public List<Integer> proofs() {
        if (objective.sizeFirst()) {
            return attempts.stream().filter(a -> a.verdict().impossible() && a.size() < lowerBound)
                    .map(Attempt::size).distinct().sorted().toList();
        }
        return java.util.stream.IntStream.range(0, lowerBound).boxed().toList();
    }
}
