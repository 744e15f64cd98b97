/**
 * Policy synthesis: turns the mdps of a file into a synthesis question (care codes, the actions
 * allowed at each) and states return thresholds and predicates over the circuit's outputs, with
 * exact evaluation by {@code exact} as the judge of every candidate. Imports model, exact, synth,
 * solver; never the parser.
 */
package org.mincirc.synth.policy;
