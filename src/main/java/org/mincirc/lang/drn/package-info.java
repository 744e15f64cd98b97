/**
 * Storm's explicit DRN format for mdps: {@link DrnWriter} exports a built {@code model.Mdp}
 * with exact rational values, {@link DrnReader} reads such a file back as a model source
 * ({@code mdp M from "m.drn" { horizon ...; }}). It depends on the model and on
 * {@code lang.Diagnostic}/{@code DiagnosticCode} only.
 */
package org.mincirc.lang.drn;
