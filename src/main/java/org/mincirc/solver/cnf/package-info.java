/**
 * What every CNF-only backend shares: variable and constraint counting, argument checks, the
 * root-contradiction rule, and the exact lowering of cardinality and pseudo-Boolean constraints
 * to clauses ({@link org.mincirc.solver.cnf.Cardinality}: totalizer or sequential counter;
 * {@link org.mincirc.solver.cnf.PseudoBoolean}: normalization, then a counter, a BDD or an adder
 * network). A native or external solver only supplies "take this clause" and "solve".
 * Knows nothing of mincirc beyond the solver interface.
 */
package org.mincirc.solver.cnf;
