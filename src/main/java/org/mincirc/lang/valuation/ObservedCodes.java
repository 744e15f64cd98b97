package org.mincirc.lang.valuation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Interface;
import org.mincirc.model.SourcePos;
import org.mincirc.model.Valuations;
import org.mincirc.model.Valuations.Domain;

/**
 * The {@code observe x, y;} rule of PRISM mdps applied to values read from a file: the code of
 * a state is the bits of the observed variables in the order {@code observe} names them,
 * filling inputs 0, 1, 2, ...; an integer variable with range lo..hi contributes value - lo in
 * ceil(log2(hi - lo + 1)) bits, least significant first, a Boolean one bit. The range is the
 * one the file declares (mincirc's exports record it), else the smallest and largest value that
 * occurs; a variable whose values are all {@code true}/{@code false} is a Boolean.
 */
public final class ObservedCodes {
    /** A name after {@code observe} and where the .mdp file writes it. */
    public record Name(String name, SourcePos pos) {}

    /** Where the value of variable {@code variable} in row {@code row} is written, and the file's id of that state, for messages. */
    public interface Where {
        SourcePos at(int row, int variable);

        int stateId(int row);
    }

    /** Stops with one diagnostic. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final transient Diagnostic diagnostic;

        Failure(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

    private ObservedCodes() {}

    /**
     * The domain of every variable that has one: the declared one, else the values that occur
     * when they are all whole numbers (lo..hi) or all {@code true}/{@code false}; a variable
     * with other values (a rational, a mix) has none.
     */
    public static Map<String, Domain> domains(List<String> variables, List<List<String>> rows, Map<String, Domain> declared) {
        Map<String, Domain> out = new LinkedHashMap<>();
        for (int v = 0; v < variables.size(); v++) {
            String name = variables.get(v);
            if (declared.containsKey(name)) {
                out.put(name, declared.get(name));
                continue;
            }
            inferred(rows, v).ifPresent(d -> out.put(name, d));
        }
        return out;
    }

    private static Optional<Domain> inferred(List<List<String>> rows, int v) {
        boolean bools = true;
        boolean wholes = true;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (List<String> row : rows) {
            String text = row.get(v);
            if (!isBool(text)) {
                bools = false;
            }
            if (WHOLE.matcher(text).matches()) {
                long x = Long.parseLong(text);
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            } else {
                wholes = false;
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (bools) {
            return Optional.of(Domain.BOOL);
        }
        return wholes ? Optional.of(new Domain(false, (int) lo, (int) hi)) : Optional.empty();
    }

    private static boolean isBool(String text) {
        return text.equals("true") || text.equals("false");
    }

    /**
     * The code of every row of {@code values} (one row per state, sinks left out) from the
     * observed variables, with the ranges the file declares ({@code declared}; others from the
     * values that occur). {@code source} names the file's values in messages ("the DRN file").
     */
    public static int[] codes(Valuations values, Map<String, Domain> declared, List<Name> observe, Interface iface, Where where,
                              String source) {
        List<String> vars = values.variables();
        List<Integer> observed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Name o : observe) {
            int v = vars.indexOf(o.name());
            if (v < 0) {
                throw new Failure(new Diagnostic(o.pos(), DiagnosticCode.PRISM_OBSERVE, source + " has no variable " + o.name()
                        + (vars.isEmpty() ? "; its states carry no values" : "; its variables are " + String.join(", ", vars))));
            }
            if (!seen.add(o.name())) {
                throw new Failure(new Diagnostic(o.pos(), DiagnosticCode.PRISM_OBSERVE, "variable " + o.name() + " is observed twice"));
            }
            observed.add(v);
        }
        List<Domain> domains = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int bits = 0;
        for (int v : observed) {
            Domain d = domain(values, declared, v, where);
            domains.add(d);
            parts.add(vars.get(v) + ": " + d.bits() + " (" + (d.bool() ? "Boolean" : d.lo() + ".." + d.hi()
                    + (declared.containsKey(vars.get(v)) ? "" : " from the values that occur")) + ")");
            bits += d.bits();
        }
        int inputs = iface.inputCount();
        if (bits != inputs) {
            throw new Failure(new Diagnostic(observe.get(0).pos(), DiagnosticCode.PRISM_OBSERVE, "the observed variables give "
                    + bits + " bit" + (bits == 1 ? "" : "s") + " (" + String.join(", ", parts) + ") but the interface has " + inputs
                    + " input" + (inputs == 1 ? "" : "s") + " (" + String.join(" ", iface.inputs()) + ")"
                    + "; observe other variables or change the interface's inputs"));
        }
        int[] codes = new int[values.rows().size()];
        for (int i = 0; i < codes.length; i++) {
            int code = 0;
            int offset = 0;
            for (int k = 0; k < observed.size(); k++) {
                Domain d = domains.get(k);
                code |= (value(values.rows().get(i).get(observed.get(k))) - d.lo()) << offset;
                offset += d.bits();
            }
            codes[i] = code;
        }
        return codes;
    }

    private static int value(String text) {
        return isBool(text) ? (text.equals("true") ? 1 : 0) : Integer.parseInt(text);
    }

    /** The observed variable's domain, every value checked against it. */
    private static Domain domain(Valuations values, Map<String, Domain> declaredDomains, int v, Where where) {
        String name = values.variables().get(v);
        Domain declared = declaredDomains.get(name);
        List<List<String>> rows = values.rows();
        String firstKind = null;
        for (int i = 0; i < rows.size(); i++) {
            String text = rows.get(i).get(v);
            boolean bool = isBool(text);
            if (!bool && !WHOLE.matcher(text).matches()) {
                throw new Failure(new Diagnostic(where.at(i, v), DiagnosticCode.OBSERVED_VALUE, "value " + text + " of variable "
                        + name + " in state " + where.stateId(i) + " is neither a whole number nor true/false; only integer and Boolean "
                        + "variables can be observed"));
            }
            if (declared != null) {
                if (declared.bool() != bool) {
                    throw new Failure(new Diagnostic(where.at(i, v), DiagnosticCode.OBSERVED_VALUE, "value " + text + " of variable "
                            + name + " in state " + where.stateId(i) + " does not fit its declared range " + declared));
                }
                if (!bool && (Integer.parseInt(text) < declared.lo() || Integer.parseInt(text) > declared.hi())) {
                    throw new Failure(new Diagnostic(where.at(i, v), DiagnosticCode.OBSERVED_VALUE, "value " + text + " of variable "
                            + name + " in state " + where.stateId(i) + " lies outside its declared range " + declared));
                }
            } else {
                String kind = bool ? "true/false" : "a number";
                if (firstKind == null) {
                    firstKind = kind;
                } else if (!firstKind.equals(kind)) {
                    throw new Failure(new Diagnostic(where.at(i, v), DiagnosticCode.OBSERVED_VALUE, "variable " + name + " is "
                            + firstKind + " in state " + where.stateId(0) + " but " + text + " in state " + where.stateId(i) + "; an observed variable is "
                            + "either Boolean or an integer"));
                }
            }
        }
        if (declared != null) {
            return declared;
        }
        return inferred(rows, v).orElse(new Domain(false, 0, 0));
    }
}
