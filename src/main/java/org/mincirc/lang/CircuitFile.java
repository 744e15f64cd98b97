package org.mincirc.lang;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.circuit.io.CircuitFormats;
import org.mincirc.circuit.io.FormatException;
import org.mincirc.model.CircuitDef;
import org.mincirc.model.GateExpr;
import org.mincirc.model.GateOp;
import org.mincirc.model.Interface;
import org.mincirc.model.SourcePos;

/**
 * {@code circuit NAME from "FILE";} (an addition to the contract): a BLIF or AIGER circuit made
 * by another tool, read relative to the .mdp file and turned into the same assignments a
 * written {@code circuit} block gives, one per gate. Its inputs must carry the interface's
 * input names (in any order); its outputs are the output bits y0, y1, ... in order.
 */
final class CircuitFile {
    private final Reporter reporter;
    private final Interface iface;

    CircuitFile(Reporter reporter, Interface iface) {
        this.reporter = reporter;
        this.iface = iface;
    }

    CircuitDef load(String circuit, TerminalNode string, SourcePos namePos) {
        SourcePos pos = reporter.at(string);
        String quoted = string.getText();
        String name = quoted.substring(1, quoted.length() - 1);
        Path dir = Path.of(reporter.file()).toAbsolutePath().getParent();
        Path path = dir == null ? Path.of(name) : dir.resolve(name);
        Circuit c;
        try {
            c = CircuitFormats.read(path);
        } catch (java.nio.file.NoSuchFileException e) {
            return failed(circuit, pos, namePos, "circuit file " + name + " does not exist; the path is relative to this "
                    + ".mdp file");
        } catch (IOException e) {
            return failed(circuit, pos, namePos, "cannot read circuit file " + name + " (" + e.getMessage()
                    + "); the path is relative to this .mdp file and the extension says the format (.blif, .aag, .aig)");
        } catch (FormatException | IllegalArgumentException e) {
            return failed(circuit, pos, namePos, "circuit file " + name + " is not a valid circuit: " + e.getMessage());
        }
        Set<String> wanted = new HashSet<>(iface.inputs());
        if (c.inputs() != iface.inputs().size() || !new HashSet<>(c.inputNames()).equals(wanted)) {
            return failed(circuit, pos, namePos, "circuit file " + name + " has inputs " + String.join(" ", c.inputNames())
                    + "; name them as the interface does: " + String.join(" ", iface.inputs()));
        }
        if (c.outputs().size() != iface.outputBits()) {
            return failed(circuit, pos, namePos, "circuit file " + name + " has " + c.outputs().size() + " output"
                    + (c.outputs().size() == 1 ? "" : "s") + "; the interface's actions need " + iface.outputBits()
                    + " (y0 ... y" + (iface.outputBits() - 1) + ")");
        }
        return new CircuitDef(circuit, assignments(c, pos), namePos);
    }

    private CircuitDef failed(String circuit, SourcePos pos, SourcePos namePos, String message) {
        reporter.error(pos, DiagnosticCode.CIRCUIT_FILE, message);
        return new CircuitDef(circuit, List.of(), namePos);
    }

    /** One assignment per gate (signals named apart from the inputs), then y0, y1, ... */
    private List<CircuitDef.Assignment> assignments(Circuit c, SourcePos pos) {
        String prefix = "_g";
        while (startsAnInput(prefix)) {
            prefix = "_" + prefix;
        }
        List<CircuitDef.Assignment> out = new ArrayList<>();
        for (int g = 0; g < c.size(); g++) {
            int node = c.gateNode(g);
            Gate gate = c.gateAt(node);
            out.add(new CircuitDef.Assignment(prefix + node, gateExpr(gate, c, prefix, pos), pos));
        }
        for (int bit = 0; bit < c.outputs().size(); bit++) {
            out.add(new CircuitDef.Assignment("y" + bit, literal(c.outputs().get(bit), c, prefix, pos), pos));
        }
        return out;
    }

    private boolean startsAnInput(String prefix) {
        return iface.inputs().stream().anyMatch(i -> i.startsWith(prefix));
    }

    private GateExpr literal(int lit, Circuit c, String prefix, SourcePos pos) {
        GateExpr node = node(Lit.node(lit), c, prefix, pos);
        return Lit.complemented(lit) ? not(node, pos) : node;
    }

    private GateExpr node(int node, Circuit c, String prefix, SourcePos pos) {
        if (node == 0) {
            return new GateExpr.Constant(false, pos);
        }
        if (node <= c.inputs()) {
            return new GateExpr.Name(c.inputNames().get(node - 1), pos);
        }
        return new GateExpr.Name(prefix + node, pos);
    }

    private static GateExpr not(GateExpr e, SourcePos pos) {
        return new GateExpr.Apply(GateOp.NOT, List.of(e), pos);
    }

    /** The gate's 4-bit table as an operator, with free complements on its fan-ins where needed. */
    private GateExpr gateExpr(Gate gate, Circuit c, String prefix, SourcePos pos) {
        GateExpr a = node(gate.a(), c, prefix, pos);
        GateExpr b = node(gate.b(), c, prefix, pos);
        for (GateOp op : GateOp.values()) {
            if (op.arity() != 2) {
                continue;
            }
            for (int flips = 0; flips < 4; flips++) {
                int t = op.table();
                if ((flips & 1) != 0) {
                    t = Gate.complementA(t);
                }
                if ((flips & 2) != 0) {
                    t = Gate.complementB(t);
                }
                if (t == gate.table()) {
                    return new GateExpr.Apply(op, List.of((flips & 1) != 0 ? not(a, pos) : a,
                            (flips & 2) != 0 ? not(b, pos) : b), pos);
                }
            }
        }
        // Degenerate tables (a constant or one fan-in) cost nothing as expressions.
        return switch (gate.table()) {
            case 0 -> new GateExpr.Constant(false, pos);
            case 15 -> new GateExpr.Constant(true, pos);
            case 0b1010 -> a;
            case 0b0101 -> not(a, pos);
            case 0b1100 -> b;
            default -> not(b, pos);  // 0b0011
        };
    }
}
