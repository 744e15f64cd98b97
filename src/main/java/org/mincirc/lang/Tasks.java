package org.mincirc.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.mincirc.model.Union;

/**
 * The targets of a file (mdps, families, union mdps), built on demand so a family may name an
 * mdp declared after it and a family may contain a union mdp. Definitions that go round in a
 * circle are reported once and left out.
 */
final class Tasks {
    private final Reporter reporter;
    private final Map<String, ParserRuleContext> decls;
    private final MdpBuilder mdpBuilder;
    private final PrismMdpBuilder prismBuilder;
    private final Map<String, Optional<Target>> built = new HashMap<>();
    private final Deque<String> inProgress = new ArrayDeque<>();
    /** Union mdps that could not be built; they stand in for the name but join no family. */
    private final Set<Mdp> standIns = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Tasks(Reporter reporter, Declarations declarations, MdpBuilder mdpBuilder, PrismMdpBuilder prismBuilder) {
        this.reporter = reporter;
        this.decls = declarations.tasks;
        this.mdpBuilder = mdpBuilder;
        this.prismBuilder = prismBuilder;
    }

    /** Builds every declaration (so each reports its errors once). */
    void buildAll() {
        decls.keySet().forEach(this::target);
    }

    /** The declared mdps, then the instances of parametrised mdps in the order first named. */
    List<Mdp> mdps() {
        List<Mdp> result = new ArrayList<>(decls.keySet().stream().map(this::target).flatMap(Optional::stream)
                .filter(Mdp.class::isInstance).map(Mdp.class::cast).toList());
        result.addAll(instances.values());
        return result;
    }

    List<Family> families() {
        return decls.keySet().stream().map(this::target).flatMap(Optional::stream)
                .filter(Family.class::isInstance).map(Family.class::cast).toList();
    }

    /** Declared, or the name of an instance of a parametrised mdp ({@link Instantiation}). */
    boolean isDeclared(String name) {
        return decls.containsKey(name) || instanceOf(name).isPresent();
    }

    /**
     * As {@link #target(String)}, for a reference at {@code at}: a parametrised mdp named without
     * values is reported there (its instances are named {@code Grid_N3}).
     */
    Optional<Target> target(String name, SourcePos at) {
        Optional<MdpParser.MdpDeclContext> p = parametrised(name);
        if (p.isPresent()) {
            List<String> params = parameterNames(p.get());
            reporter.error(at, DiagnosticCode.PARAMETERS_MISSING, "mdp " + name + " has parameters (" + String.join(", ", params)
                    + "); name one of its instances, e.g. " + Instantiation.name(name, params,
                    java.util.Collections.nCopies(params.size(), java.math.BigInteger.ONE))
                    + ", or list them in a family: " + name + "(" + params.get(0) + " = 1..3): uniform");
            return Optional.empty();
        }
        return target(name);
    }

    /** The mdp or family of that name, if declared and not part of a definition cycle. */
    Optional<Target> target(String name) {
        Optional<Target> done = built.get(name);
        if (done != null) {
            return done;
        }
        ParserRuleContext decl = decls.get(name);
        if (decl == null) {
            Optional<Mdp> instance = instanceOf(name);
            return instance.map(Target.class::cast);
        }
        if (parametrised(name).isPresent()) {
            return Optional.empty();  // only its instances are mdps
        }
        if (inProgress.contains(name)) {
            return Optional.empty(); // reported by the reference that closed the cycle
        }
        inProgress.push(name);
        Target t;
        if (decl instanceof FamilyDeclContext f) {
            t = family(f);
        } else {
            MdpParser.MdpDeclContext m = (MdpParser.MdpDeclContext) decl;
            t = m.unionBody() != null ? union(m) : m.prismBody() != null ? prismBuilder.build(m) : mdpBuilder.build(m);
        }
        inProgress.pop();
        built.put(name, Optional.of(t));
        return Optional.of(t);
    }

    Optional<Mdp> mdp(String name) {
        return target(name).filter(Mdp.class::isInstance).map(Mdp.class::cast);
    }

    /** Instances built so far, by name; each is built once, so every reference shares it. */
    private final Map<String, Mdp> instances = new LinkedHashMap<>();

