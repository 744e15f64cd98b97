package org.mincirc.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.ActionDefContext;
import org.mincirc.lang.antlr.MdpParser.IdentContext;
import org.mincirc.lang.antlr.MdpParser.InterfaceDeclContext;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.SourcePos;

/**
 * Builds the one circuit interface of a file: the declared {@code interface} block, or the
 * single-mdp default encoding (actions in order of first appearance, states coded by their
 * index in binary with the first input the most significant bit).
 */
final class InterfaceBuilder {
    /** Action codes are output codes of a small circuit; anything past this is a typo. */
    private static final int MAX_ACTION_CODE = 1 << 16;

    /**
     * @param iface the interface
     * @param checkCodes false when the file lacks a needed interface: that error is reported
     *     once, and states get default codes without further code errors
     */
    record Result(Interface iface, boolean checkCodes) {}

    private final Reporter reporter;

    InterfaceBuilder(Reporter reporter) {
        this.reporter = reporter;
    }

    Result build(Declarations decls) {
        if (!decls.interfaces.isEmpty()) {
            for (InterfaceDeclContext extra : decls.interfaces.subList(1, decls.interfaces.size())) {
                reporter.error(reporter.at(extra), DiagnosticCode.DUPLICATE_INTERFACE,
                        "a file has one interface, but another was already declared at "
                                + Reporter.where(reporter.at(decls.interfaces.get(0))));
            }
            return new Result(declared(decls.interfaces.get(0)), true);
        }
        List<MdpParser.MdpDeclContext> plain = decls.tasks.values().stream()
                .filter(MdpParser.MdpDeclContext.class::isInstance)
                .map(MdpParser.MdpDeclContext.class::cast)
                .filter(m -> m.mdpBody() != null && m.parameters() == null).toList();
        boolean checkCodes = true;
        Optional<MdpParser.MdpDeclContext> parametrised = decls.tasks.values().stream()
                .filter(MdpParser.MdpDeclContext.class::isInstance).map(MdpParser.MdpDeclContext.class::cast)
                .filter(m -> m.parameters() != null).findFirst();
        if (parametrised.isPresent()) {
            reporter.error(reporter.at(parametrised.get().ident()), DiagnosticCode.MISSING_INTERFACE,
                    "mdp " + parametrised.get().ident().getText() + " has parameters, so its instances are several mdps; "
                            + "the file needs 'interface { inputs ...; actions ...; }'");
            checkCodes = false;
        } else if (decls.mdpNames.size() > 1) {
            IdentContext second = decls.mdpNames.get(1);
            reporter.error(reporter.at(second), DiagnosticCode.MISSING_INTERFACE,
                    "this file declares " + decls.mdpNames.size() + " mdps ("
                            + String.join(", ", decls.mdpNames.stream().map(IdentContext::getText).toList())
                            + ") but no interface; only a file with a single mdp may omit "
                            + "'interface { inputs ...; actions ...; }'");
            checkCodes = false;
        }
        return new Result(implicit(plain), checkCodes);
    }

