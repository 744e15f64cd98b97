/**
 * What every CNF-only backend shares: variable and constraint counting, argument checks, the
 * root-contradiction rule, and the exact lowering of cardinality and pseudo-Boolean constraints
 * to clauses. A native or external solver only supplies "take this clause" and "solve".
 * Knows nothing of mincirc beyond the solver interface.
 */
package org.mincirc.solver.cnf;
