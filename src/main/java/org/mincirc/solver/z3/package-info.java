/**
 * The Z3 backend (through z3-turnkey's bundled native library): SAT, exact pseudo-Boolean and
 * rational linear arithmetic. Imports only the solver interfaces; never synth, model or exact.
 */
package org.mincirc.solver.z3;
