/**
 * Boolean circuits of two-input gates with free complements (Knuth's C(f)): representation,
 * cost (size, depth), bit-parallel simulation and truth tables. Depends on nothing of ours;
 * {@code circuit.io} reads and writes BLIF, AIGER, Verilog and DOT.
 */
package org.mincirc.circuit;
