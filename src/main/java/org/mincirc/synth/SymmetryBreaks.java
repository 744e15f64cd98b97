package org.mincirc.synth;

/**
 * Toggles for the symmetry breaks of the circuit encoding; each is sound on its own (it only
 * removes circuits for which an equally cheap circuit remains) and all are on by default.
 * See {@link SsvEncoding} for the clauses and their sources.
 *
 * @param nontrivial       gates depend on both fan-ins (Knuth TAOCP 7.1.2; Kojevnikov et al. 2009)
 * @param allGatesUsed     every gate feeds a later gate or an output (Haaswijk et al. TCAD 2020)
 * @param noReapplication  a gate never combines a gate with one of that gate's own fan-ins
 *                         (Haaswijk et al. 2020, percy's "no reapplication")
 * @param colexOrder       fan-in pairs of consecutive gates in co-lexicographic order (Knuth 7.1.2;
 *                         Haaswijk et al. 2020)
 * @param operatorOrder    consecutive gates with equal fan-ins have increasing operators
 *                         (Haaswijk et al. 2020)
 * @param symmetricInputs  among inputs the spec treats symmetrically, the lower one is used first
 *                         (Haaswijk et al. 2020, percy's symmetric-variable break)
 * @param distinctGates    no gate computes the function of another gate or of an input (sound at a
 *                         minimal size: such a gate could be removed); needs every row simulated,
 *                         so the driver applies it up to {@link #DISTINCT_MAX_INPUTS} inputs
 */
public record SymmetryBreaks(boolean nontrivial, boolean allGatesUsed, boolean noReapplication,
                             boolean colexOrder, boolean operatorOrder, boolean symmetricInputs,
                             boolean distinctGates) {
    /** Above this many inputs simulating every row up front costs more than the break saves. */
    public static final int DISTINCT_MAX_INPUTS = 5;

    /** The breaks that are on, for records: "all breaks", "no breaks" or a list. */
    public String describe() {
        boolean[] on = {nontrivial, allGatesUsed, noReapplication, colexOrder, operatorOrder, symmetricInputs,
                distinctGates};
        String[] names = {"nontrivial", "all-used", "no-reapplication", "colex", "operator-order", "symmetric-inputs",
                "distinct-gates"};
        java.util.List<String> list = new java.util.ArrayList<>();
        for (int i = 0; i < on.length; i++) {
            if (on[i]) {
                list.add(names[i]);
            }
        }
        return list.size() == on.length ? "all breaks" : list.isEmpty() ? "no breaks" : String.join("+", list);
    }

    public static SymmetryBreaks all() {
        return new SymmetryBreaks(true, true, true, true, true, true, true);
    }

    public static SymmetryBreaks none() {
        return new SymmetryBreaks(false, false, false, false, false, false, false);
    }

    public SymmetryBreaks withDistinctGates(boolean on) {
        return new SymmetryBreaks(nontrivial, allGatesUsed, noReapplication, colexOrder, operatorOrder, symmetricInputs,
                on);
    }

    public SymmetryBreaks withNontrivial(boolean on) {
        return new SymmetryBreaks(on, allGatesUsed, noReapplication, colexOrder, operatorOrder, symmetricInputs, distinctGates);
    }

    public SymmetryBreaks withAllGatesUsed(boolean on) {
        return new SymmetryBreaks(nontrivial, on, noReapplication, colexOrder, operatorOrder, symmetricInputs, distinctGates);
    }

    public SymmetryBreaks withNoReapplication(boolean on) {
        return new SymmetryBreaks(nontrivial, allGatesUsed, on, colexOrder, operatorOrder, symmetricInputs, distinctGates);
    }

    public SymmetryBreaks withColexOrder(boolean on) {
        return new SymmetryBreaks(nontrivial, allGatesUsed, noReapplication, on, operatorOrder, symmetricInputs, distinctGates);
    }

    public SymmetryBreaks withOperatorOrder(boolean on) {
        return new SymmetryBreaks(nontrivial, allGatesUsed, noReapplication, colexOrder, on, symmetricInputs, distinctGates);
    }

    public SymmetryBreaks withSymmetricInputs(boolean on) {
        return new SymmetryBreaks(nontrivial, allGatesUsed, noReapplication, colexOrder, operatorOrder, on, distinctGates);
    }
}
