package org.mincirc.synth;

/** What the driver minimizes; the two-level ones are lexicographic. */
public enum Objective {
    SIZE, DEPTH, SIZE_THEN_DEPTH, DEPTH_THEN_SIZE;

    /** True if the primary cost is the gate count. */
    public boolean sizeFirst() {
        return this == SIZE || this == SIZE_THEN_DEPTH;
    }

    public String keyword() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Objective ofKeyword(String s) {
        return valueOf(s.trim().toUpperCase().replace('-', '_'));
    }
}