    private Optional<MdpParser.MdpDeclContext> parametrised(String name) {
        ParserRuleContext decl = decls.get(name);
        if (decl instanceof MdpParser.MdpDeclContext m && m.parameters() != null && m.unionBody() == null) {
            return Optional.of(m);
        }
        return Optional.empty();
    }

    private static List<String> parameterNames(MdpParser.MdpDeclContext m) {
        return m.parameters().ident().stream().map(MdpParser.IdentContext::getText).toList();
    }

    /** The instance a name like Grid_N3 stands for, built on first use. */
    private Optional<Mdp> instanceOf(String name) {
        Mdp done = instances.get(name);
        if (done != null) {
            return Optional.of(done);
        }
        for (Map.Entry<String, ParserRuleContext> e : decls.entrySet()) {
            if (e.getValue() instanceof MdpParser.MdpDeclContext m && m.parameters() != null && m.unionBody() == null
                    && name.startsWith(e.getKey() + "_")) {
                Optional<List<java.math.BigInteger>> values = Instantiation.parse(e.getKey(), parameterNames(m), name);
                if (values.isPresent()) {
                    return Optional.of(instance(m, values.get()));
                }
            }
        }
        return Optional.empty();
    }

    private Mdp instance(MdpParser.MdpDeclContext m, List<java.math.BigInteger> values) {
        List<String> params = parameterNames(m);
        String name = Instantiation.name(m.ident().getText(), params, values);
        Mdp done = instances.get(name);
        if (done != null) {
            return done;
        }
        Map<String, BigFraction> env = environment(params, values);
        Mdp mdp = m.prismBody() != null ? prismBuilder.instance(env, name).build(m) : mdpBuilder.instance(env, name).build(m);
        instances.put(name, mdp);
        return mdp;
    }

