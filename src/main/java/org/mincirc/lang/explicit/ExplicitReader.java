package org.mincirc.lang.explicit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.Rationals;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * Reads an mdp from PRISM explicit files named by their {@code .tra} file: {@code BASE.tra}
 * (required), {@code BASE.sta} (required: the codes), {@code BASE.lab}, {@code BASE.srew},
 * {@code BASE.trew} and mincirc's {@code BASE.mincirc} (each optional). The state labelled
 * {@value Layout#STOP_LABEL} (or named by {@code stop} in the .mincirc file) is the end of the
 * episode; names and initial probabilities come from the .mincirc file, else states are named
 * {@code s<id>} and the states labelled {@code "init"} share probability 1 (without a .lab file:
 * state 0, as in PRISM); r(x, a) is the state reward of x plus the transition reward of the choice.
 */
public final class ExplicitReader {
    /** The states and sets read, or the diagnostics. */
    public record Result(Optional<Built> built, List<Diagnostic> diagnostics) {}

    public record Built(List<State> states, Map<String, List<Integer>> sets) {}

    private final Interface iface;
    private final List<Diagnostic> errors = new ArrayList<>();

    private ExplicitReader(Interface iface) {
        this.iface = iface;
    }

    /** Reads the files of {@code tra}; {@code fileRef} is where the .mdp file names it. */
    public static Result read(Path tra, SourcePos fileRef, Interface iface, Optional<String> rewardModel, SourcePos rewardPos) {
        ExplicitReader reader = new ExplicitReader(iface);
        Optional<Built> built = Optional.empty();
        try {
            built = reader.parse(tra, fileRef, rewardModel, rewardPos);
        } catch (Lines.Failure f) {
            reader.errors.add(f.diagnostic);
        }
        return new Result(reader.errors.isEmpty() ? built : Optional.empty(), List.copyOf(reader.errors));
    }

    private static Path sibling(Path tra, String ext) {
        String name = tra.getFileName().toString();
        String base = name.endsWith(".tra") ? name.substring(0, name.length() - 4) : name;
        return tra.resolveSibling(base + "." + ext);
    }

    private Optional<Lines> open(Path file, SourcePos fileRef) {
        try {
            return Lines.readIfPresent(file);
        } catch (IOException | RuntimeException e) {
            throw new Lines.Failure(new Diagnostic(fileRef, DiagnosticCode.EXPLICIT_FILES, "the file " + file.getFileName()
                    + " cannot be read (" + e.getMessage() + ")"));
        }
    }

    private Optional<Built> parse(Path traPath, SourcePos fileRef, Optional<String> rewardModel, SourcePos rewardPos) {
        Optional<Lines> traFile = open(traPath, fileRef);
        if (traFile.isEmpty()) {
            throw new Lines.Failure(new Diagnostic(fileRef, DiagnosticCode.PRISM_FILE, "transitions file "
                    + traPath.getFileName() + " does not exist; the path is relative to the .mdp file"));
        }
        TransitionsFile.Tra tra = TransitionsFile.transitions(traFile.get());
        Path staPath = sibling(traPath, "sta");
        Lines sta = open(staPath, fileRef).orElseThrow(() -> new Lines.Failure(new Diagnostic(fileRef,
                DiagnosticCode.EXPLICIT_FILES, "the states file " + staPath.getFileName() + " is missing; mincirc reads each "
                + "state's code from it (its variables are the interface's inputs)")));
        int[] codes = StatesFile.codes(sta, tra.states(), iface);
        Map<String, List<Integer>> labels = open(sibling(traPath, "lab"), fileRef)
                .map(l -> LabelsFile.labels(l, tra.states())).orElse(Map.of());
        SideFile side = open(sibling(traPath, "mincirc"), fileRef).map(l -> SideFile.read(l, tra.states())).orElse(SideFile.empty());
        Optional<Lines> srew = open(sibling(traPath, "srew"), fileRef);
        Optional<Lines> trew = open(sibling(traPath, "trew"), fileRef);
        checkRewardName(rewardModel, rewardPos, srew, trew, traPath);
        Map<Integer, BigFraction> stateRewards = srew.map(l -> RewardsFiles.stateRewards(l, tra.states())).orElse(Map.of());
        Map<Integer, Map<Integer, BigFraction>> choiceRewards = trew.map(l -> TransitionsFile.rewards(l, tra)).orElse(Map.of());

        int sink = labels.getOrDefault(Layout.STOP_LABEL, List.of()).stream().findFirst().orElse(side.stop().orElse(-1));
        int[] index = new int[tra.states()];
        int kept = 0;
        for (int i = 0; i < tra.states(); i++) {
            index[i] = i == sink ? Successor.STOP : kept++;
        }
        List<BigFraction> inits = inits(tra.states(), sink, labels, side, traFile.get());
        List<State> states = new ArrayList<>();
        for (int i = 0; i < tra.states(); i++) {
            if (i == sink) {
                continue;
            }
            SourcePos pos = traFile.get().at(1, 1);
            if (tra.choices().get(i).isEmpty()) {
                throw traFile.get().failAtEnd(DiagnosticCode.NO_ACTIONS, "state " + i + " has no choices; every state but the "
                        + "end-of-episode state (labelled " + Layout.STOP_LABEL + ") needs at least one");
            }
            List<Transition> transitions = new ArrayList<>();
            Set<String> actions = new HashSet<>();
            List<TransitionsFile.Choice> choices = tra.choices().get(i);
            for (int k = 0; k < choices.size(); k++) {
                TransitionsFile.Choice c = choices.get(k);
                SourcePos at = traFile.get().at(c.line().number(), c.line().word(4).col());
                if (k == 0) {
                    pos = traFile.get().at(c.line().number(), 1);
                }
                Action action = iface.action(c.action()).orElseThrow(() -> new Lines.Failure(new Diagnostic(at,
                        DiagnosticCode.UNKNOWN_ACTION, "action " + c.action() + " is not an action of the interface ("
                        + String.join(", ", iface.actions().stream().map(Action::name).toList()) + ")")));
                if (!actions.add(c.action())) {
                    throw new Lines.Failure(new Diagnostic(at, DiagnosticCode.DUPLICATE_ACTION, "state " + i + " has two choices "
                            + "labelled " + c.action() + "; a state offers each action at most once"));
                }
                BigFraction reward = stateRewards.getOrDefault(i, BigFraction.ZERO)
                        .add(choiceRewards.getOrDefault(i, Map.of()).getOrDefault(k, BigFraction.ZERO));
                List<Successor> successors = new ArrayList<>();
                c.targets().forEach((j, p) -> successors.add(new Successor(index[j], p)));
                transitions.add(new Transition(action, reward, successors, at));
            }
            String name = side.names().getOrDefault(i, "s" + i);
            states.add(new State(name, codes[i], inits.get(index[i]), transitions, pos));
        }
        Map<String, List<Integer>> sets = new LinkedHashMap<>();
        labels.forEach((label, ids) -> {
            if (!label.equals("init") && !label.equals("deadlock") && !label.equals(Layout.STOP_LABEL)) {
                sets.put(label, ids.stream().filter(id -> id != sink).map(id -> index[id]).toList());
            }
        });
        return Optional.of(new Built(states, sets));
    }

    /** Initial probabilities by kept index: the .mincirc file's, else uniform on "init", else state 0. */
    private List<BigFraction> inits(int states, int sink, Map<String, List<Integer>> labels, SideFile side, Lines tra) {
        Set<Integer> initial = new HashSet<>(side.inits().isEmpty()
                ? labels.getOrDefault("init", labels.isEmpty() ? List.of(0) : List.of()) : side.inits().keySet());
        List<BigFraction> inits = new ArrayList<>();
        BigFraction total = BigFraction.ZERO;
        for (int i = 0; i < states; i++) {
            if (i == sink) {
                continue;
            }
            BigFraction p = side.inits().isEmpty()
                    ? (initial.contains(i) ? BigFraction.of(1, initial.size()) : BigFraction.ZERO)
                    : side.inits().getOrDefault(i, BigFraction.ZERO);
            inits.add(p);
            total = total.add(p);
        }
        if (total.compareTo(BigFraction.ONE) != 0) {
            throw tra.fail(1, 1, DiagnosticCode.INIT_SUM, "initial probabilities sum to " + Rationals.format(total)
                    + ", not 1; label the initial states \"init\" in the .lab file (or give 'init q' in the .mincirc file)");
        }
        return inits;
    }

    private void checkRewardName(Optional<String> wanted, SourcePos at, Optional<Lines> srew, Optional<Lines> trew, Path tra) {
        if (wanted.isEmpty()) {
            return;
        }
        if (srew.isEmpty() && trew.isEmpty()) {
            throw new Lines.Failure(new Diagnostic(at, DiagnosticCode.PRISM_REWARD, "there are no reward files "
                    + sibling(tra, "srew").getFileName() + " or " + sibling(tra, "trew").getFileName()
                    + " for reward \"" + wanted.get() + "\""));
        }
        for (Optional<Lines> f : List.of(srew, trew)) {
            Optional<String> name = f.flatMap(RewardsFiles::name);
            if (name.isPresent() && !name.get().equals(wanted.get())) {
                throw new Lines.Failure(new Diagnostic(at, DiagnosticCode.PRISM_REWARD, "the reward file "
                        + f.get().file().getFileName() + " holds reward structure \"" + name.get() + "\", not \"" + wanted.get() + "\""));
            }
        }
    }
}
