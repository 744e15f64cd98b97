package org.mincirc.lang.drn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.lang.valuation.ObservedCodes;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.Rationals;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;
import org.mincirc.model.Valuations;

/**
 * Reads an mdp in DRN (as {@link DrnWriter} writes it, or as Storm does, given the labels
 * mincirc needs): {@code @type: MDP}; numbers read exactly ({@code 1/3}, {@code 0.25});
 * r(x, a) = the state reward of x plus the choice reward of a in the chosen reward model (the
 * first by default); every state but the {@code "mincirc_stop"} sink needs a {@code "code=..."}
 * label; {@code "name=..."} names it (else {@code s<id>}); {@code "p0=q"} gives its initial
 * probability (without any, the states labelled {@code init} share it uniformly); other labels
 * become named sets; moving into the sink is {@code stop}.
 *
 * <p>State valuations are read as Storm writes them ({@code storm --buildstateval
 * --exportbuild m.drn}): a comment {@code //[x=3\t& y=2\t& !done]} on the line after the state
 * line (Storm's DRN has no section for them). With {@code observe x, y} the codes come from them
 * by the rule of PRISM mdps ({@link ObservedCodes}) instead of the {@code code=} labels; the
 * ranges are those of header comments {@code // mincirc variable x 0..6} (mincirc's exports write
 * them), else the values that occur.
 */
public final class DrnReader {
    /** The states and sets read, or the diagnostics. */
    public record Result(Optional<Built> built, List<Diagnostic> diagnostics) {}

    public record Built(List<State> states, Map<String, List<Integer>> sets, Optional<Valuations> valuations) {}

    /** The variables of a {@code //[...]} valuation comment in order, their values and the columns of the values. */
    private record Valuation(List<String> names, List<String> values, List<Integer> cols, int line) {}

    private record Choice(String action, BigFraction reward, Map<Integer, BigFraction> targets, SourcePos pos) {}

    private static final class RawState {
        final int id;
        final List<BigFraction> rewards;
        final List<String> labels;
        final List<Choice> choices;
        final SourcePos pos;
        Valuation valuation;
        Diagnostic valuationError;

        RawState(int id, List<BigFraction> rewards, List<String> labels, List<Choice> choices, SourcePos pos) {
            this.id = id;
            this.rewards = rewards;
            this.labels = labels;
            this.choices = choices;
            this.pos = pos;
        }

        int id() {
            return id;
        }

        List<BigFraction> rewards() {
            return rewards;
        }

        List<String> labels() {
            return labels;
        }

        List<Choice> choices() {
            return choices;
        }

        SourcePos pos() {
            return pos;
        }
    }

    static final String VARIABLE_COMMENT = "mincirc variable";

    private final Path file;
    private final Interface iface;
    private final Optional<String> rewardModel;
    private final SourcePos rewardPos;
    private final List<ObservedCodes.Name> observe;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Map<String, Valuations.Domain> declared = new LinkedHashMap<>();
    private final Map<String, SourcePos> declaredAt = new HashMap<>();

    private DrnReader(Path file, Interface iface, Optional<String> rewardModel, SourcePos rewardPos, List<ObservedCodes.Name> observe) {
        this.file = file;
        this.iface = iface;
        this.rewardModel = rewardModel;
        this.rewardPos = rewardPos;
        this.observe = observe;
    }

    /** Reads {@code file}; {@code fileRef} is where the .mdp file names it (for an unreadable file). */
    public static Result read(Path file, SourcePos fileRef, Interface iface, Optional<String> rewardModel, SourcePos rewardPos) {
        return read(file, fileRef, iface, rewardModel, rewardPos, List.of());
    }

