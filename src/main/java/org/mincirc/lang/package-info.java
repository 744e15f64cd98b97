/**
 * The {@code .mdp} language: the ANTLR parser (generated into {@code lang.antlr}), name
 * resolution and every semantic check, turning text into a {@code model.Document} or a list of
 * {@link org.mincirc.lang.Diagnostic}s. It depends on the model, and on {@code circuit.io} only to
 * read the files of {@code circuit NAME from "FILE";}; mdps written in the PRISM language are
 * built by the subpackage {@code lang.prism}, mdps in Storm's DRN format by {@code lang.drn}. ANTLR types never leave it.
 */
package org.mincirc.lang;
