package org.mincirc.lang.prism;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.lang.prism.antlr.PrismParser;
import org.mincirc.model.Rationals;
import org.mincirc.model.SourcePos;

/**
 * From the parse tree of a PRISM file to a {@link Compiled} model: one namespace for constants,
 * formulas and variables, constants evaluated (undefined ones from the .mdp braces), formulas
 * inlined, every expression type-checked, and every construct outside the subset rejected at its
 * position. Each declaration reports its own errors, so one load says as much as it can.
 */
final class ModelBuilder {
    private final Positions positions;
    private final PrismModels.Request request;
    private final List<Diagnostic> errors = new ArrayList<>();

    private final Map<String, PrismParser.ConstItemContext> constants = new LinkedHashMap<>();
    private final Map<String, PrismParser.FormulaItemContext> formulas = new LinkedHashMap<>();
    private final Map<String, SourcePos> declared = new HashMap<>();
    private final Map<String, Term> constantValues = new HashMap<>();
    private final Map<String, Term> formulaTerms = new HashMap<>();
    private final Deque<String> resolving = new ArrayDeque<>();
    /** Constants and formulas whose definition failed; uses of them report nothing more. */
    private final Set<String> broken = new HashSet<>();
    private final List<Compiled.Variable> variables = new ArrayList<>();
    /**
     * The identifier substitution of the module being built: empty for a written module, the
     * pairs of {@code module M2 = M1 [x1 = x2, a = b]} for a renamed copy (PRISM manual, "Module
     * Renaming": the copy is M1 with every renamed identifier replaced, actions included).
     */
    private Map<String, String> renaming = Map.of();

    /** A module as built: written out (renaming empty), or a renamed copy of a written one. */
    private record ModuleInstance(String name, SourcePos pos, PrismParser.ModuleItemContext body,
                                  Map<String, String> renaming) {}
    private final Map<String, Integer> variableIndex = new HashMap<>();

