package org.mincirc.synth;

/** Told about each settled question as the driver goes (the CLI prints one line per attempt). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = attempt -> {};

    void attempt(Attempt attempt);
}
