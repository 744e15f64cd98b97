package org.mincirc.synth;

import java.util.Locale;

/**
 * How size questions are put to the solver: one SSV formula per size, one per fence of that
 * size (in parallel), or the driver's choice per question ({@link #AUTO}, by the measurements in
 * the README's performance section).
 */
public enum EncodingChoice {
    AUTO, SSV, FENCE;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EncodingChoice parse(String keyword) {
        for (EncodingChoice c : values()) {
            if (c.keyword().equals(keyword)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown encoding '" + keyword + "' (auto, ssv or fence)");
    }
}
