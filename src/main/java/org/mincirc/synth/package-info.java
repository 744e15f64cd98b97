/**
 * Exact synthesis: the question ({@link org.mincirc.synth.Spec}), the SAT encoding of "a circuit of
 * k gates meeting the spec" with symmetry breaks, and the iterative-deepening driver that proves
 * minimality. Imports circuit and solver (later model/exact); never a concrete solver library.
 */
package org.mincirc.synth;
