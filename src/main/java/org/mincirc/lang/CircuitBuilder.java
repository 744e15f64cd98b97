package org.mincirc.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.AssignmentContext;
import org.mincirc.lang.antlr.MdpParser.CircuitDeclContext;
import org.mincirc.lang.antlr.MdpParser.GateExprContext;
import org.mincirc.model.CircuitDef;
import org.mincirc.model.GateExpr;
import org.mincirc.model.GateOp;
import org.mincirc.model.Interface;
import org.mincirc.model.SourcePos;

/**
 * Checks a hand-written {@code circuit} block: every name is an input or a signal assigned
 * above, inputs are never assigned, operators exist and get their arity, constants are 0/1,
 * and the output bits y0 ... y(m-1) are all assigned.
 */
final class CircuitBuilder {
    private final Reporter reporter;
    private final Interface iface;

    CircuitBuilder(Reporter reporter, Interface iface) {
        this.reporter = reporter;
        this.iface = iface;
    }

    CircuitDef build(CircuitDeclContext ctx) {
        String circuit = ctx.ident().getText();
        if (ctx.STRING() != null) {
            return new CircuitFile(reporter, iface).load(circuit, ctx.STRING(), reporter.at(ctx.ident()));
        }
        Set<String> inputs = Set.copyOf(iface.inputs());
        Map<String, SourcePos> laterAssignments = new HashMap<>();
        for (AssignmentContext a : ctx.assignment()) {
            laterAssignments.putIfAbsent(a.ident().getText(), reporter.at(a.ident()));
        }
        Map<String, SourcePos> assigned = new LinkedHashMap<>();
        List<CircuitDef.Assignment> assignments = new ArrayList<>();
        for (AssignmentContext a : ctx.assignment()) {
            String signal = a.ident().getText();
            SourcePos pos = reporter.at(a.ident());
            GateExpr value = gate(a.gateExpr(), inputs, assigned, laterAssignments, circuit);
            if (inputs.contains(signal)) {
                reporter.error(pos, DiagnosticCode.ASSIGN_TO_INPUT,
                        signal + " is an input of the interface and cannot be assigned; choose another signal name");
                continue;
            }
            SourcePos first = assigned.putIfAbsent(signal, pos);
            if (first != null) {
                reporter.error(pos, DiagnosticCode.DUPLICATE_NAME, "signal " + signal + " is already assigned at "
                        + Reporter.where(first) + " in circuit " + circuit + "; each signal is assigned once");
                continue;
            }
            assignments.add(new CircuitDef.Assignment(signal, value, pos));
        }
        int outputs = iface.outputBits();
        for (int bit = 0; bit < outputs; bit++) {
            if (!assigned.containsKey("y" + bit)) {
                reporter.error(reporter.at(ctx.ident()), DiagnosticCode.MISSING_OUTPUT,
                        "circuit " + circuit + " does not assign output bit y" + bit + "; the interface has "
                                + outputs + " output bit" + (outputs == 1 ? " (y0)" : "s (y0 to y" + (outputs - 1) + ")"));
            }
        }
        return new CircuitDef(circuit, assignments, reporter.at(ctx.ident()));
    }

    private GateExpr gate(GateExprContext ctx, Set<String> inputs, Map<String, SourcePos> assigned,
                          Map<String, SourcePos> later, String circuit) {
        SourcePos pos = reporter.at(ctx);
        if (ctx instanceof MdpParser.ConstantGateContext c) {
            String digits = c.NUMBER().getText();
            if (!digits.equals("0") && !digits.equals("1")) {
                reporter.error(pos, DiagnosticCode.BAD_CONSTANT, "constant " + digits + " is not a bit; write 0 or 1");
            }
            return new GateExpr.Constant(digits.equals("1"), pos);
        }
        if (ctx instanceof MdpParser.SignalGateContext s) {
            String name = s.ident().getText();
            if (!inputs.contains(name) && !assigned.containsKey(name)) {
                SourcePos at = later.get(name);
                if (at != null) {
                    reporter.error(pos, DiagnosticCode.USE_BEFORE_ASSIGNMENT, "signal " + name
                            + " is used before it is assigned (at " + Reporter.where(at) + "); assign it first");
                } else {
                    reporter.error(pos, DiagnosticCode.UNKNOWN_SIGNAL, "unknown signal " + name + " in circuit "
                            + circuit + "; use an input (" + String.join(" ", iface.inputs()) + ") or a signal assigned above");
                }
            }
            return new GateExpr.Name(name, pos);
        }
        MdpParser.ApplyGateContext apply = (MdpParser.ApplyGateContext) ctx;
        List<GateExpr> args = new ArrayList<>();
        for (GateExprContext arg : apply.gateExpr()) {
            args.add(gate(arg, inputs, assigned, later, circuit));
        }
        String opName = apply.gateName().getText();
        Optional<GateOp> op = GateOp.ofKeyword(opName);
        if (op.isEmpty()) {
            reporter.error(pos, DiagnosticCode.UNKNOWN_OPERATOR,
                    "unknown gate operator " + opName + "; use and, or, xor, nand, nor, xnor or not");
            return new GateExpr.Constant(false, pos);
        }
        if (args.size() != op.get().arity()) {
            reporter.error(pos, DiagnosticCode.GATE_ARITY, opName + " takes " + op.get().arity() + " argument"
                    + (op.get().arity() == 1 ? "" : "s") + ", not " + args.size());
        }
        return new GateExpr.Apply(op.get(), args, pos);
    }
}
