package org.mincirc.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mincirc.lang.antlr.MdpParser.IdentContext;
import org.mincirc.lang.antlr.MdpParser.QnameContext;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.StateRef;
import org.mincirc.model.StateSet;
import org.mincirc.model.Target;

/**
 * Qualified names outside an mdp: the first component names the mdp, the rest (joined with
 * '.') the state or set, so {@code M.Easy.s0} is state {@code Easy.s0} of union mdp M.
 */
final class StateNames {
    private final Reporter reporter;
    private final Tasks tasks;

    StateNames(Reporter reporter, Tasks tasks) {
        this.reporter = reporter;
        this.tasks = tasks;
    }

    static List<String> parts(QnameContext q) {
        return q.ident().stream().map(IdentContext::getText).toList();
    }

    /** A fixed state {@code Mdp.state}; a bare name is reported with the qualified forms it may mean. */
    Optional<StateRef> state(QnameContext q) {
        List<String> parts = parts(q);
        SourcePos pos = reporter.at(q);
        if (parts.size() == 1) {
            reporter.error(pos, DiagnosticCode.UNKNOWN_STATE, bareState(parts.get(0)));
            return Optional.empty();
        }
        Optional<Mdp> mdp = mdpOf(parts.get(0), q.getText(), pos);
        if (mdp.isEmpty()) {
            return Optional.empty();
        }
        String rest = String.join(".", parts.subList(1, parts.size()));
        Optional<StateRef> ref = mdp.get().ref(rest);
        if (ref.isEmpty()) {
            List<String> inBlocks = mdp.get().states().stream().map(s -> s.name())
                    .filter(n -> n.endsWith("." + rest)).map(n -> mdp.get().name() + "." + n).toList();
            String hint = inBlocks.isEmpty() ? ""
                    : "; states of a union are named Member.state, e.g. " + String.join(" or ", inBlocks);
            reporter.error(pos, DiagnosticCode.UNKNOWN_STATE, "mdp " + mdp.get().name() + " has no state " + rest + hint);
        }
        return ref;
    }

    /** Message for a bare state name where a qualified one is needed. */
    String bareState(String name) {
        List<String> candidates = qualifiedCandidates(name);
        if (candidates.isEmpty()) {
            return "unknown state " + name + "; name a state as Mdp.state";
        }
        return "unknown state " + name + "; outside its mdp a state is named with its mdp, e.g. "
                + String.join(" or ", candidates);
    }

    List<String> qualifiedCandidates(String state) {
        List<String> result = new ArrayList<>();
        for (Mdp m : tasks.mdps()) {
            m.ref(state).ifPresent(r -> result.add(r.qualifiedName()));
        }
        return result;
    }

    /** A quantifier domain: an mdp (all its states) or {@code Mdp.set}. */
    Optional<StateSet> namedSet(QnameContext q) {
        List<String> parts = parts(q);
        SourcePos pos = reporter.at(q);
        if (parts.size() == 1) {
            Optional<Target> t = tasks.target(parts.get(0), pos);
            if (t.isPresent() && t.get() instanceof Mdp mdp) {
                return Optional.of(new StateSet(mdp.name(), mdp.refs()));
            }
            if (t.isPresent() && t.get() instanceof Family f) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_SET, f.name()
                        + " is a family; quantify over one of its mdps, or over a member set of its union mdp");
            } else if (!tasks.isDeclared(parts.get(0))) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_SET, "unknown set " + parts.get(0)
                        + "; a set is an mdp name, Mdp.set, or a list { Mdp.s0, ... }");
            }
            return Optional.empty();
        }
        Optional<Mdp> mdp = mdpOf(parts.get(0), q.getText(), pos);
        if (mdp.isEmpty()) {
            return Optional.empty();
        }
        String rest = String.join(".", parts.subList(1, parts.size()));
        List<Integer> indices = mdp.get().sets().get(rest);
        if (indices == null) {
            String hint = mdp.get().indexOf(rest).isPresent()
                    ? "; " + rest + " is a state, write { " + q.getText() + " } for a set of one state" : "";
            reporter.error(pos, DiagnosticCode.UNKNOWN_SET, "mdp " + mdp.get().name() + " has no set " + rest + hint);
            return Optional.empty();
        }
        List<StateRef> refs = indices.stream().map(i -> new StateRef(mdp.get(), i)).toList();
        return Optional.of(new StateSet(q.getText(), refs));
    }

    private Optional<Mdp> mdpOf(String name, String whole, SourcePos pos) {
        Optional<Target> t = tasks.target(name, pos);
        if (t.isPresent() && t.get() instanceof Mdp mdp) {
            return Optional.of(mdp);
        }
        if (t.isPresent()) {
            reporter.error(pos, DiagnosticCode.UNKNOWN_MDP, name + " in " + whole
                    + " is a family; name a state or set of one of its mdps or of its union mdp");
        } else if (!tasks.isDeclared(name)) {
            reporter.error(pos, DiagnosticCode.UNKNOWN_MDP, "unknown mdp " + name + " in " + whole);
        }
        return Optional.empty();
    }
}
