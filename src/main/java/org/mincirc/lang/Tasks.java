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

    List<Mdp> mdps() {
        return decls.keySet().stream().map(this::target).flatMap(Optional::stream)
                .filter(Mdp.class::isInstance).map(Mdp.class::cast).toList();
    }

    List<Family> families() {
        return decls.keySet().stream().map(this::target).flatMap(Optional::stream)
                .filter(Family.class::isInstance).map(Family.class::cast).toList();
    }

    boolean isDeclared(String name) {
        return decls.containsKey(name);
    }

    /** The mdp or family of that name, if declared and not part of a definition cycle. */
    Optional<Target> target(String name) {
        Optional<Target> done = built.get(name);
        if (done != null) {
            return done;
        }
        ParserRuleContext decl = decls.get(name);
        if (decl == null) {
            return Optional.empty();
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

    /** Resolves a reference from inside the definition of another target, reporting cycles. */
    private Optional<Target> reference(String name, SourcePos at) {
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

    private Family family(FamilyDeclContext ctx) {
        String name = ctx.ident().getText();
        List<Family.Member> members = new ArrayList<>();
        Map<String, SourcePos> seen = new LinkedHashMap<>();
        BigFraction sum = BigFraction.ZERO;
        boolean weightsPositive = true;
        for (MemberContext m : ctx.member()) {
            String memberName = m.ident().getText();
            SourcePos pos = reporter.at(m.ident());
            BigFraction w = Numbers.value(m.number(), reporter);
            sum = sum.add(w);
            if (w.signum() <= 0) {
                weightsPositive = false;
                reporter.error(reporter.at(m.number()), DiagnosticCode.FAMILY_WEIGHTS,
                        "weight " + Numbers.text(w) + " of member " + memberName + " must be positive");
            }
            SourcePos first = seen.putIfAbsent(memberName, pos);
            if (first != null) {
                reporter.error(pos, DiagnosticCode.DUPLICATE_NAME,
                        "member " + memberName + " appears twice in family " + name + " (first at "
                                + Reporter.where(first) + ")");
                continue;
            }
            Optional<Target> t = reference(memberName, pos);
            if (t.isPresent() && t.get() instanceof Mdp mdp) {
                if (!standIns.contains(mdp)) {
                    members.add(new Family.Member(mdp, w));
                }
            } else if (t.isPresent()) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_MDP,
                        memberName + " is a family; the members of family " + name + " must be mdps");
            } else if (!decls.containsKey(memberName)) {
                reporter.error(pos, DiagnosticCode.UNKNOWN_MDP,
                        "unknown mdp " + memberName + " in family " + name);
            }
        }
        if (weightsPositive && sum.compareTo(BigFraction.ONE) != 0) {
            reporter.error(reporter.at(ctx.ident()), DiagnosticCode.FAMILY_WEIGHT_SUM,
                    "weights of family " + name + " sum to " + Numbers.text(sum) + ", not 1");
        }
        checkAgreement(name, ctx, members);
        return new Family(name, members, reporter.at(ctx.ident()));
    }

    /** Members must share horizon and discount: the family return sums returns over one clock. */
    private void checkAgreement(String family, FamilyDeclContext ctx, List<Family.Member> members) {
        if (members.isEmpty()) {
            return;
        }
        Mdp first = members.get(0).mdp();
        for (Family.Member m : members.subList(1, members.size())) {
            Mdp other = m.mdp();
            SourcePos pos = memberPos(ctx, other.name());
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

    private SourcePos memberPos(FamilyDeclContext ctx, String name) {
        return ctx.member().stream().filter(m -> m.ident().getText().equals(name)).findFirst()
                .map(m -> reporter.at(m.ident())).orElse(reporter.at(ctx));
    }

    private static String horizonText(OptionalInt h) {
        return h.isPresent() ? "horizon " + h.getAsInt() : "no horizon";
    }

    private Mdp union(MdpParser.MdpDeclContext ctx) {
        String name = ctx.ident().getText();
        MdpParser.IdentContext familyName = ctx.unionBody().ident();
        SourcePos pos = reporter.at(ctx.ident());
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
