/**
 * CaDiCaL in-process through its C API (JNA), one incremental solver per backend; libcadical.so is found or built once from libcadical.a.
 * Depends only on solver/, solver/cnf/ and JNA; never on synth, model or any other mincirc package.
 */
package org.mincirc.solver.cadical;
