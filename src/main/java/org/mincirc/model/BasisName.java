package org.mincirc.model;

/**
 * The gate basis a query asks for: {@code b2} all two-input functions, {@code aig} and-gates
 * with free complemented edges, {@code xag} and- and xor-gates with free complemented edges.
 * (The circuit package has its own {@code Basis}; the model depends on nothing of ours.)
 */
public enum BasisName {
    B2, AIG, XAG;

    public String keyword() {
        return name().toLowerCase();
    }
}