    ModelBuilder(Positions positions, PrismModels.Request request) {
        this.positions = positions;
        this.request = request;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    /** The compiled model, or empty when errors were reported. */
    Optional<Compiled> build(PrismParser.ModelContext tree) {
        List<PrismParser.ModuleItemContext> written = new ArrayList<>();
        List<org.antlr.v4.runtime.ParserRuleContext> moduleItems = new ArrayList<>();
        List<PrismParser.GlobalItemContext> globals = new ArrayList<>();
        List<PrismParser.LabelItemContext> labels = new ArrayList<>();
        List<PrismParser.InitItemContext> inits = new ArrayList<>();
        List<PrismParser.RewardsItemContext> rewards = new ArrayList<>();
        boolean typed = false;
        for (PrismParser.ItemContext item : tree.item()) {
            if (item instanceof PrismParser.TypeItemContext t) {
                typed = modelType(t, typed);
            } else if (item instanceof PrismParser.ConstItemContext c) {
                declare(c.ID().getText(), positions.at(c.ID()), "constant");
                constants.putIfAbsent(c.ID().getText(), c);
            } else if (item instanceof PrismParser.FormulaItemContext f) {
                declare(f.ID().getText(), positions.at(f.ID()), "formula");
                formulas.putIfAbsent(f.ID().getText(), f);
            } else if (item instanceof PrismParser.LabelItemContext l) {
                labels.add(l);
            } else if (item instanceof PrismParser.GlobalItemContext g) {
                globals.add(g);
            } else if (item instanceof PrismParser.ModuleItemContext m) {
                written.add(m);
                moduleItems.add(m);
            } else if (item instanceof PrismParser.InitItemContext i) {
                inits.add(i);
            } else if (item instanceof PrismParser.RewardsItemContext r) {
                rewards.add(r);
            } else if (item instanceof PrismParser.RenamedModuleItemContext r) {
                moduleItems.add(r);
            } else if (item instanceof PrismParser.SystemItemContext s) {
                error(positions.at(s), DiagnosticCode.PRISM_UNSUPPORTED, "'system ... endsystem' is not in mincirc's PRISM "
                        + "subset; mincirc composes all modules in parallel, synchronising on shared actions (the default)");
            } else if (item instanceof PrismParser.UnsupportedBlockItemContext u) {
                error(positions.at(u), DiagnosticCode.PRISM_UNSUPPORTED, "'" + u.unsupported.getText()
                        + "' blocks are not in mincirc's PRISM subset (it reads mdps; what the circuit sees is said by "
                        + "'observe' in the .mdp file)");
            }
        }
        checkSettings();
        // Constants first, in the order written (each is evaluated once, cycles reported).
        constants.keySet().forEach(name -> attempt(() -> constant(name, positions.at(constants.get(name).ID()))));
        for (PrismParser.GlobalItemContext g : globals) {
            attempt(() -> variable(g.variable(), -1));
        }
        List<ModuleInstance> modules = moduleInstances(moduleItems, written);
        List<String> moduleNames = new ArrayList<>();
        Map<String, SourcePos> modulePos = new HashMap<>();
        for (ModuleInstance m : modules) {
            SourcePos first = modulePos.putIfAbsent(m.name(), m.pos());
            if (first != null) {
                error(m.pos(), DiagnosticCode.PRISM_DUPLICATE_NAME, "module " + m.name()
                        + " is already declared at " + where(first));
            }
            int index = moduleNames.size();
            moduleNames.add(m.name());
            renaming = m.renaming();
            for (PrismParser.VariableContext v : m.body().variable()) {
                attempt(() -> variable(v, index));
            }
            renaming = Map.of();
        }
        if (moduleItems.isEmpty()) {
            error(positions.at(tree.getStart()), DiagnosticCode.PRISM_UNSUPPORTED,
                    "the PRISM file declares no module; write at least one 'module NAME ... endmodule'");
        }
        if (!errors.isEmpty()) {
            return Optional.empty(); // commands would only repeat the unknown names above
        }
        formulas.keySet().forEach(name -> attempt(() -> formula(name, positions.at(formulas.get(name).ID()))));
        List<Compiled.Command> commands = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            renaming = modules.get(m).renaming();
            for (PrismParser.CommandContext c : modules.get(m).body().command()) {
                int module = m;
                attempt(() -> commands.add(command(c, module, moduleNames)));
            }
        }
        renaming = Map.of();
        Map<String, Term> labelTerms = labels(labels);
        Term init = null;
        SourcePos initPos = null;
        if (!inits.isEmpty()) {
            initPos = positions.at(inits.get(0));
            for (PrismParser.InitItemContext extra : inits.subList(1, inits.size())) {
                error(positions.at(extra), DiagnosticCode.PRISM_INIT, "a model has one 'init ... endinit' block; "
                        + "another starts at " + where(initPos));
            }
            for (Compiled.Variable v : variables) {
                if (v.init() != null) {
                    error(v.pos(), DiagnosticCode.PRISM_INIT, "variable " + v.name() + " has its own init, but the model "
                            + "also has an 'init ... endinit' block (at " + where(initPos) + "); use one or the other");
                }
            }
            init = value(() -> compiler().bool(inits.get(0).expr(), "the init predicate")).orElse(null);
        }
        List<Compiled.RewardItem> rewardItems = rewards(rewards);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Compiled(moduleNames, variables, commands, labelTerms, init, initPos, rewardItems));
    }

    /**
     * Written modules as they are, renamed ones as copies of their base with the renaming; a
     * renamed copy must rename every variable of its base (else the variable would be declared
     * twice), and its base must be a written module.
     */
    private List<ModuleInstance> moduleInstances(List<org.antlr.v4.runtime.ParserRuleContext> items,
                                                 List<PrismParser.ModuleItemContext> written) {
        List<ModuleInstance> result = new ArrayList<>();
        for (org.antlr.v4.runtime.ParserRuleContext item : items) {
            if (item instanceof PrismParser.ModuleItemContext m) {
                result.add(new ModuleInstance(m.ID().getText(), positions.at(m.ID()), m, Map.of()));
                continue;
            }
            PrismParser.RenamedModuleItemContext r = (PrismParser.RenamedModuleItemContext) item;
            String baseName = r.ID(1).getText();
            Optional<PrismParser.ModuleItemContext> base = written.stream()
                    .filter(m -> m.ID().getText().equals(baseName)).findFirst();
            if (base.isEmpty()) {
                error(positions.at(r.ID(1)), DiagnosticCode.PRISM_UNKNOWN_NAME, "module " + r.ID(0).getText()
                        + " renames " + baseName + ", which is not a module written out in this file");
                continue;
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (PrismParser.RenamingContext pair : r.renaming()) {
                String from = pair.ID(0).getText();
                if (map.putIfAbsent(from, pair.ID(1).getText()) != null) {
                    error(positions.at(pair.ID(0)), DiagnosticCode.PRISM_DUPLICATE_NAME, from + " is renamed twice");
                }
            }
            boolean complete = true;
            for (PrismParser.VariableContext v : base.get().variable()) {
                String var = v.getChild(0).getText();
                if (!map.containsKey(var)) {
                    complete = false;
                    error(positions.at(r.ID(0)), DiagnosticCode.PRISM_DUPLICATE_NAME, "module " + r.ID(0).getText()
                            + " must rename variable " + var + " of " + baseName + " (e.g. [" + var + " = " + var + "_2])");
                }
            }
            if (!complete) {
                continue; // its variables would clash with the base's and say nothing new
            }
            result.add(new ModuleInstance(r.ID(0).getText(), positions.at(r.ID(0)), base.get(), Map.copyOf(map)));
        }
        return result;
    }

    private String renamed(String name) {
        return renaming.getOrDefault(name, name);
    }

    private boolean modelType(PrismParser.TypeItemContext t, boolean typedBefore) {
        String type = t.modelType().getText();
        if (typedBefore) {
            error(positions.at(t), DiagnosticCode.PRISM_UNSUPPORTED, "the model type is given twice; keep one 'mdp'");
        } else if (!type.equals("mdp") && !type.equals("nondeterministic")) {
            error(positions.at(t), DiagnosticCode.PRISM_UNSUPPORTED, "model type " + type + " is not read by mincirc; "
                    + "only 'mdp' models are (its actions are the policy's choices)");
        }
        return true;
    }

    /** Settings from the .mdp braces must name undefined constants of this file. */
    private void checkSettings() {
        for (PrismModels.ConstantSetting s : request.constants()) {
            PrismParser.ConstItemContext c = constants.get(s.name());
            if (c == null) {
                List<String> open = constants.values().stream().filter(k -> k.expr() == null)
                        .map(k -> k.ID().getText()).toList();
                error(s.pos(), DiagnosticCode.PRISM_CONSTANT, "the PRISM file " + fileName() + " has no constant "
                        + s.name() + (open.isEmpty() ? "" : "; its undefined constants are " + String.join(", ", open)));
            } else if (c.expr() != null) {
                error(s.pos(), DiagnosticCode.PRISM_CONSTANT, "constant " + s.name() + " is already defined in the PRISM "
                        + "file " + fileName() + " (at " + where(positions.at(c.ID())) + "); only undefined constants ('const int "
                        + s.name() + ";') can be set here");
            }
        }
    }

    private void declare(String name, SourcePos pos, String kind) {
        SourcePos first = declared.putIfAbsent(name, pos);
        if (first != null) {
            error(pos, DiagnosticCode.PRISM_DUPLICATE_NAME, kind + " " + name + ": the name " + name
                    + " is already declared at " + where(first) + " (constants, formulas and variables share one namespace)");
        }
    }

    // ---- constants and formulas ------------------------------------------------------------

    private Term constant(String name, SourcePos usePos) {
        Term done = constantValues.get(name);
        if (done != null) {
            return done;
        }
        PrismParser.ConstItemContext c = constants.get(name);
        if (broken.contains(name)) {
            throw PrismError.alreadyReported();
        }
        if (resolving.contains(name)) {
            throw cycle(name, usePos);
        }
        Type type = c.constType() == null ? Type.INT : switch (c.constType().getText()) {
            case "bool" -> Type.BOOL;
            case "double" -> Type.RATIONAL;
            default -> Type.INT;
        };
        SourcePos pos = positions.at(c.ID());
        Term value;
        if (c.expr() == null) {
            Optional<PrismModels.ConstantSetting> setting = request.constants().stream()
                    .filter(s -> s.name().equals(name)).findFirst();
            if (setting.isEmpty()) {
                broken.add(name);
                throw new PrismError(pos, DiagnosticCode.PRISM_CONSTANT, "constant " + name + " has no value; give it one "
                        + "in the braces of the mdp that reads this file: const " + name + " = ...;");
            }
            try {
                value = settingValue(setting.get(), type, name);
            } catch (PrismError e) {
                broken.add(name);
                throw e;
            }
        } else {
            resolving.push(name);
            try {
                Term t = new Compiler(positions, this::constantScope).expr(c.expr());
                value = fold(t, type, name, pos);
            } catch (PrismError e) {
                broken.add(name);
                throw e;
            } finally {
                resolving.pop();
            }
        }
        constantValues.put(name, value);
        return value;
    }

    private Term settingValue(PrismModels.ConstantSetting s, Type type, String name) {
        Object v = s.value();
        if (type == Type.BOOL) {
            if (!(v instanceof Boolean b)) {
                throw new PrismError(s.pos(), DiagnosticCode.PRISM_CONSTANT, "constant " + name
                        + " is a bool in the PRISM file; set it to true or false");
            }
            return new Term.BoolConst(b, s.pos());
        }
        if (!(v instanceof BigFraction q)) {
            throw new PrismError(s.pos(), DiagnosticCode.PRISM_CONSTANT, "constant " + name + " is " + type.described()
                    + " in the PRISM file; set it to a number");
        }
        if (type == Type.INT && !Term.isInteger(q)) {
            throw new PrismError(s.pos(), DiagnosticCode.PRISM_CONSTANT, "constant " + name
                    + " is an int in the PRISM file; set it to a whole number, not " + Rationals.format(q));
        }
        return new Term.NumConst(q, type, s.pos());
    }

    /** A constant's value as a literal term of its declared type. */
    private Term fold(Term t, Type type, String name, SourcePos pos) {
        if (type == Type.BOOL) {
            if (t.type != Type.BOOL) {
                throw Compiler.typeError(t.pos, "constant " + name + " is a bool, but its value is " + t.type.described());
            }
            return new Term.BoolConst(t.bool(new int[0]), pos);
        }
        if (!t.type.numeric()) {
            throw Compiler.typeError(t.pos, "constant " + name + " is " + type.described() + ", but its value is a Boolean");
        }
        if (type == Type.INT && t.type != Type.INT) {
            throw Compiler.typeError(t.pos, "constant " + name + " is an int, but its value may have a fraction; "
                    + "declare it 'const double' or use floor/ceil");
        }
        return new Term.NumConst(t.num(new int[0]), type, pos);
    }

    /** Inside a constant only other constants are in scope. */
    private Term constantScope(String name, SourcePos pos) {
        if (constants.containsKey(name)) {
            return retype(constant(name, pos), pos);
        }
        if (declared.containsKey(name)) {
            throw new PrismError(pos, DiagnosticCode.PRISM_TYPE, "the value of a constant may use only other constants, "
                    + "not " + name);
        }
        throw unknown(name, pos);
    }

    /** A constant used at pos: its value, positioned where it is used (for messages). */
    private static Term retype(Term value, SourcePos pos) {
        if (value instanceof Term.BoolConst b) {
            return new Term.BoolConst(b.value, pos);
        }
        Term.NumConst n = (Term.NumConst) value;
        return new Term.NumConst(n.value, n.type, pos);
    }

    private Term formula(String name, SourcePos usePos) {
        // Under a renaming the formula is compiled afresh: PRISM expands formulas before it
        // renames, so a renamed copy reads its own variables through the formula.
        Term done = renaming.isEmpty() ? formulaTerms.get(name) : null;
        if (done != null) {
            return done;
        }
        if (broken.contains(name)) {
            throw PrismError.alreadyReported();
        }
        if (resolving.contains(name)) {
            throw cycle(name, usePos);
        }
        resolving.push(name);
        try {
            Term t = compiler().expr(formulas.get(name).expr());
            if (renaming.isEmpty()) {
                formulaTerms.put(name, t);
            }
            return t;
        } catch (PrismError e) {
            broken.add(name);
            throw e;
        } finally {
            resolving.pop();
        }
    }

    private PrismError cycle(String name, SourcePos pos) {
        List<String> chain = new ArrayList<>(resolving);
        java.util.Collections.reverse(chain);
        List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(name), chain.size()));
        loop.add(name);
        broken.addAll(loop);
        return new PrismError(pos, DiagnosticCode.PRISM_CYCLE, "constants or formulas are defined in a circle: "
                + String.join(" -> ", loop));
    }

    /** The scope of guards, updates, labels and rewards: constants, formulas and variables. */
    private Term modelScope(String name, SourcePos pos) {
        if (constants.containsKey(name)) {
            return retype(constant(name, pos), pos);
        }
        if (formulas.containsKey(name)) {
            return formula(name, pos);
        }
        Integer v = variableIndex.get(name);
        if (v != null) {
            return new Term.Var(v, variables.get(v).bool() ? Type.BOOL : Type.INT, pos);
        }
        throw unknown(name, pos);
    }

    private PrismError unknown(String name, SourcePos pos) {
        return new PrismError(pos, DiagnosticCode.PRISM_UNKNOWN_NAME, "unknown identifier " + name
                + "; declare it as a constant, formula or variable");
    }

    private Compiler compiler() {
        return new Compiler(positions, (name, pos) -> modelScope(renamed(name), pos));
    }

    /** A closed term (constants only) of the given use. */
    private Term closed(PrismParser.ExprContext ctx, String what) {
        Term t = new Compiler(positions, (name, pos) -> constantScope(renamed(name), pos)).expr(ctx);
        if (!t.closed()) {
            throw Compiler.typeError(t.pos, what + " may use only constants");
        }
        return t;
    }

    private int wholeNumber(PrismParser.ExprContext ctx, String what) {
        Term t = closed(ctx, what);
        if (t.type != Type.INT) {
            throw Compiler.typeError(t.pos, what + " must be an integer, but this is " + t.type.described());
        }
        BigFraction q = t.num(new int[0]);
        if (Term.whole(q).bitLength() > 30) {
            throw new PrismError(t.pos, DiagnosticCode.PRISM_RANGE, what + " " + Rationals.format(q)
                    + " is too large; variables range within about a billion");
        }
        return Term.whole(q).intValueExact();
    }

    // ---- variables ---------------------------------------------------------------------------

    private void variable(PrismParser.VariableContext ctx, int module) {
        if (ctx instanceof PrismParser.ClockVariableContext c) {
            throw new PrismError(positions.at(c), DiagnosticCode.PRISM_UNSUPPORTED, "clock variables belong to PTAs, "
                    + "which mincirc does not read");
        }
        String name;
        SourcePos pos;
        int lo;
        int hi;
        boolean bool;
        Integer init = null;
        if (ctx instanceof PrismParser.BoolVariableContext b) {
            name = renamed(b.ID().getText());
            pos = positions.at(b.ID());
            lo = 0;
            hi = 1;
            bool = true;
            if (b.expr() != null) {
                Term t = closed(b.expr(), "the initial value of " + name);
                if (t.type != Type.BOOL) {
                    throw Compiler.typeError(t.pos, "the initial value of Boolean variable " + name + " must be true or false");
                }
                init = t.bool(new int[0]) ? 1 : 0;
            }
        } else {
            PrismParser.RangeVariableContext r = (PrismParser.RangeVariableContext) ctx;
            name = renamed(r.ID().getText());
            pos = positions.at(r.ID());
            bool = false;
            lo = wholeNumber(r.expr(0), "the lower bound of " + name);
            hi = wholeNumber(r.expr(1), "the upper bound of " + name);
            if (lo > hi) {
                throw new PrismError(positions.at(r.expr(0)), DiagnosticCode.PRISM_RANGE, "variable " + name + " has the "
                        + "empty range [" + lo + ".." + hi + "]");
            }
            if (r.expr().size() > 2) {
                init = wholeNumber(r.expr(2), "the initial value of " + name);
                if (init < lo || init > hi) {
                    throw new PrismError(positions.at(r.expr(2)), DiagnosticCode.PRISM_RANGE, "the initial value " + init
                            + " of " + name + " lies outside its range [" + lo + ".." + hi + "]");
                }
            }
        }
        declare(name, pos, "variable");
        if (variableIndex.containsKey(name) || constants.containsKey(name) || formulas.containsKey(name)) {
            return; // reported by declare
        }
        variableIndex.put(name, variables.size());
        variables.add(new Compiled.Variable(name, module, lo, hi, bool, init, pos));
    }

    // ---- commands ----------------------------------------------------------------------------

    private Compiled.Command command(PrismParser.CommandContext c, int module, List<String> moduleNames) {
        SourcePos pos = positions.at(c);
        if (c.ID() == null) {
            throw new PrismError(pos, DiagnosticCode.PRISM_UNLABELLED, "this command has no action label ([] ...); in "
                    + "mincirc every command is a choice of the policy, so label it with one of the interface's actions, "
                    + "e.g. [" + request.iface().actions().get(0).name() + "]");
        }
        String action = renamed(c.ID().getText());
        SourcePos actionPos = positions.at(c.ID());
        if (request.iface().action(action).isEmpty()) {
            throw new PrismError(actionPos, DiagnosticCode.UNKNOWN_ACTION, "action " + action + " is not an action of the "
                    + "interface; PRISM action labels are the interface's actions by name ("
                    + String.join(", ", request.iface().actions().stream().map(a -> a.name()).toList()) + ")");
        }
        Term guard = compiler().bool(c.expr(), "the guard");
        List<Compiled.Update> updates = new ArrayList<>();
        for (PrismParser.UpdateContext u : c.updates().update()) {
            Term p = u.expr() == null ? null : compiler().number(u.expr(), "a probability");
            List<Compiled.Assignment> assignments = new ArrayList<>();
            Set<Integer> assigned = new HashSet<>();
            if (u.assignments() instanceof PrismParser.SomeChangesContext some) {
                for (PrismParser.AssignmentContext a : some.assignment()) {
                    assignments.add(assignment(a, module, moduleNames, assigned));
                }
            }
            updates.add(new Compiled.Update(p, assignments, positions.at(u)));
        }
        return new Compiled.Command(module, action, actionPos, guard, updates, pos);
    }

    private Compiled.Assignment assignment(PrismParser.AssignmentContext a, int module, List<String> moduleNames,
                                           Set<Integer> assigned) {
        String name = renamed(a.ID().getText());
        SourcePos pos = positions.at(a.ID());
        Integer v = variableIndex.get(name);
        if (v == null) {
            throw new PrismError(pos, declared.containsKey(name) ? DiagnosticCode.PRISM_UPDATE : DiagnosticCode.PRISM_UNKNOWN_NAME,
                    (declared.containsKey(name) ? name + " is not a variable" : "unknown variable " + name)
                            + "; an update (x'=e) changes a variable");
        }
        Compiled.Variable var = variables.get(v);
        if (var.module() >= 0 && var.module() != module) {
            throw new PrismError(pos, DiagnosticCode.PRISM_UPDATE, "module " + moduleNames.get(module) + " changes " + name
                    + ", a variable of module " + moduleNames.get(var.module()) + "; a module may change only its own "
                    + "variables and globals (PRISM manual, \"Synchronisation\")");
        }
        if (!assigned.add(v)) {
            throw new PrismError(pos, DiagnosticCode.PRISM_UPDATE, "this update changes " + name + " twice");
        }
        Term value = compiler().expr(a.expr());
        if (var.bool() && value.type != Type.BOOL) {
            throw Compiler.typeError(value.pos, "Boolean variable " + name + " can only be given a Boolean, not "
                    + value.type.described());
        }
        if (!var.bool() && value.type != Type.INT) {
            throw Compiler.typeError(value.pos, "integer variable " + name + " can only be given an integer, not "
                    + value.type.described() + (value.type == Type.RATIONAL ? " (use floor, ceil or round)" : ""));
        }
        return new Compiled.Assignment(v, value, pos);
    }

    // ---- labels and rewards ------------------------------------------------------------------

    private Map<String, Term> labels(List<PrismParser.LabelItemContext> items) {
        Map<String, Term> result = new LinkedHashMap<>();
        Map<String, SourcePos> seen = new HashMap<>();
        for (PrismParser.LabelItemContext l : items) {
            String quoted = l.STRING().getText();
            String name = quoted.substring(1, quoted.length() - 1);
            SourcePos pos = positions.at(l.STRING());
            SourcePos first = seen.putIfAbsent(name, pos);
            if (first != null) {
                error(pos, DiagnosticCode.PRISM_DUPLICATE_NAME, "label \"" + name + "\" is already declared at " + where(first));
                continue;
            }
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                error(pos, DiagnosticCode.PRISM_UNSUPPORTED, "label \"" + name + "\" becomes a state set of the mdp, so its "
                        + "name must be an identifier (letters, digits, _)");
                continue;
            }
            attempt(() -> result.put(name, compiler().bool(l.expr(), "label \"" + name + "\""))) ;
        }
        return result;
    }

    private List<Compiled.RewardItem> rewards(List<PrismParser.RewardsItemContext> structures) {
        List<String> names = structures.stream().map(r -> r.STRING() == null ? "" : unquote(r.STRING().getText())).toList();
        PrismParser.RewardsItemContext chosen = null;
        if (request.reward().isPresent()) {
            PrismModels.NamedSetting wanted = request.reward().get();
            int i = names.indexOf(wanted.name());
            if (i < 0) {
                String known = names.stream().filter(n -> !n.isEmpty()).map(n -> "\"" + n + "\"").reduce((a, b) -> a + ", " + b)
                        .orElse("");
                error(wanted.pos(), DiagnosticCode.PRISM_REWARD, "the PRISM file " + fileName()
                        + " has no reward structure \"" + wanted.name() + "\""
                        + (known.isEmpty() ? "" : "; it has " + known));
                return List.of();
            }
            chosen = structures.get(i);
        } else if (!structures.isEmpty()) {
            chosen = structures.get(0); // as PRISM's R=? without a name: the first structure
        }
        if (chosen == null) {
            return List.of();
        }
        List<Compiled.RewardItem> items = new ArrayList<>();
        for (PrismParser.RewardItemContext r : chosen.rewardItem()) {
            attempt(() -> items.add(rewardItem(r)));
        }
        return items;
    }

    private Compiled.RewardItem rewardItem(PrismParser.RewardItemContext r) {
        String action = null;
        if (r.getChild(0).getText().equals("[")) {
            if (r.ID() == null) {
                throw new PrismError(positions.at(r), DiagnosticCode.PRISM_REWARD, "'[] guard : r' rewards the unlabelled "
                        + "commands, and mincirc has none (every command carries an action); name the action, e.g. ["
                        + request.iface().actions().get(0).name() + "]");
            }
            action = r.ID().getText();
            if (request.iface().action(action).isEmpty()) {
                throw new PrismError(positions.at(r.ID()), DiagnosticCode.UNKNOWN_ACTION, "reward for action " + action
                        + ", which is not an action of the interface");
            }
        }
        Term guard = compiler().bool(r.expr(0), "the guard of a reward");
        Term value = compiler().number(r.expr(1), "a reward");
        return new Compiled.RewardItem(action, guard, value, positions.at(r));
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private String fileName() {
        return java.nio.file.Path.of(positions.file()).getFileName().toString();
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1);
    }

    private void attempt(Runnable step) {
        try {
            step.run();
        } catch (PrismError e) {
            if (e.diagnostic() != null) {
                errors.add(e.diagnostic());
            }
        }
    }

    private <T> Optional<T> value(java.util.function.Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (PrismError e) {
            if (e.diagnostic() != null) {
                errors.add(e.diagnostic());
            }
            return Optional.empty();
        }
    }

    private void error(SourcePos pos, DiagnosticCode code, String message) {
        errors.add(new Diagnostic(pos, code, message));
    }

    private static String where(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }
}
