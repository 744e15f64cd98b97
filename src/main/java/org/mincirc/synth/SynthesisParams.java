package org.mincirc.synth;

import org.mincirc.model.Objective;
import java.time.Duration;
import org.mincirc.model.Basis;

/**
 * The knobs of one synthesis run, kept apart from the question ({@link Spec}), as mockturtle
 * pairs each algorithm with its params.
 *
 * @param objective     what is minimized
 * @param basis         which gate functions are allowed
 * @param depthBound    if non-null, only circuits of at most this depth count
 * @param timeout       wall-clock limit for the whole run (null: none)
 * @param backend       solver backend name for {@link org.mincirc.solver.BackendFactory}
 * @param breaks        symmetry-break toggles
 * @param cegar         add care rows lazily (counterexample-guided) instead of all at once
 * @param maxSize       give up searching (status unknown) beyond this many gates
 * @param encoding      one formula per size, one per fence, or the driver's choice
 * @param threads       threads one run may use (fences are solved in parallel)
 */
public record SynthesisParams(Objective objective, Basis basis, Integer depthBound, Duration timeout,
                              String backend, SymmetryBreaks breaks, boolean cegar, int maxSize,
                              EncodingChoice encoding, int threads) {
    public SynthesisParams {
        if (objective == null || basis == null || breaks == null || backend == null) {
            throw new IllegalArgumentException("objective, basis, breaks and backend are required");
        }
        if (depthBound != null && depthBound < 0) {
            throw new IllegalArgumentException("depth bound must be >= 0");
        }
        if (maxSize < 0) {
            throw new IllegalArgumentException("maxSize must be >= 0");
        }
        if (encoding == null || threads < 1) {
            throw new IllegalArgumentException("an encoding choice and at least one thread are required");
        }
    }

    public static SynthesisParams defaults() {
        return new SynthesisParams(Objective.SIZE, Basis.B2, null, null,
                org.mincirc.solver.BackendRegistry.defaultFor(org.mincirc.solver.Workload.CIRCUIT), SymmetryBreaks.all(),
                true, 64, EncodingChoice.AUTO, Runtime.getRuntime().availableProcessors());
    }

    public SynthesisParams withObjective(Objective o) {
        return new SynthesisParams(o, basis, depthBound, timeout, backend, breaks, cegar, maxSize, encoding, threads);
    }

    public SynthesisParams withBasis(Basis b) {
        return new SynthesisParams(objective, b, depthBound, timeout, backend, breaks, cegar, maxSize, encoding, threads);
    }

    public SynthesisParams withDepthBound(Integer d) {
        return new SynthesisParams(objective, basis, d, timeout, backend, breaks, cegar, maxSize, encoding, threads);
    }

    public SynthesisParams withTimeout(Duration t) {
        return new SynthesisParams(objective, basis, depthBound, t, backend, breaks, cegar, maxSize, encoding, threads);
    }

    public SynthesisParams withBackend(String name) {
        return new SynthesisParams(objective, basis, depthBound, timeout, name, breaks, cegar, maxSize, encoding, threads);
    }

    public SynthesisParams withBreaks(SymmetryBreaks b) {
        return new SynthesisParams(objective, basis, depthBound, timeout, backend, b, cegar, maxSize, encoding, threads);
    }

    public SynthesisParams withCegar(boolean on) {
        return new SynthesisParams(objective, basis, depthBound, timeout, backend, breaks, on, maxSize, encoding, threads);
    }

    public SynthesisParams withMaxSize(int m) {
        return new SynthesisParams(objective, basis, depthBound, timeout, backend, breaks, cegar, m, encoding, threads);
    }

    public SynthesisParams withEncoding(EncodingChoice e) {
        return new SynthesisParams(objective, basis, depthBound, timeout, backend, breaks, cegar, maxSize, e, threads);
    }

    public SynthesisParams withThreads(int t) {
        return new SynthesisParams(objective, basis, depthBound, timeout, backend, breaks, cegar, maxSize, encoding, t);
    }
}
