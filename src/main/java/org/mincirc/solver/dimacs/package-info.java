/**
 * A backend that runs an external DIMACS SAT solver (e.g. CaDiCaL) as a process per solve.
 * No pseudo-Boolean constraints; cardinality is encoded into clauses. Knows nothing of mincirc.
 */
package org.mincirc.solver.dimacs;
