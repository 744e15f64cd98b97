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
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.Target;
import org.mincirc.model.Union;

/**
 * The targets of a file (mdps, families, union mdps), built on demand so a family may name an
 * mdp declared after it and a family may contain a union mdp, and the instances of
 * parametrised mdps ({@code Grid_N3}, see {@link Instantiation}), each built once on first use.
 * Definitions that go round in a circle are reported once and left out.
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

    private final FamilyBuilder families;

    Tasks(Reporter reporter, Declarations declarations, MdpBuilder mdpBuilder, PrismMdpBuilder prismBuilder) {
        this.families = new FamilyBuilder(reporter, this);
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

    /** The declared families, then the instances of parametrised families in the order first named. */
    List<Family> families() {
        List<Family> result = new ArrayList<>(decls.keySet().stream().map(this::target).flatMap(Optional::stream)
                .filter(Family.class::isInstance).map(Family.class::cast).toList());
        result.addAll(familyInstances.values());
        return result;
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
        Optional<FamilyDeclContext> pf = parametrisedFamily(name);
        if (pf.isPresent()) {
            List<String> params = familyParameters(pf.get());
            reporter.error(at, DiagnosticCode.PARAMETERS_MISSING, "family " + name + " has parameters ("
                    + String.join(", ", params) + "); name one of its instances, e.g. " + Instantiation.name(name, params,
                    java.util.Collections.nCopies(params.size(), java.math.BigInteger.ONE))
                    + ", or solve over a range of them: target " + name + "(" + params.get(0) + " = 1..3);");
            return Optional.empty();
        }
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
            return instanceOf(name);
        }
        if (parametrised(name).isPresent() || parametrisedFamily(name).isPresent()) {
            return Optional.empty();  // only its instances are mdps (families)
        }
        if (inProgress.contains(name)) {
            return Optional.empty(); // reported by the reference that closed the cycle
        }
        inProgress.push(name);
        Target t;
        if (decl instanceof FamilyDeclContext f) {
            t = families.build(f);
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

    /** The declaration of a name, if the file has one (not for instance names). */
    Optional<ParserRuleContext> declaration(String name) {
        return Optional.ofNullable(decls.get(name));
    }

    /** Whether a union mdp could not be built and only stands in for its name. */
    boolean isStandIn(Mdp mdp) {
        return standIns.contains(mdp);
    }

    /** The parametrised (non-union) mdp declared under a name. */
    Optional<MdpParser.MdpDeclContext> parametrised(String name) {
        ParserRuleContext decl = decls.get(name);
        if (decl instanceof MdpParser.MdpDeclContext m && m.parameters() != null && m.unionBody() == null) {
            return Optional.of(m);
        }
        return Optional.empty();
    }

    /** The parametrised family declared under a name. */
    Optional<FamilyDeclContext> parametrisedFamily(String name) {
        ParserRuleContext decl = decls.get(name);
        if (decl instanceof FamilyDeclContext f && f.parameters() != null) {
            return Optional.of(f);
        }
        return Optional.empty();
    }

    static List<String> familyParameters(FamilyDeclContext f) {
        return f.parameters().ident().stream().map(MdpParser.IdentContext::getText).toList();
    }

    /** Instances of parametrised families built so far, by name. */
    private final Map<String, Family> familyInstances = new LinkedHashMap<>();

    /**
     * The instance of a parametrised family for these values (in parameter order), built once;
     * empty if it is part of a definition cycle (reported by the reference that closed it).
     */
    Optional<Family> familyInstance(FamilyDeclContext f, List<java.math.BigInteger> values) {
        List<String> params = familyParameters(f);
        String name = Instantiation.name(f.ident().getText(), params, values);
        Family done = familyInstances.get(name);
        if (done != null) {
            return Optional.of(done);
        }
        if (inProgress.contains(name)) {
            return Optional.empty();
        }
        inProgress.push(name);
        Family family = families.build(f, environment(params, values), name);
        inProgress.pop();
        familyInstances.put(name, family);
        return Optional.of(family);
    }

    static List<String> parameterNames(MdpParser.MdpDeclContext m) {
        return m.parameters().ident().stream().map(MdpParser.IdentContext::getText).toList();
    }

    /** The instance a name like Grid_N3 (an mdp) or Train_n3 (a family) stands for, built on first use. */
    private Optional<Target> instanceOf(String name) {
        Mdp done = instances.get(name);
        if (done != null) {
            return Optional.of(done);
        }
        Family doneFamily = familyInstances.get(name);
        if (doneFamily != null) {
            return Optional.of(doneFamily);
        }
        for (Map.Entry<String, ParserRuleContext> e : decls.entrySet()) {
            if (e.getValue() instanceof FamilyDeclContext f && f.parameters() != null
                    && name.startsWith(e.getKey() + "_")) {
                Optional<List<java.math.BigInteger>> values = Instantiation.parse(e.getKey(), familyParameters(f), name);
                if (values.isPresent()) {
                    return familyInstance(f, values.get()).map(Target.class::cast);
                }
            }
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

    /** The instance of a parametrised mdp for these values (in parameter order), built once. */
    Mdp instance(MdpParser.MdpDeclContext m, List<java.math.BigInteger> values) {
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

    static Map<String, BigFraction> environment(List<String> params, List<java.math.BigInteger> values) {
        Map<String, BigFraction> env = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            env.put(params.get(i), BigFraction.of(values.get(i)));
        }
        return env;
    }

    /** Resolves a reference from inside the definition of another target, reporting cycles. */
    Optional<Target> reference(String name, SourcePos at) {
        if (parametrised(name).isPresent() || parametrisedFamily(name).isPresent()) {
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
