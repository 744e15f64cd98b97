/**
 * PRISM-language models as mdps ({@code mdp M from "m.prism" { ... }}): the parser of the PRISM
 * subset (generated into {@code lang.prism.antlr}), exact expressions, the parallel composition
 * of modules and the exploration of the reachable states into {@code model.State}s. It depends
 * on the model and on {@code lang.Diagnostic}/{@code DiagnosticCode} only; its ANTLR types never
 * leave it, and nothing downstream of {@code lang} knows a model came from PRISM.
 */
package org.mincirc.lang.prism;