    private static Map<String, BigFraction> environment(List<String> params, List<java.math.BigInteger> values) {
        Map<String, BigFraction> env = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            env.put(params.get(i), BigFraction.of(values.get(i)));
        }
        return env;
    }

    /** Resolves a reference from inside the definition of another target, reporting cycles. */
    private Optional<Target> reference(String name, SourcePos at) {
        if (parametrised(name).isPresent()) {
            return target(name, at);
        }
        if (inProgress.contains(name)) {
            List<String> chain = new ArrayList<>(inProgress);
            java.util.Collections.reverse(chain);
            List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(name), chain.size()));
            cycle.add(name);
            reporter.error(at, DiagnosticCode.DEFINITION_CYCLE,
                    "families and union mdps are defined in a circle: " + String.join(" -> ", cycle));
            return Optional.empty();
        }
        return target(name);
    }

    /** One member instance of a family line, before uniform weights are shared out. */
    private record Entry(Mdp mdp, Optional<BigFraction> weight, SourcePos pos) {}

    private Family family(FamilyDeclContext ctx) {
        String name = ctx.ident().getText();
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
                BigFraction w = new Arithmetic(reporter, Map.of()).value(m.weight().quantity());
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
                BigFraction w = new Arithmetic(r, e.getValue()).value(m.weight().quantity());
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
            if (!standIns.contains(e.mdp())) {
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
            Optional<Target> t = parametrised(memberName).isPresent() ? target(memberName, pos) : reference(memberName, pos);
            if (t.isPresent() && t.get() instanceof Mdp mdp) {
                result.put(mdp, Map.of());
            } else if (t.isPresent()) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_MDP,
                        memberName + " is a family; the members of family " + family + " must be mdps");
            } else if (!isDeclared(memberName)) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_MDP, "unknown mdp " + memberName + " in family " + family);
            }
            return result;
        }
        Optional<MdpParser.MdpDeclContext> decl = parametrised(memberName);
        if (decl.isEmpty()) {
            reporter.error(pos, decls.containsKey(memberName) ? DiagnosticCode.ARGUMENTS : DiagnosticCode.UNKNOWN_MDP,
                    decls.containsKey(memberName) ? memberName + " has no parameters; write " + memberName + ": weight"
                            : "unknown mdp " + memberName + " in family " + family);
            return result;
        }
        List<String> params = parameterNames(decl.get());
        Map<String, List<java.math.BigInteger>> ranges = new LinkedHashMap<>();
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
                Optional<List<java.math.BigInteger>> range = range(b, memberName);
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
        List<List<java.math.BigInteger>> ordered = params.stream().map(ranges::get).toList();
        for (List<java.math.BigInteger> values : Instantiation.product(ordered)) {
            String instanceName = Instantiation.name(memberName, params, values);
            if (decls.containsKey(instanceName)) {
                reporter.error(pos, DiagnosticCode.DUPLICATE_NAME, "the instance " + instanceName + " of " + memberName
                        + " has the name of the declaration at " + Reporter.where(reporter.at(Declarations.nameOf(
                        decls.get(instanceName)))) + "; rename one");
                continue;
            }
            result.put(instance(decl.get(), values), environment(params, values));
        }
        return result;
    }

    /** {@code N = 3} or {@code N = 3..6}: whole numbers, lo <= hi. */
    private Optional<List<java.math.BigInteger>> range(MdpParser.BindingContext b, String mdp) {
        List<java.math.BigInteger> bounds = new ArrayList<>();
        for (MdpParser.NumberContext n : b.number()) {
            BigFraction q = Numbers.value(n, reporter);
            if (!Numbers.isInteger(q)) {
                reporter.error(reporter.at(n), DiagnosticCode.PARAMETER_VALUE, "parameter " + b.ident().getText() + " of "
                        + mdp + " takes whole numbers, not " + Numbers.text(q));
                return Optional.empty();
            }
            bounds.add(q.getNumerator().divide(q.getDenominator()));
        }
        java.math.BigInteger lo = bounds.get(0);
        java.math.BigInteger hi = bounds.get(bounds.size() - 1);
        if (lo.compareTo(hi) > 0) {
            reporter.error(reporter.at(b.number(0)), DiagnosticCode.EMPTY_RANGE, "the range " + lo + ".." + hi
                    + " of parameter " + b.ident().getText() + " is empty; write the smaller bound first");
            return Optional.empty();
        }
        if (hi.subtract(lo).compareTo(java.math.BigInteger.valueOf(MAX_INSTANCES)) >= 0) {
            reporter.error(reporter.at(b.number(0)), DiagnosticCode.EMPTY_RANGE, "the range " + lo + ".." + hi
                    + " of parameter " + b.ident().getText() + " has more than " + MAX_INSTANCES + " values");
            return Optional.empty();
        }
        List<java.math.BigInteger> values = new ArrayList<>();
        for (java.math.BigInteger v = lo; v.compareTo(hi) <= 0; v = v.add(java.math.BigInteger.ONE)) {
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

    private Mdp union(MdpParser.MdpDeclContext ctx) {
        String name = ctx.ident().getText();
        MdpParser.IdentContext familyName = ctx.unionBody().ident();
        SourcePos pos = reporter.at(ctx.ident());
        if (ctx.parameters() != null) {
            reporter.error(reporter.at(ctx.parameters()), DiagnosticCode.ARGUMENTS, "a union mdp takes no parameters; "
                    + "give the family's members their values instead, e.g. family F { " + name + "(k = 1..3): uniform }");
        }
        Optional<Target> t = reference(familyName.getText(), reporter.at(familyName));
        if (t.isPresent() && t.get() instanceof Family family && !family.members().isEmpty()) {
            return Union.of(name, family, pos);
        }
        if (t.isPresent() && t.get() instanceof Mdp) {
            reporter.error(reporter.at(familyName), DiagnosticCode.UNKNOWN_FAMILY,
                    familyName.getText() + " is an mdp; 'union' needs a family");
        } else if (!decls.containsKey(familyName.getText())) {
            reporter.error(reporter.at(familyName), DiagnosticCode.UNKNOWN_FAMILY,
                    "unknown family " + familyName.getText() + "; declare it with 'family "
                            + familyName.getText() + " { Mdp: weight, ... }'");
        }
        // A stand-in without states, so references to the name report nothing more.
        Mdp standIn = new Mdp(name, OptionalInt.of(1), BigFraction.ONE, List.of(), Map.of(), pos);
        standIns.add(standIn);
        return standIn;
    }
}
