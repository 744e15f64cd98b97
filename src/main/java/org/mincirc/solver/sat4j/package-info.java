/**
 * The sat4j backend (pure Java CDCL with pseudo-Boolean constraints). Knows sat4j, nothing of
 * mincirc beyond the solver interface; sat4j exceptions end here.
 */
package org.mincirc.solver.sat4j;
