package org.mincirc.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.ActionLineContext;
import org.mincirc.lang.antlr.MdpParser.IdentContext;
import org.mincirc.lang.antlr.MdpParser.MdpDeclContext;
import org.mincirc.lang.antlr.MdpParser.StateItemContext;
import org.mincirc.lang.antlr.MdpParser.SuccessorNameContext;
import org.mincirc.model.Action;
import org.mincirc.model.EndComponents;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * Builds one declared (non-union) mdp and checks it: horizon, discount, codes, the init
 * distribution, every transition distribution, actions and sets. An mdp with errors is still
 * built, leaving out what is broken, so that references to it do not cascade into more errors.
 */
final class MdpBuilder {
    private final Reporter reporter;
    private final Interface iface;
    private final boolean checkCodes;
    private final Arithmetic arithmetic;
    /** The instance's name (Grid_N3) when building an instance of a parametrised mdp, else null. */
    private final String instanceName;

    MdpBuilder(Reporter reporter, Interface iface, boolean checkCodes) {
        this(reporter, iface, checkCodes, Map.of(), null);
    }

    private MdpBuilder(Reporter reporter, Interface iface, boolean checkCodes, Map<String, BigFraction> env,
                       String instanceName) {
        this.reporter = reporter;
        this.iface = iface;
        this.checkCodes = checkCodes;
        this.arithmetic = new Arithmetic(reporter, env);
        this.instanceName = instanceName;
    }

    /** A builder for one instance: its parameter values, its name, errors noting the instance. */
    MdpBuilder instance(Map<String, BigFraction> env, String name) {
        return new MdpBuilder(reporter.noting(" (in instance " + name + ")"), iface, checkCodes, env, name);
    }

    Reporter reporter() {
        return reporter;
    }

    Arithmetic arithmetic() {
        return arithmetic;
    }

    Mdp build(MdpDeclContext ctx) {
        String name = instanceName != null ? instanceName : ctx.ident().getText();
        SourcePos namePos = reporter.at(ctx.ident());
        OptionalInt horizon = OptionalInt.empty();
        BigFraction discount = BigFraction.ONE;
        boolean haveHorizon = false;
        boolean haveDiscount = false;
        List<StateItemContext> stateItems = new ArrayList<>();
        List<MdpParser.SetItemContext> setItems = new ArrayList<>();
        for (MdpParser.MdpItemContext item : ctx.mdpBody().mdpItem()) {
            if (item instanceof MdpParser.HorizonItemContext h) {
                if (haveHorizon) {
                    duplicateClause(h, "horizon", name);
                    continue;
                }
                haveHorizon = true;
                horizon = horizon(h.quantity());
            } else if (item instanceof MdpParser.DiscountItemContext d) {
                if (haveDiscount) {
                    duplicateClause(d, "discount", name);
                    continue;
                }
                haveDiscount = true;
                discount = discount(d.quantity());
            } else if (item instanceof StateItemContext s) {
                stateItems.add(s);
            } else if (item instanceof MdpParser.SetItemContext s) {
                setItems.add(s);
            }
        }

        // First the names, so successors may point forward.
        Map<String, Integer> index = new LinkedHashMap<>();
        List<StateItemContext> kept = new ArrayList<>();
        for (StateItemContext s : stateItems) {
            String stateName = s.ident().getText();
            if (index.containsKey(stateName)) {
                reporter.error(reporter.at(s.ident()), DiagnosticCode.DUPLICATE_NAME,
                        "state " + stateName + " is already declared in mdp " + name + " at "
                                + Reporter.where(reporter.at(kept.get(index.get(stateName)).ident())));
                continue;
            }
            index.put(stateName, kept.size());
            kept.add(s);
        }
        if (kept.isEmpty()) {
            reporter.error(namePos, DiagnosticCode.NO_STATES,
                    "mdp " + name + " has no states; declare at least one 'state NAME { ... }'");
        }

        List<State> states = new ArrayList<>();
        BigFraction initSum = BigFraction.ZERO;
        for (int i = 0; i < kept.size(); i++) {
            StateItemContext s = kept.get(i);
            int row = code(s, i);
            BigFraction init = init(s);
            initSum = initSum.add(init);
            states.add(new State(s.ident().getText(), row, init, transitions(s, name, index), reporter.at(s.ident())));
        }
        if (!kept.isEmpty() && initSum.compareTo(BigFraction.ONE) != 0) {
            reporter.error(namePos, DiagnosticCode.INIT_SUM,
                    "initial probabilities of mdp " + name + " sum to " + Numbers.text(initSum)
                            + ", not 1; give the states 'init q' weights that add up to 1");
        }
        Mdp mdp = new Mdp(name, horizon, discount, states, sets(setItems, name, index), reporter.at(ctx.ident()));
        checkStops(mdp, haveHorizon);
        return mdp;
    }

