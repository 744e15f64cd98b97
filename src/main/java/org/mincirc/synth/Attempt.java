package org.mincirc.synth;

/**
 * One question the driver settled: "is there a circuit of exactly {@code size} gates (and depth
 * at most {@code depthBound}, if set) meeting the spec?" with its verdict and cost.
 *
 * @param size       gates k
 * @param depthBound the depth bound of this question, or null
 * @param verdict    SAT, UNSAT (proof by the solver), BOUND (ruled out by a counting argument,
 *                   see {@link LowerBounds}) or UNKNOWN (time limit)
 * @param seconds    wall time of this question
 * @param variables  solver variables at the end
 * @param clauses    solver constraints at the end
 * @param rows       truth-table rows in the formula at the end (CEGAR adds them as needed)
 * @param how        under what the verdict was reached: encoding, its options and backend; a
 *                   BOUND verdict names the counting argument instead
 */
public record Attempt(int size, Integer depthBound, Verdict verdict, double seconds, int variables,
                      int clauses, int rows, How how) {
    /**
     * What settled a question: "impossible" is a claim about a formula, so the record says which
     * encoding (and options) was asked on which backend (or that a counting bound decided).
     */
    public record How(String encoding, String options, String backend) {
        public static final How COUNTING_BOUND = new How("bound", "support and distinct outputs", "none");

        public String describe() {
            return this == COUNTING_BOUND ? "counting bound"
                    : encoding + (options.isEmpty() ? "" : " (" + options + ")") + " on " + backend;
        }
    }

    public enum Verdict {
        SAT, UNSAT, BOUND, UNKNOWN;

        public String keyword() {
            return name().toLowerCase();
        }

        /** True if this verdict rules the question out for certain. */
        public boolean impossible() {
            return this == UNSAT || this == BOUND;
        }
    }

    /** One progress line: "k=5 depth<=3: unsat 0.12 s, 812 vars, 9120 clauses, 6 rows, ssv on sat4j". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "k=%d%s: %s %.3f s, %d vars, %d clauses, %d rows, %s",
                size, depthBound == null ? "" : " depth<=" + depthBound, verdict.keyword(), seconds,
                variables, clauses, rows,
                how == How.COUNTING_BOUND ? how.describe() : how.encoding() + " on " + how.backend());
    }
}
