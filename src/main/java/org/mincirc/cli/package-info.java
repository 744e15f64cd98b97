/**
 * The command line (picocli): {@code run}, {@code check}, {@code synth}. Turns files into
 * documents, results into output and outcomes into exit codes; holds no semantics of its own.
 */
package org.mincirc.cli;
