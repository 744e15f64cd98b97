/**
 * PRISM's explicit model files for mdps ({@code .tra}, {@code .sta}, {@code .lab}, {@code .srew},
 * {@code .trew}) plus mincirc's side file {@code .mincirc}: {@link ExplicitWriter} exports a built
 * {@code model.Mdp} with exact values, {@link ExplicitReader} reads such files back as a model
 * source ({@code mdp M from "m.tra" { horizon ...; }}). {@link Layout} numbers states and choices
 * the same way for every export (DRN included), so scheduler files name the same ids. It depends
 * on the model and on {@code lang.Diagnostic}/{@code DiagnosticCode} only.
 */
package org.mincirc.lang.explicit;
