/**
 * Circuit file formats: BLIF, AIGER (ascii and binary), structural Verilog and Graphviz DOT
 * writers, BLIF and AIGER readers, all behind {@link org.mincirc.circuit.io.CircuitFormats}.
 * Depends only on {@code org.mincirc.circuit}; nothing else of ours.
 */
package org.mincirc.circuit.io;
