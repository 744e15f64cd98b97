package org.mincirc.solver;

/** The relation of a linear (cardinality or pseudo-Boolean) constraint to its bound. */
public enum Comparison {
    AT_LEAST, AT_MOST, EXACTLY
}