    /** As above; a non-empty {@code observe} takes the codes from the state valuations. */
    public static Result read(Path file, SourcePos fileRef, Interface iface, Optional<String> rewardModel, SourcePos rewardPos,
                              List<ObservedCodes.Name> observe) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "does not exist; the path is relative to the .mdp file"
                    : "cannot be read (" + e.getMessage() + ")";
            return new Result(Optional.empty(), List.of(new Diagnostic(fileRef, DiagnosticCode.PRISM_FILE,
                    "DRN file " + file.getFileName() + " " + why)));
        }
        DrnReader reader = new DrnReader(file, iface, rewardModel, rewardPos, observe);
        Optional<Built> built = Optional.empty();
        try {
            built = reader.parse(lines);
        } catch (Failure f) {
            reader.errors.add(f.diagnostic);
        } catch (ObservedCodes.Failure f) {
            reader.errors.add(f.diagnostic);
        }
        return new Result(reader.errors.isEmpty() ? built : Optional.empty(), List.copyOf(reader.errors));
    }

    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Diagnostic diagnostic;

        Failure(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }

    private SourcePos at(int line, int col) {
        return new SourcePos(file.toString(), line + 1, col);
    }

    private Failure fail(int line, String message) {
        return new Failure(new Diagnostic(at(line, 1), DiagnosticCode.DRN_FORMAT, message));
    }

    private Optional<Built> parse(List<String> lines) {
        String type = null;
        List<String> rewardModels = List.of();
        int nrStates = -1;
        int i = 0;
        for (; i < lines.size(); i++) {
            variableComment(lines.get(i), i);
            String line = strip(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@type:")) {
                type = line.substring(6).trim();
                if (!type.equals("MDP")) {
                    throw fail(i, "model type " + type + " is not read by mincirc; only @type: MDP");
                }
            } else if (line.startsWith("@value_type:")) {
                String v = line.substring(12).trim();
                if (v.contains("interval") || v.contains("parametric")) {
                    throw fail(i, "@value_type: " + v + " is not read by mincirc; its values are exact numbers");
                }
            } else if (line.equals("@parameters")) {
                if (i + 1 < lines.size() && !strip(lines.get(i + 1)).isEmpty() && !strip(lines.get(i + 1)).startsWith("@")) {
                    throw fail(i + 1, "parametric models are not read by mincirc; the @parameters line must be empty");
                }
            } else if (line.equals("@placeholders")) {
                throw fail(i, "@placeholders are not read by mincirc; write the values out");
            } else if (line.equals("@reward_models")) {
                i++;
                String names = i < lines.size() ? strip(lines.get(i)) : "";
                rewardModels = names.isEmpty() ? List.of() : List.of(names.split("\\s+"));
            } else if (line.equals("@nr_states")) {
                i++;
                nrStates = number(lines, i, "@nr_states");
            } else if (line.equals("@nr_choices")) {
                i++;
                number(lines, i, "@nr_choices");
            } else if (line.equals("@model")) {
                i++;
                break;
            } else {
                throw fail(i, "unexpected line '" + line + "'; a DRN file starts with @type, @reward_models, @nr_states, "
                        + "@nr_choices and then @model");
            }
        }
        if (type == null) {
            throw fail(0, "the DRN file has no '@type: MDP' line");
        }
        if (nrStates < 0) {
            throw fail(Math.max(0, i - 1), "the DRN file has no @nr_states before @model");
        }
        int reward = chooseReward(rewardModels);
        List<RawState> raw = states(lines, i, rewardModels.size(), reward);
        if (raw.size() != nrStates) {
            throw fail(i, "@nr_states says " + nrStates + " but the model lists " + raw.size() + " states");
        }
        return Optional.of(build(raw));
    }

    /** A header comment {@code // mincirc variable NAME lo..hi} (or {@code bool}): the declared range of a variable. */
    private void variableComment(String raw, int i) {
        String t = raw.trim();
        if (!t.startsWith("//") || !t.substring(2).trim().startsWith(VARIABLE_COMMENT)) {
            return;
        }
        String rest = t.substring(2).trim().substring(VARIABLE_COMMENT.length()).trim();
        String[] w = rest.split("\\s+");
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("(-?\\d{1,9})\\.\\.(-?\\d{1,9})").matcher(w.length == 2 ? w[1] : "");
        Valuations.Domain d = null;
        if (w.length == 2 && w[1].equals("bool")) {
            d = Valuations.Domain.BOOL;
        } else if (range.matches() && Integer.parseInt(range.group(1)) <= Integer.parseInt(range.group(2))) {
            d = new Valuations.Domain(false, Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
        }
        if (d == null || !w[0].matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new Failure(new Diagnostic(at(i, raw.indexOf(VARIABLE_COMMENT) + 1), DiagnosticCode.STATE_VALUATIONS,
                    "cannot read this declaration; write '// " + VARIABLE_COMMENT + " NAME LO..HI' or '// " + VARIABLE_COMMENT
                    + " NAME bool'"));
        }
        if (declared.put(w[0], d) != null) {
            throw new Failure(new Diagnostic(at(i, raw.indexOf(VARIABLE_COMMENT) + 1), DiagnosticCode.STATE_VALUATIONS,
                    "variable " + w[0] + " is declared twice"));
        }
        declaredAt.put(w[0], at(i, raw.indexOf(VARIABLE_COMMENT) + 1));
    }

    private int chooseReward(List<String> models) {
        if (rewardModel.isEmpty()) {
            return models.isEmpty() ? -1 : 0;
        }
        int k = models.indexOf(rewardModel.get());
        if (k < 0) {
            errors.add(new Diagnostic(rewardPos, DiagnosticCode.PRISM_REWARD, "the DRN file " + file.getFileName()
                    + " has no reward model \"" + rewardModel.get() + "\""
                    + (models.isEmpty() ? "" : "; it has " + String.join(", ", models))));
            return -1;
        }
        return k;
    }

    private int number(List<String> lines, int i, String what) {
        try {
            return Integer.parseInt(strip(lines.get(i)));
        } catch (RuntimeException e) {
            throw fail(Math.min(i, lines.size() - 1), what + " must be followed by a line with a whole number");
        }
    }

    private List<RawState> states(List<String> lines, int start, int rewardModels, int reward) {
        List<RawState> states = new ArrayList<>();
        RawState current = null;
        String action = null;
        BigFraction actionReward = null;
        Map<Integer, BigFraction> targets = null;
        SourcePos actionPos = null;
        for (int i = start; i <= lines.size(); i++) {
            String line = i < lines.size() ? strip(lines.get(i)) : "state";
            if (line.isEmpty()) {
                String raw = i < lines.size() ? lines.get(i).trim() : "";
                if (current != null && action == null && current.choices().isEmpty() && current.valuation == null
                        && current.valuationError == null && raw.startsWith("//[")) {
                    valuation(lines.get(i), i, current);
                }
                continue;
            }
            if ((line.startsWith("state") || line.startsWith("action")) && action != null) {
                current.choices().add(new Choice(action, actionReward, targets, actionPos));
                action = null;
            }
            if (i == lines.size()) {
                break;
            }
            List<String> words = words(line);
            if (words.get(0).equals("state")) {
                int id = whole(words, 1, i, "a state id");
                if (id != states.size()) {
                    throw fail(i, "state ids must count up from 0 in order; expected " + states.size() + ", not " + id);
                }
                int w = 2;
                List<BigFraction> rewards = new ArrayList<>();
                if (w < words.size() && words.get(w).startsWith("{")) {
                    throw fail(i, "observations {...} belong to POMDPs; mincirc's observations are the 'code=' labels");
                }
                if (w < words.size() && words.get(w).startsWith("[")) {
                    rewards = rewards(words.get(w), rewardModels, i);
                    w++;
                }
                if (w < words.size() && words.get(w).startsWith("!")) {
                    throw fail(i, "exit rates belong to continuous-time models, which mincirc does not read");
                }
                List<String> labels = new ArrayList<>();
                for (String label : words.subList(w, words.size())) {
                    labels.add(label.startsWith("\"") ? label.substring(1, label.length() - 1) : label);
                }
                current = new RawState(id, rewards, labels, new ArrayList<>(), at(i, 1));
                states.add(current);
            } else if (words.get(0).equals("action")) {
                if (current == null) {
                    throw fail(i, "an action before the first state");
                }
                if (words.size() < 2) {
                    throw fail(i, "an action needs a name");
                }
                action = words.get(1);
                actionPos = at(i, 1);
                actionReward = BigFraction.ZERO;
                if (words.size() > 2 && words.get(2).startsWith("[")) {
                    List<BigFraction> rs = rewards(words.get(2), rewardModels, i);
                    if (reward >= 0) {
                        actionReward = rs.get(reward);
                    }
                }
                targets = new LinkedHashMap<>();
            } else if (action != null && words.size() == 3 && words.get(1).equals(":")) {
                int target = whole(words, 0, i, "a successor state id");
                BigFraction p = value(words.get(2), i);
                if (p.signum() <= 0 || p.compareTo(BigFraction.ONE) > 0) {
                    throw new Failure(new Diagnostic(at(i, 1), DiagnosticCode.PROBABILITY_RANGE, "probability "
                            + Rationals.format(p) + " must be greater than 0 and at most 1"));
                }
                targets.merge(target, p, BigFraction::add);
            } else {
                throw fail(i, "unexpected line '" + line + "'; expected 'state ID ...', 'action NAME [r]' or 'TARGET : P'");
            }
        }
        if (reward >= 0) {
            for (RawState s : states) {
                if (!s.rewards().isEmpty()) {
                    BigFraction stateReward = s.rewards().get(reward);
                    s.choices().replaceAll(c -> new Choice(c.action(), c.reward().add(stateReward), c.targets(), c.pos()));
                }
            }
        }
        return states;
    }

    /** Reads Storm's pretty valuation {@code //[x=3\t& b\t& !c]}; an unreadable one is kept as an error for observe. */
    private void valuation(String raw, int i, RawState state) {
        int open = raw.indexOf("//[") + 3;
        int close = raw.lastIndexOf(']');
        if (close < open) {
            state.valuationError = new Diagnostic(at(i, open), DiagnosticCode.STATE_VALUATIONS, "the valuation of state "
                    + state.id() + " has no closing ']'");
            return;
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        String inner = raw.substring(open, close);
        if (!inner.isBlank()) {
            int from = 0;
            for (String part : inner.split("&", -1)) {
                int lead = part.length() - part.stripLeading().length();
                int col = open + from + lead + 1;
                from += part.length() + 1;
                String entry = part.trim();
                String name;
                String value;
                int valueCol = col;
                int eq = entry.indexOf('=');
                if (eq >= 0) {
                    name = entry.substring(0, eq).trim();
                    value = entry.substring(eq + 1).trim();
                    valueCol = col + eq + 1 + (entry.substring(eq + 1).length() - entry.substring(eq + 1).stripLeading().length());
                } else if (entry.startsWith("!")) {
                    name = entry.substring(1).trim();
                    value = "false";
                } else {
                    name = entry;
                    value = "true";
                }
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*") || value.isEmpty() || value.matches(".*\\s.*")) {
                    state.valuationError = new Diagnostic(at(i, col), DiagnosticCode.STATE_VALUATIONS, "cannot read '" + entry
                            + "' in the valuation of state " + state.id() + "; Storm writes 'x=3', 'b' (true) or '!b' (false), "
                            + "separated by '&'");
                    return;
                }
                if (names.contains(name)) {
                    state.valuationError = new Diagnostic(at(i, col), DiagnosticCode.STATE_VALUATIONS, "the valuation of state "
                            + state.id() + " gives variable " + name + " twice");
                    return;
                }
                names.add(name);
                values.add(value);
                cols.add(valueCol);
            }
        }
        state.valuation = new Valuation(names, values, cols, i);
    }

    /**
     * The valuations of the states kept (the sink left out), when every one has the same
     * variables; with {@code observe} anything less is an error.
     */
    private Optional<Valuations> valuations(List<RawState> kept) {
        boolean needed = !observe.isEmpty();
        if (kept.stream().noneMatch(s -> s.valuation != null || s.valuationError != null)) {
            if (needed) {
                throw new Failure(new Diagnostic(observe.get(0).pos(), DiagnosticCode.STATE_VALUATIONS, "the DRN file "
                        + file.getFileName() + " carries no state valuations, so there are no variables to observe; Storm "
                        + "writes them as a comment '//[x=0 & y=1]' after each state line (storm --buildstateval "
                        + "--exportbuild), or leave out 'observe' and give each state a \"code=...\" label"));
            }
            return Optional.empty();
        }
        List<String> names = null;
        List<List<String>> rows = new ArrayList<>();
        for (RawState s : kept) {
            Diagnostic problem = s.valuationError;
            if (problem == null && s.valuation == null) {
                problem = new Diagnostic(s.pos(), DiagnosticCode.STATE_VALUATIONS, "state " + s.id() + " has no valuation; "
                        + "with 'observe' every state needs the comment '//[x=0 & y=1]' on the line after it");
            }
            if (problem == null && names != null && !new java.util.HashSet<>(names).equals(new java.util.HashSet<>(s.valuation.names()))) {
                problem = new Diagnostic(at(s.valuation.line(), 1), DiagnosticCode.STATE_VALUATIONS, "the valuation of state "
                        + s.id() + " has the variables " + String.join(", ", s.valuation.names()) + ", but the first state's are "
                        + String.join(", ", names));
            }
            if (problem != null) {
                if (needed) {
                    throw new Failure(problem);
                }
                return Optional.empty();
            }
            if (names == null) {
                names = s.valuation.names();
            }
            List<String> row = new ArrayList<>();
            for (String n : names) {
                row.add(s.valuation.values().get(s.valuation.names().indexOf(n)));
            }
            rows.add(row);
        }
        for (String d : declared.keySet()) {
            if (!names.contains(d)) {
                if (needed) {
                    throw new Failure(new Diagnostic(declaredAt.get(d), DiagnosticCode.STATE_VALUATIONS, "the header declares "
                            + "variable " + d + ", which the state valuations do not have (they have " + String.join(", ", names) + ")"));
                }
                return Optional.empty();
            }
        }
        return Optional.of(new Valuations(names, rows, ObservedCodes.domains(names, rows, declared)));
    }

    private Built build(List<RawState> raw) {
        int sink = -1;
        for (RawState s : raw) {
            if (s.labels().contains(DrnWriter.STOP_LABEL)) {
                sink = s.id();
            }
        }
        int[] index = new int[raw.size()];
        int kept = 0;
        for (RawState s : raw) {
            index[s.id()] = s.id() == sink ? Successor.STOP : kept++;
        }
        Map<String, List<Integer>> sets = new LinkedHashMap<>();
        List<State> states = new ArrayList<>();
        List<Integer> initLabelled = new ArrayList<>();
        Map<Integer, BigFraction> p0 = new HashMap<>();
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<RawState> keptStates = new ArrayList<>();
        for (RawState s : raw) {
            if (s.id() != sink) {
                keptStates.add(s);
            }
        }
        Optional<Valuations> valuations = valuations(keptStates);
        int[] observed = null;
        if (!observe.isEmpty()) {
            observed = ObservedCodes.codes(valuations.orElseThrow(), declared, observe, iface, new ObservedCodes.Where() {
                @Override
                public SourcePos at(int row, int variable) {
                    Valuation v = keptStates.get(row).valuation;
                    String name = valuations.get().variables().get(variable);
                    return DrnReader.this.at(v.line(), v.cols().get(v.names().indexOf(name)));
                }

                @Override
                public int stateId(int row) {
                    return keptStates.get(row).id();
                }
            }, "the DRN file " + file.getFileName());
        }
        for (RawState s : raw) {
            if (s.id() == sink) {
                continue;
            }
            String code = observed == null ? null : iface.formatCode(observed[index[s.id()]]);
            String name = "s" + s.id();
            for (String label : s.labels()) {
                if (label.equals("init")) {
                    initLabelled.add(index[s.id()]);
                } else if (label.startsWith("p0=")) {
                    p0.put(index[s.id()], value(label.substring(3), s.pos().line() - 1));
                } else if (label.startsWith("code=")) {
                    if (observed == null) {
                        code = label.substring(5);
                    }
                } else if (label.startsWith("name=")) {
                    name = label.substring(5);
                } else {
                    sets.computeIfAbsent(label, k -> new ArrayList<>()).add(index[s.id()]);
                }
            }
            if (code == null) {
                throw new Failure(new Diagnostic(s.pos(), DiagnosticCode.DRN_FORMAT, "state " + s.id() + " has no \"code=...\" "
                        + "label; mincirc needs each state's code (" + iface.inputCount() + " digit"
                        + (iface.inputCount() == 1 ? "" : "s") + " 0/1, one per input)"));
            }
            if (!code.matches("[01]*") || code.length() != iface.inputCount()) {
                throw new Failure(new Diagnostic(s.pos(), DiagnosticCode.CODE_LENGTH, "code " + code + " of state " + s.id()
                        + " must have " + iface.inputCount() + " digits 0/1, one per input ("
                        + String.join(" ", iface.inputs()) + ")"));
            }
            if (s.choices().isEmpty()) {
                throw new Failure(new Diagnostic(s.pos(), DiagnosticCode.NO_ACTIONS, "state " + s.id() + " has no actions"));
            }
            codes.add(code);
            names.add(name);
        }
        for (RawState s : raw) {
            if (s.id() == sink) {
                continue;
            }
            int k = index[s.id()];
            BigFraction init = p0.isEmpty()
                    ? (initLabelled.contains(k) ? BigFraction.of(1, initLabelled.size()) : BigFraction.ZERO)
                    : p0.getOrDefault(k, BigFraction.ZERO);
            List<Transition> transitions = new ArrayList<>();
            for (Choice c : s.choices()) {
                Optional<Action> action = iface.action(c.action());
                if (action.isEmpty()) {
                    throw new Failure(new Diagnostic(c.pos(), DiagnosticCode.UNKNOWN_ACTION, "action " + c.action()
                            + " is not an action of the interface; DRN action names are the interface's actions by name"));
                }
                BigFraction sum = BigFraction.ZERO;
                List<Successor> successors = new ArrayList<>();
                for (Map.Entry<Integer, BigFraction> t : c.targets().entrySet()) {
                    if (t.getKey() < 0 || t.getKey() >= raw.size()) {
                        throw new Failure(new Diagnostic(c.pos(), DiagnosticCode.DRN_FORMAT, "action " + c.action()
                                + " of state " + s.id() + " leads to state " + t.getKey() + ", which does not exist"));
                    }
                    sum = sum.add(t.getValue());
                    successors.add(new Successor(index[t.getKey()], t.getValue()));
                }
                if (sum.compareTo(BigFraction.ONE) != 0) {
                    throw new Failure(new Diagnostic(c.pos(), DiagnosticCode.PROBABILITY_SUM, "probabilities of action "
                            + c.action() + " in state " + s.id() + " sum to " + Rationals.format(sum) + ", not 1"));
                }
                transitions.add(new Transition(action.get(), c.reward(), successors, c.pos()));
            }
            states.add(new State(names.get(k), Interface.parseCode(codes.get(k)), init, transitions, s.pos()));
        }
        BigFraction total = states.stream().map(State::init).reduce(BigFraction.ZERO, BigFraction::add);
        if (total.compareTo(BigFraction.ONE) != 0) {
            throw new Failure(new Diagnostic(at(0, 1), DiagnosticCode.INIT_SUM, "initial probabilities of the DRN file sum to "
                    + Rationals.format(total) + ", not 1; label the initial states 'init' (or give \"p0=q\" labels)"));
        }
        return new Built(states, sets, valuations);
    }

    private List<BigFraction> rewards(String bracket, int models, int line) {
        if (!bracket.endsWith("]")) {
            throw fail(line, "rewards are written [r1,r2,...] without spaces");
        }
        String inner = bracket.substring(1, bracket.length() - 1);
        List<BigFraction> values = new ArrayList<>();
        for (String v : inner.split(",")) {
            values.add(value(v.trim(), line));
        }
        if (values.size() != models) {
            throw fail(line, "this line gives " + values.size() + " rewards, but @reward_models names " + models);
        }
        return values;
    }

    private BigFraction value(String text, int line) {
        try {
            return Rationals.parse(text);
        } catch (RuntimeException e) {
            throw fail(line, "cannot read the number " + text + "; write an exact rational such as 1/3 or 0.25");
        }
    }

    private int whole(List<String> words, int k, int line, String what) {
        try {
            return Integer.parseInt(words.get(k));
        } catch (RuntimeException e) {
            throw fail(line, "expected " + what + " here");
        }
    }

    private static String strip(String line) {
        int comment = line.indexOf("//");
        return (comment >= 0 ? line.substring(0, comment) : line).trim();
    }

    /** Words split on blanks, keeping a quoted label together. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"[^\"]*\"|\\S+").matcher(line);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