    /**
     * No horizon and discount 1 is allowed when every policy stops with probability 1, i.e. the
     * mdp has no end component ({@link EndComponents}); otherwise the error names a loop.
     */
    void checkStops(Mdp mdp, boolean haveHorizon) {
        if (haveHorizon || mdp.discount().compareTo(BigFraction.ONE) != 0) {
            return;
        }
        EndComponents.find(mdp).ifPresent(loop -> reporter.error(mdp.pos(), DiagnosticCode.INFINITE_HORIZON_UNDISCOUNTED,
                "mdp " + mdp.name() + " has no horizon and discount 1, but a policy can keep an episode going forever: "
                        + loopText(mdp, loop) + "; add 'horizon H;', a discount below 1, or a way to stop from these states"));
    }

    /** "from state s3, choosing left in s3 and right in s4 never stops", at most six states spelled out. */
    static String loopText(Mdp mdp, EndComponents.Loop loop) {
        List<String> choices = new ArrayList<>();
        int shown = Math.min(loop.states().size(), 6);
        for (int i = 0; i < shown; i++) {
            choices.add(loop.actions().get(i).name() + " in " + mdp.state(loop.states().get(i)).name());
        }
        String list = choices.size() == 1 ? choices.get(0)
                : String.join(", ", choices.subList(0, choices.size() - 1)) + " and " + choices.get(choices.size() - 1);
        if (loop.states().size() > shown) {
            list += " (and one of its actions in each of " + (loop.states().size() - shown) + " more states)";
        }
        return "from state " + mdp.state(loop.states().get(0)).name() + ", choosing " + list + " never stops";
    }

    private void duplicateClause(MdpParser.MdpItemContext item, String what, String mdp) {
        reporter.error(reporter.at(item), DiagnosticCode.DUPLICATE_CLAUSE,
                "mdp " + mdp + " gives its " + what + " twice; keep one");
    }

    OptionalInt horizon(MdpParser.QuantityContext number) {
        BigFraction q = arithmetic.value(number);
        if (!Numbers.fitsInt(q) || q.signum() <= 0) {
            reporter.error(reporter.at(number), DiagnosticCode.HORIZON_RANGE,
                    "horizon must be a whole number of steps, at least 1, not " + number.getText()
                            + "; leave it out for an infinite horizon");
            return OptionalInt.empty();
        }
        return OptionalInt.of(Numbers.intValue(q));
    }

    BigFraction discount(MdpParser.QuantityContext number) {
        BigFraction q = arithmetic.value(number);
        if (q.signum() < 0 || q.compareTo(BigFraction.ONE) > 0) {
            reporter.error(reporter.at(number), DiagnosticCode.DISCOUNT_RANGE,
                    "discount must be between 0 and 1, not " + Numbers.text(q));
            return BigFraction.of(1, 2); // a legal stand-in, so no infinite-horizon error follows
        }
        return q;
    }

    private int code(StateItemContext s, int index) {
        List<MdpParser.CodeAttrContext> codes = s.stateAttr().stream()
                .filter(MdpParser.CodeAttrContext.class::isInstance)
                .map(MdpParser.CodeAttrContext.class::cast).toList();
        String state = s.ident().getText();
        if (iface.implicit()) {
            if (!codes.isEmpty() && checkCodes) {
                reporter.error(reporter.at(codes.get(0)), DiagnosticCode.CODE_WITHOUT_INTERFACE,
                        "state " + state + " writes a code, but the file has no interface block; remove the code "
                                + "(states are then coded by their position) or declare an interface");
            }
            return InterfaceBuilder.defaultRow(index, iface.inputCount());
        }
        if (codes.isEmpty()) {
            reporter.error(reporter.at(s.ident()), DiagnosticCode.MISSING_CODE,
                    "state " + state + " has no code; write 'code' and " + iface.inputCount()
                            + " digits 0/1, one per input (" + String.join(" ", iface.inputs()) + ")");
            return 0;
        }
        for (MdpParser.CodeAttrContext extra : codes.subList(1, codes.size())) {
            reporter.error(reporter.at(extra), DiagnosticCode.DUPLICATE_CLAUSE,
                    "state " + state + " gives its code twice; keep one");
        }
        Optional<String> written = digits(codes.get(0));
        if (written.isEmpty()) {
            return 0;
        }
        String digits = written.get();
        SourcePos pos = reporter.at(codes.get(0).codePart(0));
        if (!digits.matches("[01]+")) {
            reporter.error(pos, DiagnosticCode.CODE_DIGITS,
                    "code " + digits + " of state " + state + " may only contain the digits 0 and 1");
            return 0;
        }
        if (digits.length() != iface.inputCount()) {
            reporter.error(pos, DiagnosticCode.CODE_LENGTH,
                    "code " + digits + " of state " + state + " has " + digits.length() + " digits, but the interface has "
                            + iface.inputCount() + " inputs (" + String.join(" ", iface.inputs()) + ")");
            return 0;
        }
        return Interface.parseCode(digits);
    }

