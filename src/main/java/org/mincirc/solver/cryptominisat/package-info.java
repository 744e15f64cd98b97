/**
 * CryptoMiniSat 5 in-process through its C API (JNA): an incremental CNF solver with native XOR clauses for parity constraints.
 * Depends only on solver/, solver/cnf/ and JNA; never on synth, model or any other mincirc package.
 */
package org.mincirc.solver.cryptominisat;
