package org.mincirc.query;

import org.mincirc.synth.Attempt;

/** One progress line per question the synthesis driver settled: cost, verdict, time, formula size, how. */
final class Progress {
    private Progress() {}

    static String line(Attempt a) {
        return String.format(java.util.Locale.ROOT, "size %d%s: %s in %.2f s (%d variables, %d clauses, %s)",
                a.size(), a.depthBound() == null ? "" : ", depth <= " + a.depthBound(), a.verdict().keyword(),
                a.seconds(), a.variables(), a.clauses(), a.how().describe());
    }
}
