/**
 * Codes from variable values for the file formats that carry them (DRN's state valuations,
 * a PRISM {@code .sta} file): {@link ObservedCodes} applies the {@code observe} rule of PRISM
 * mdps to the values read. It depends on the model and on {@code lang.Diagnostic}/{@code DiagnosticCode} only.
 */
package org.mincirc.lang.valuation;
