/**
 * Exact rational semantics, the independent judge of every policy and circuit: policies,
 * returns (backward induction, exact linear solves), validity, predicates and optimal returns.
 * Imports only {@code model} and {@code circuit}, never {@code synth} or a solver.
 */
package org.mincirc.exact;
