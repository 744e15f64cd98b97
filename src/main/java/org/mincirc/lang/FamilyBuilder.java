package org.mincirc.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.FamilyDeclContext;
import org.mincirc.lang.antlr.MdpParser.MemberContext;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.Target;

/**
 * Builds one family: its member lines (plain mdps, or every instance of a parametrised mdp over
 * ranges of its parameters), their weights (numbers, expressions in the parameters, or a
 * uniform share of what is left), and the checks that the weights sum to 1 and the members
 * share one clock. Names are resolved through {@link Tasks}, which builds each instance once.
 */
final class FamilyBuilder {
    /** The reporter of the family being built: a family instance's messages name the instance. */
    private Reporter reporter;
    private final Tasks tasks;

    FamilyBuilder(Reporter reporter, Tasks tasks) {
        this.reporter = reporter;
        this.tasks = tasks;
    }

    /** One member instance of a family line, before uniform weights are shared out. */
    private record Entry(Mdp mdp, Optional<BigFraction> weight, SourcePos pos) {}

    Family build(FamilyDeclContext ctx) {
        return build(ctx, Map.of(), ctx.ident().getText());
    }

    /**
     * One family: a plain one (no parameters, {@code env} empty), or the instance {@code name}
     * (e.g. Train_n3) of a parametrised family, its range bounds and weights evaluated in
     * {@code env}.
     */
    Family build(FamilyDeclContext ctx, Map<String, BigFraction> env, String name) {
        Reporter outer = reporter;
        Map<String, BigFraction> outerEnv = this.env;
        reporter = env.isEmpty() ? outer : outer.noting(" (in instance " + name + ")");
        this.env = env;
        try {
            return buildIn(ctx, name);
        } finally {
            reporter = outer;
            this.env = outerEnv;
        }
    }

    /** The parameter values of the family being built (empty for a plain family). */
    private Map<String, BigFraction> env = Map.of();

    private Family buildIn(FamilyDeclContext ctx, String name) {
        List<Entry> entries = new ArrayList<>();
        Map<String, SourcePos> seen = new LinkedHashMap<>();
        BigFraction sum = BigFraction.ZERO;
        boolean weightsPositive = true;
        int uniform = 0;
        boolean incomplete = false;  // an instance line that failed: its weights are unknown
        for (MemberContext m : ctx.member()) {
            Map<Mdp, Map<String, BigFraction>> mdps = memberMdps(m, name);
            boolean plain = m.arguments() == null;
            incomplete |= !plain && mdps.isEmpty();
            boolean isUniform = m.weight().UNIFORM() != null;
            if (plain && !isUniform) {
                // A plain member's weight counts even when the member is broken, as written.
                BigFraction w = new Arithmetic(reporter, env).value(m.weight().quantity());
                sum = sum.add(w);
                weightsPositive &= positive(w, m, m.ident().getText(), reporter);
                mdps.keySet().forEach(mdp -> add(entries, seen, mdp, Optional.of(w), m, name));
                if (mdps.isEmpty()) {
                    duplicate(seen, m.ident().getText(), m, name);
                }
                continue;
            }
            for (Map.Entry<Mdp, Map<String, BigFraction>> e : mdps.entrySet()) {
                Mdp mdp = e.getKey();
                if (isUniform) {
                    uniform += add(entries, seen, mdp, Optional.empty(), m, name) ? 1 : 0;
                    continue;
                }
                Reporter r = plain ? reporter : reporter.noting(" (in instance " + mdp.name() + ")");
                Map<String, BigFraction> values = new LinkedHashMap<>(env);
                values.putAll(e.getValue());
                BigFraction w = new Arithmetic(r, values).value(m.weight().quantity());
                if (add(entries, seen, mdp, Optional.of(w), m, name)) {
                    sum = sum.add(w);
                    weightsPositive &= positive(w, m, mdp.name(), r);
                }
            }
        }
        BigFraction share = BigFraction.ZERO;
        if (uniform > 0 && weightsPositive && !incomplete) {
            BigFraction left = BigFraction.ONE.subtract(sum);
            if (left.signum() <= 0) {
                reporter.error(reporter.at(ctx.ident()), DiagnosticCode.FAMILY_WEIGHTS, "the weights given in family "
                        + name + " sum to " + Numbers.text(sum) + ", which leaves nothing for its uniform members");
            } else {
                share = left.divide(uniform);
            }
        } else if (weightsPositive && uniform == 0 && !incomplete && sum.compareTo(BigFraction.ONE) != 0) {
            reporter.error(reporter.at(ctx.ident()), DiagnosticCode.FAMILY_WEIGHT_SUM,
                    "weights of family " + name + " sum to " + Numbers.text(sum) + ", not 1");
        }
        List<Family.Member> members = new ArrayList<>();
        for (Entry e : entries) {
            if (!tasks.isStandIn(e.mdp())) {
                members.add(new Family.Member(e.mdp(), e.weight().orElse(share)));
            }
        }
        checkAgreement(name, members, seen, reporter.at(ctx));
        return new Family(name, members, reporter.at(ctx.ident()));
    }

