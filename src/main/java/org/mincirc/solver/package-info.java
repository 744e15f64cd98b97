/**
 * A narrow SAT / pseudo-Boolean backend interface (fresh variables, clauses, cardinality and PB
 * constraints, assumptions, time limit, three-state outcomes) and a factory keyed by name.
 * Imports no mincirc package: encodings live in synth, backends in one sub-package each.
 */
package org.mincirc.solver;
