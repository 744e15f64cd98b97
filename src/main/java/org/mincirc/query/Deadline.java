package org.mincirc.query;

import java.time.Duration;
import java.util.Optional;

/** The time left of a per-query limit (empty: no limit). */
record Deadline(Optional<Long> endNanos) {
    static Deadline after(Optional<Duration> limit) {
        return new Deadline(limit.map(d -> System.nanoTime() + d.toNanos()));
    }

    Optional<Duration> remaining() {
        return endNanos.map(end -> Duration.ofNanos(Math.max(1_000_000L, end - System.nanoTime())));
    }
}
