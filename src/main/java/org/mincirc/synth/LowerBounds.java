package org.mincirc.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Lower bounds read off the spec, sound with don't-cares and relations because they only use
 * output bits the spec forces.
 * <ul>
 * <li>Input i is essential for output h if two care rows differing only in bit i force
 * different values of h. A connected cone of two-input gates over s inputs has at least s - 1
 * gates and depth at least ceil(log2 s).</li>
 * <li>An output forced to be nontrivial (no constant or input literal fits it) needs a gate of
 * its own unless it equals another output up to complement; pairwise "incompatible" nontrivial
 * outputs need distinct gates.</li>
 * </ul>
 */
public final class LowerBounds {
    private LowerBounds() {}

    /** Inputs essential for output h (see the class comment). */
    public static List<Integer> essentialInputs(Spec spec, int h) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < spec.inputs(); i++) {
            int bit = 1 << i;
            for (int r : spec.careRows()) {
                if ((r & bit) != 0 || !spec.isCare(r | bit)) {
                    continue;
                }
                int v0 = spec.forcedBit(r, h);
                int v1 = spec.forcedBit(r | bit, h);
                if (v0 >= 0 && v1 >= 0 && v0 != v1) {
                    result.add(i);
                    break;
                }
            }
        }
        return result;
    }

    /** Minimum number of gates any circuit meeting the spec has. */
    public static int size(Spec spec) {
        int bound = 0;
        for (int h = 0; h < spec.outputs(); h++) {
            bound = Math.max(bound, essentialInputs(spec, h).size() - 1);
        }
        return Math.max(bound, distinctNontrivialOutputs(spec));
    }

    /** Minimum depth any circuit meeting the spec has. */
    public static int depth(Spec spec) {
        int bound = 0;
        for (int h = 0; h < spec.outputs(); h++) {
            int s = essentialInputs(spec, h).size();
            int d = 0;
            while ((1 << d) < s) {
                d++;
            }
            bound = Math.max(bound, d);
            if (forcedNontrivial(spec, h)) {
                bound = Math.max(bound, 1);
            }
        }
        return bound;
    }

    /** A greedy set of nontrivial outputs that pairwise cannot share a gate. */
    static int distinctNontrivialOutputs(Spec spec) {
        List<Integer> chosen = new ArrayList<>();
        for (int h = 0; h < spec.outputs(); h++) {
            if (!forcedNontrivial(spec, h)) {
                continue;
            }
            boolean apart = true;
            for (int other : chosen) {
                if (!mustDiffer(spec, h, other)) {
                    apart = false;
                    break;
                }
            }
            if (apart) {
                chosen.add(h);
            }
        }
        return chosen.size();
    }

    /** True if no constant and no input literal agrees with output h's forced bits. */
    static boolean forcedNontrivial(Spec spec, int h) {
        // candidate literals: constant 0, then input i, each with both polarities
        for (int node = 0; node <= spec.inputs(); node++) {
            for (int pol = 0; pol <= 1; pol++) {
                boolean fits = true;
                for (int r : spec.careRows()) {
                    int forced = spec.forcedBit(r, h);
                    int value = (node == 0 ? 0 : r >>> (node - 1) & 1) ^ pol;
                    if (forced >= 0 && forced != value) {
                        fits = false;
                        break;
                    }
                }
                if (fits) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True if outputs h and j are forced to be neither equal nor complementary. */
    static boolean mustDiffer(Spec spec, int h, int j) {
        boolean someEqual = false;
        boolean someDifferent = false;
        for (int r : spec.careRows()) {
            int a = spec.forcedBit(r, h);
            int b = spec.forcedBit(r, j);
            if (a < 0 || b < 0) {
                continue;
            }
            if (a == b) {
                someEqual = true;
            } else {
                someDifferent = true;
            }
        }
        return someEqual && someDifferent;
    }
}