    /** Inputs x0..x(w-1), w = max(1, ceil(log2(#states))), actions coded 0, 1, ... */
    private static Interface implicit(List<MdpParser.MdpDeclContext> mdps) {
        Set<String> actions = new LinkedHashSet<>();
        int states = 0;
        for (MdpParser.MdpDeclContext mdp : mdps) {
            Set<String> names = new LinkedHashSet<>();
            for (MdpParser.MdpItemContext item : mdp.mdpBody().mdpItem()) {
                if (item instanceof MdpParser.StateItemContext s) {
                    names.add(s.ident().getText());
                    s.actionLine().forEach(line -> actions.add(line.ident().getText()));
                }
            }
            states = Math.max(states, names.size());
        }
        int width = widthFor(states);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            inputs.add("x" + i);
        }
        List<Action> list = new ArrayList<>();
        for (String a : actions) {
            list.add(new Action(a, list.size()));
        }
        return new Interface(inputs, list, true);
    }

    /** "the interface declares a, b" for messages about unknown actions. */
    static String declaredActions(Interface iface) {
        List<String> names = iface.actions().stream().map(Action::name).toList();
        return names.isEmpty() ? "the interface declares no actions"
                : "the interface declares " + String.join(", ", names);
    }

    /** w = max(1, ceil(log2(n))). */
    static int widthFor(int states) {
        int w = 1;
        while ((1L << w) < states) {
            w++;
        }
        return w;
    }

    /**
     * The row of the state with declaration index {@code index} in the default encoding: the
     * index in binary with input 0 the most significant bit, while a row has bit i = input i.
     */
    static int defaultRow(int index, int width) {
        int row = 0;
        for (int i = 0; i < width; i++) {
            int digit = (index >>> (width - 1 - i)) & 1;
            row |= digit << i;
        }
        return row;
    }

    private Interface declared(InterfaceDeclContext ctx) {
        Map<String, SourcePos> inputs = new LinkedHashMap<>();
        List<Action> actions = new ArrayList<>();
        Map<String, SourcePos> actionPos = new LinkedHashMap<>();
        Map<Integer, String> byCode = new LinkedHashMap<>();
        int declared = 0;
        for (MdpParser.InterfaceItemContext item : ctx.interfaceItem()) {
            if (item instanceof MdpParser.InputsItemContext in) {
                for (IdentContext id : in.ident()) {
                    String name = id.getText();
                    SourcePos first = inputs.putIfAbsent(name, reporter.at(id));
                    if (first != null) {
                        reporter.error(reporter.at(id), DiagnosticCode.DUPLICATE_NAME,
                                "input " + name + " is already declared at " + Reporter.where(first));
                    }
                }
            } else if (item instanceof MdpParser.ActionsItemContext acts) {
                for (ActionDefContext def : acts.actionDef()) {
                    int position = declared++;
                    String name = def.ident().getText();
                    SourcePos first = actionPos.putIfAbsent(name, reporter.at(def.ident()));
                    if (first != null) {
                        reporter.error(reporter.at(def.ident()), DiagnosticCode.DUPLICATE_NAME,
                                "action " + name + " is already declared at " + Reporter.where(first));
                        continue;
                    }
                    int code = def.NUMBER() == null ? position : explicitCode(def);
                    String other = byCode.putIfAbsent(code, name);
                    if (other != null) {
                        reporter.error(reporter.at(def.ident()), DiagnosticCode.DUPLICATE_ACTION_CODE,
                                "actions " + other + " and " + name + " both have output code " + code
                                        + "; each action needs its own code");
                    }
                    actions.add(new Action(name, code));
                }
            }
        }
        if (inputs.isEmpty()) {
            reporter.error(reporter.at(ctx), DiagnosticCode.NO_INPUTS,
                    "the interface declares no inputs; add a line such as 'inputs x0 x1;'");
        }
        if (actions.isEmpty()) {
            reporter.error(reporter.at(ctx), DiagnosticCode.NO_INTERFACE_ACTIONS,
                    "the interface declares no actions; add a line such as 'actions left, right;'");
        }
        return new Interface(new ArrayList<>(inputs.keySet()), actions, false);
    }

    private int explicitCode(ActionDefContext def) {
        String text = def.NUMBER().getText();
        BigFraction q;
        try {
            q = org.mincirc.model.Rationals.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            q = BigFraction.of(-1);
        }
        if (!Numbers.fitsInt(q) || Numbers.intValue(q) > MAX_ACTION_CODE) {
            reporter.error(reporter.at(def.NUMBER()), DiagnosticCode.ACTION_CODE,
                    "the code of action " + def.ident().getText() + " must be a whole number from 0 to "
                            + MAX_ACTION_CODE + ", not " + text);
            return -1 - def.getStart().getStartIndex(); // unique, so no second error follows
        }
        return Numbers.intValue(q);
    }
}