    /**
     * The digits of a code: written digits and {@code bits(e, w)} (e in w binary digits, most
     * significant first, as a binary numeral reads), concatenated; empty after a reported error.
     */
    private Optional<String> digits(MdpParser.CodeAttrContext code) {
        StringBuilder sb = new StringBuilder();
        for (MdpParser.CodePartContext part : code.codePart()) {
            if (part.NUMBER() != null) {
                sb.append(part.NUMBER().getText());
                continue;
            }
            if (!part.ident().getText().equals("bits")) {
                reporter.error(reporter.at(part), DiagnosticCode.CODE_BITS, "a code is made of digits and bits(e, w), not "
                        + part.ident().getText() + "(...)");
                return Optional.empty();
            }
            Optional<java.math.BigInteger> e = arithmetic.whole(part.arith(0), "the value in bits(e, w)");
            Optional<java.math.BigInteger> w = arithmetic.whole(part.arith(1), "the width in bits(e, w)");
            if (e.isEmpty() || w.isEmpty()) {
                return Optional.empty();
            }
            if (w.get().signum() <= 0 || w.get().bitLength() > 16) {
                reporter.error(reporter.at(part.arith(1)), DiagnosticCode.CODE_BITS,
                        "the width in bits(e, w) must be a whole number from 1 to the number of inputs, not " + w.get());
                return Optional.empty();
            }
            int width = w.get().intValueExact();
            if (e.get().signum() < 0 || e.get().bitLength() > width) {
                reporter.error(reporter.at(part.arith(0)), DiagnosticCode.CODE_BITS, "bits(" + e.get() + ", " + width
                        + ") does not fit: " + width + " binary digits hold 0 to " + java.math.BigInteger.ONE.shiftLeft(width)
                        .subtract(java.math.BigInteger.ONE));
                return Optional.empty();
            }
            String b = e.get().toString(2);
            sb.append("0".repeat(width - b.length())).append(b);
        }
        return Optional.of(sb.toString());
    }

    private BigFraction init(StateItemContext s) {
        List<MdpParser.InitAttrContext> inits = s.stateAttr().stream()
                .filter(MdpParser.InitAttrContext.class::isInstance)
                .map(MdpParser.InitAttrContext.class::cast).toList();
        if (inits.isEmpty()) {
            return BigFraction.ZERO;
        }
        for (MdpParser.InitAttrContext extra : inits.subList(1, inits.size())) {
            reporter.error(reporter.at(extra), DiagnosticCode.DUPLICATE_CLAUSE,
                    "state " + s.ident().getText() + " gives its init twice; keep one");
        }
        BigFraction q = arithmetic.value(inits.get(0).quantity());
        if (q.signum() < 0 || q.compareTo(BigFraction.ONE) > 0) {
            reporter.error(reporter.at(inits.get(0).quantity()), DiagnosticCode.INIT_RANGE,
                    "initial probability of state " + s.ident().getText() + " must be between 0 and 1, not "
                            + Numbers.text(q));
        }
        return q;
    }

