/**
 * A backend that races several backends on every solve and takes the first answer; the others
 * are interrupted. Knows only the solver interface, never what the clauses mean.
 */
package org.mincirc.solver.portfolio;