    /** Adds a member unless its name was seen in the family; false (and reported) if it was. */
    private boolean add(List<Entry> entries, Map<String, SourcePos> seen, Mdp mdp, Optional<BigFraction> weight,
                        MemberContext m, String family) {
        if (duplicate(seen, mdp.name(), m, family)) {
            return false;
        }
        entries.add(new Entry(mdp, weight, reporter.at(m.ident())));
        return true;
    }

    private boolean duplicate(Map<String, SourcePos> seen, String member, MemberContext m, String family) {
        SourcePos pos = reporter.at(m.ident());
        SourcePos first = seen.putIfAbsent(member, pos);
        if (first != null) {
            reporter.error(pos, DiagnosticCode.DUPLICATE_NAME, "member " + member + " appears twice in family "
                    + family + " (first at " + Reporter.where(first) + ")");
            return true;
        }
        return false;
    }

    private boolean positive(BigFraction w, MemberContext m, String member, Reporter r) {
        if (w.signum() <= 0) {
            r.error(reporter.at(m.weight()), DiagnosticCode.FAMILY_WEIGHTS,
                    "weight " + Numbers.text(w) + " of member " + member + " must be positive");
            return false;
        }
        return true;
    }

    /**
     * The mdps one family line stands for, each with its parameter values (empty for a plain
     * member): the mdp itself, or every instance of {@code Grid(N = 3..6)}.
     */
    private Map<Mdp, Map<String, BigFraction>> memberMdps(MemberContext m, String family) {
        Map<Mdp, Map<String, BigFraction>> result = new LinkedHashMap<>();
        String memberName = m.ident().getText();
        SourcePos pos = reporter.at(m.ident());
        if (m.arguments() == null) {
            Optional<Target> t = tasks.reference(memberName, pos);
            if (t.isPresent() && t.get() instanceof Mdp mdp) {
                result.put(mdp, Map.of());
            } else if (t.isPresent()) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_MDP,
                        memberName + " is a family; the members of family " + family + " must be mdps");
            } else if (!tasks.isDeclared(memberName)) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_MDP, "unknown mdp " + memberName + " in family " + family);
            }
            return result;
        }
        Optional<MdpParser.MdpDeclContext> decl = tasks.parametrised(memberName);
        if (decl.isEmpty()) {
            reporter.error(pos, tasks.declaration(memberName).isPresent() ? DiagnosticCode.ARGUMENTS : DiagnosticCode.UNKNOWN_MDP,
                    tasks.declaration(memberName).isPresent() ? memberName + " has no parameters; write " + memberName + ": weight"
                            : "unknown mdp " + memberName + " in family " + family);
            return result;
        }
        List<String> params = Tasks.parameterNames(decl.get());
        Map<String, List<BigInteger>> ranges = new LinkedHashMap<>();
        boolean ok = true;
        for (MdpParser.BindingContext b : m.arguments().binding()) {
            String p = b.ident().getText();
            SourcePos at = reporter.at(b.ident());
            if (!params.contains(p)) {
                reporter.error(at, DiagnosticCode.ARGUMENTS, "mdp " + memberName + " has no parameter " + p
                        + "; its parameters are " + String.join(", ", params));
                ok = false;
            } else if (ranges.containsKey(p)) {
                reporter.error(at, DiagnosticCode.ARGUMENTS, "parameter " + p + " of " + memberName + " is given twice");
                ok = false;
            } else {
                Optional<List<BigInteger>> range = range(b, memberName);
                ok &= range.isPresent();
                ranges.put(p, range.orElse(List.of()));
            }
        }
        List<String> missing = params.stream().filter(p -> !ranges.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            reporter.error(pos, DiagnosticCode.ARGUMENTS, "mdp " + memberName + " needs a value for "
                    + String.join(", ", missing) + " (its parameters are " + String.join(", ", params) + ")");
            ok = false;
        }
        if (!ok) {
            return result;
        }
        List<List<BigInteger>> ordered = params.stream().map(ranges::get).toList();
        for (List<BigInteger> values : Instantiation.product(ordered)) {
            String instanceName = Instantiation.name(memberName, params, values);
            Optional<ParserRuleContext> clash = tasks.declaration(instanceName);
            if (clash.isPresent()) {
                reporter.error(pos, DiagnosticCode.DUPLICATE_NAME, "the instance " + instanceName + " of " + memberName
                        + " has the name of the declaration at " + Reporter.where(reporter.at(Declarations.nameOf(clash.get())))
                        + "; rename one");
                continue;
            }
            result.put(tasks.instance(decl.get(), values), Tasks.environment(params, values));
        }
        return result;
    }

    /** {@code N = 3} or {@code N = 3..6}: whole numbers, lo <= hi. */
    private Optional<List<BigInteger>> range(MdpParser.BindingContext b, String mdp) {
        return range(reporter, env, b, mdp);
    }

    /**
     * The values of one binding, its bounds evaluated in {@code env} (the parameters of a
     * parametrised family, or nothing): whole numbers, lo <= hi, at most {@link #MAX_INSTANCES}.
     */
    static Optional<List<BigInteger>> range(Reporter reporter, Map<String, BigFraction> env,
                                            MdpParser.BindingContext b, String mdp) {
        List<BigInteger> bounds = new ArrayList<>();
        for (MdpParser.QuantityContext n : b.quantity()) {
            BigFraction q = new Arithmetic(reporter, env).value(n);
            if (!Numbers.isInteger(q)) {
                reporter.error(reporter.at(n), DiagnosticCode.PARAMETER_VALUE, "parameter " + b.ident().getText() + " of "
                        + mdp + " takes whole numbers, not " + Numbers.text(q));
                return Optional.empty();
            }
            bounds.add(q.getNumerator().divide(q.getDenominator()));
        }
        BigInteger lo = bounds.get(0);
        BigInteger hi = bounds.get(bounds.size() - 1);
        if (lo.compareTo(hi) > 0) {
            reporter.error(reporter.at(b.quantity(0)), DiagnosticCode.EMPTY_RANGE, "the range " + lo + ".." + hi
                    + " of parameter " + b.ident().getText() + " is empty; write the smaller bound first");
            return Optional.empty();
        }
        if (hi.subtract(lo).compareTo(BigInteger.valueOf(MAX_INSTANCES)) >= 0) {
            reporter.error(reporter.at(b.quantity(0)), DiagnosticCode.EMPTY_RANGE, "the range " + lo + ".." + hi
                    + " of parameter " + b.ident().getText() + " has more than " + MAX_INSTANCES + " values");
            return Optional.empty();
        }
        List<BigInteger> values = new ArrayList<>();
        for (BigInteger v = lo; v.compareTo(hi) <= 0; v = v.add(BigInteger.ONE)) {
            values.add(v);
        }
        return Optional.of(values);
    }

    /** Most values one range may have. */
    static final int MAX_INSTANCES = 10_000;

    /** Members must share horizon and discount: the family return sums returns over one clock. */
    private void checkAgreement(String family, List<Family.Member> members, Map<String, SourcePos> positions,
                                SourcePos fallback) {
        if (members.isEmpty()) {
            return;
        }
        Mdp first = members.get(0).mdp();
        for (Family.Member m : members.subList(1, members.size())) {
            Mdp other = m.mdp();
            SourcePos pos = positions.getOrDefault(other.name(), fallback);
            if (!other.horizon().equals(first.horizon())) {
                reporter.error(pos, DiagnosticCode.FAMILY_MISMATCH,
                        "members of family " + family + " disagree on horizon: " + first.name() + " has "
                                + horizonText(first.horizon()) + ", " + other.name() + " has "
                                + horizonText(other.horizon()));
            }
            if (other.discount().compareTo(first.discount()) != 0) {
                reporter.error(pos, DiagnosticCode.FAMILY_MISMATCH,
                        "members of family " + family + " disagree on discount: " + first.name() + " has "
                                + Numbers.text(first.discount()) + ", " + other.name() + " has "
                                + Numbers.text(other.discount()));
            }
        }
    }

    private static String horizonText(OptionalInt h) {
        return h.isPresent() ? "horizon " + h.getAsInt() : "no horizon";
    }

}