    private List<Transition> transitions(StateItemContext s, String mdp, Map<String, Integer> index) {
        String state = s.ident().getText();
        if (s.actionLine().isEmpty()) {
            reporter.error(reporter.at(s.ident()), DiagnosticCode.NO_ACTIONS,
                    "state " + state + " has no actions; list at least one, e.g. 'a -> reward 0;'");
        }
        List<Transition> result = new ArrayList<>();
        Map<String, SourcePos> seen = new LinkedHashMap<>();
        for (ActionLineContext line : s.actionLine()) {
            String actionName = line.ident().getText();
            SourcePos pos = reporter.at(line.ident());
            SourcePos first = seen.putIfAbsent(actionName, pos);
            if (first != null) {
                reporter.error(pos, DiagnosticCode.DUPLICATE_ACTION,
                        "action " + actionName + " appears twice in state " + state + " (first at "
                                + Reporter.where(first) + "); a state lists each action once");
                continue;
            }
            Optional<Action> action = iface.action(actionName);
            if (action.isEmpty()) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_ACTION,
                        "unknown action " + actionName + "; " + InterfaceBuilder.declaredActions(iface));
            }
            List<Successor> successors = successors(line, actionName, state, mdp, index);
            BigFraction reward = line.quantity() == null ? BigFraction.ZERO : arithmetic.value(line.quantity());
            action.ifPresent(a -> result.add(new Transition(a, reward, successors, pos)));
        }
        return result;
    }

    private List<Successor> successors(ActionLineContext line, String action, String state, String mdp,
                                       Map<String, Integer> index) {
        List<Successor> result = new ArrayList<>();
        if (line.successors() == null) {
            return result; // the episode ends after the action
        }
        if (line.successors() instanceof MdpParser.SingleSuccessorContext single) {
            target(single.successorName(), mdp, index)
                    .ifPresent(t -> result.add(new Successor(t, BigFraction.ONE)));
            return result;
        }
        MdpParser.DistributionContext dist = (MdpParser.DistributionContext) line.successors();
        BigFraction sum = BigFraction.ZERO;
        boolean inRange = true;
        for (MdpParser.BranchContext branch : dist.branch()) {
            BigFraction p = arithmetic.value(branch.quantity());
            sum = sum.add(p);
            if (p.signum() <= 0 || p.compareTo(BigFraction.ONE) > 0) {
                inRange = false;
                reporter.error(reporter.at(branch.quantity()), DiagnosticCode.PROBABILITY_RANGE,
                        "probability " + Numbers.text(p) + " of successor " + branch.successorName().getText()
                                + " must be greater than 0 and at most 1");
            }
            BigFraction prob = p;
            target(branch.successorName(), mdp, index).ifPresent(t -> result.add(new Successor(t, prob)));
        }
        if (inRange && sum.compareTo(BigFraction.ONE) != 0) {
            reporter.error(reporter.at(line.ident()), DiagnosticCode.PROBABILITY_SUM,
                    "probabilities of action " + action + " in state " + state + " sum to " + Numbers.text(sum)
                            + ", not 1");
        }
        return result;
    }

    private Optional<Integer> target(SuccessorNameContext name, String mdp, Map<String, Integer> index) {
        if (name.STOP() != null) {
            return Optional.of(Successor.STOP);
        }
        Integer i = index.get(name.getText());
        if (i == null) {
            reporter.error(reporter.at(name), DiagnosticCode.UNKNOWN_STATE,
                    "unknown state " + name.getText() + " in mdp " + mdp + "; successors must be states of the same "
                            + "mdp or 'stop'");
            return Optional.empty();
        }
        return Optional.of(i);
    }

    private Map<String, List<Integer>> sets(List<MdpParser.SetItemContext> items, String mdp,
                                            Map<String, Integer> index) {
        Map<String, List<Integer>> sets = new LinkedHashMap<>();
        Map<String, SourcePos> declared = new LinkedHashMap<>();
        for (MdpParser.SetItemContext item : items) {
            IdentContext nameCtx = item.ident(0);
            String setName = nameCtx.getText();
            SourcePos first = declared.putIfAbsent(setName, reporter.at(nameCtx));
            if (first != null) {
                reporter.error(reporter.at(nameCtx), DiagnosticCode.DUPLICATE_NAME,
                        "set " + setName + " is already declared in mdp " + mdp + " at " + Reporter.where(first));
                continue;
            }
            Set<Integer> members = new LinkedHashSet<>();
            for (IdentContext m : item.ident().subList(1, item.ident().size())) {
                Integer i = index.get(m.getText());
                if (i == null) {
                    reporter.error(reporter.at(m), DiagnosticCode.UNKNOWN_STATE,
                            "unknown state " + m.getText() + " in set " + setName + " of mdp " + mdp);
                } else {
                    members.add(i);
                }
            }
            sets.put(setName, new ArrayList<>(members));
        }
        return sets;
    }
}
