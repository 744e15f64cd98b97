package org.mincirc.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a CEGAR run starts with (percy's CEGAR loop starts from a few rows and adds a
 * counterexample row whenever a candidate is wrong): the care rows with at most one input set,
 * which pin each input's direct influence, plus the all-ones row.
 */
final class CegarRows {
    private CegarRows() {}

    static int[] initial(Spec spec) {
        List<Integer> rows = new ArrayList<>();
        int all = spec.rows() - 1;
        for (int r : spec.careRows()) {
            if (Integer.bitCount(r) <= 1 || r == all) {
                rows.add(r);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }
}
