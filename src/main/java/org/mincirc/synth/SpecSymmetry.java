package org.mincirc.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Inputs the spec treats symmetrically: swapping inputs p and q maps care rows to care rows with
 * the same allowed codes. Symmetry is an equivalence (transpositions compose), so the inputs fall
 * into classes; the symmetric-input break orders the members of each class.
 */
public final class SpecSymmetry {
    private SpecSymmetry() {}

    public static boolean symmetric(Spec spec, int p, int q) {
        for (int r = 0; r < spec.rows(); r++) {
            int swapped = swap(r, p, q);
            if (spec.isCare(r) != spec.isCare(swapped)) {
                return false;
            }
            if (spec.isCare(r) && !java.util.Arrays.equals(spec.allowedCodes(r), spec.allowedCodes(swapped))) {
                return false;
            }
        }
        return true;
    }

    static int swap(int row, int p, int q) {
        int bp = row >>> p & 1;
        int bq = row >>> q & 1;
        if (bp == bq) {
            return row;
        }
        return row ^ (1 << p) ^ (1 << q);
    }

    /** Classes of two or more mutually symmetric inputs, each sorted. */
    public static List<int[]> classes(Spec spec) {
        int n = spec.inputs();
        boolean[] placed = new boolean[n];
        List<int[]> result = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (placed[p]) {
                continue;
            }
            List<Integer> cls = new ArrayList<>(List.of(p));
            for (int q = p + 1; q < n; q++) {
                if (!placed[q] && symmetric(spec, p, q)) {
                    cls.add(q);
                    placed[q] = true;
                }
            }
            if (cls.size() > 1) {
                result.add(cls.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return result;
    }
}
