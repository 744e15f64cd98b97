package org.mincirc.lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.prism.PrismModels;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;

/**
 * {@code mdp M from "m.prism" { const N = 4; reward "steps"; observe x, y; horizon 8; }} (an
 * addition to the contract): reads the braces, lets {@link PrismModels} build the reachable
 * states, and makes the same immutable {@link Mdp} a written block gives, with the PRISM labels
 * as its named sets. An mdp whose PRISM file has errors is built without states, so references
 * to it report nothing more.
 */
final class PrismMdpBuilder {
    private final Reporter reporter;
    private final Interface iface;
    private final boolean interfaceDeclared;
    private final MdpBuilder clock;
    private final IntConsumer progress;

    /** The parameter values of the instance being built, set as PRISM constants; empty otherwise. */
    private final java.util.Map<String, BigFraction> env;
    private final String instanceName;

    PrismMdpBuilder(Reporter reporter, Interface iface, boolean interfaceDeclared, MdpBuilder clock, IntConsumer progress) {
        this(reporter, iface, interfaceDeclared, clock, progress, java.util.Map.of(), null);
    }

    private PrismMdpBuilder(Reporter reporter, Interface iface, boolean interfaceDeclared, MdpBuilder clock,
                            IntConsumer progress, java.util.Map<String, BigFraction> env, String instanceName) {
        this.reporter = reporter;
        this.iface = iface;
        this.interfaceDeclared = interfaceDeclared;
        this.clock = clock;
        this.progress = progress;
        this.env = env;
        this.instanceName = instanceName;
    }

    /**
     * A builder for one instance of {@code mdp Grid(N) from "grid.prism" { ... }}: each parameter
     * gives the PRISM constant of its name (declared without a value there) the instance's value.
     */
    PrismMdpBuilder instance(java.util.Map<String, BigFraction> values, String name) {
        MdpBuilder instanceClock = clock.instance(values, name);
        return new PrismMdpBuilder(instanceClock.reporter(), iface, interfaceDeclared, instanceClock, progress, values, name);
    }

    Mdp build(MdpParser.MdpDeclContext ctx) {
        String name = instanceName != null ? instanceName : ctx.ident().getText();
        SourcePos namePos = reporter.at(ctx.ident());
        MdpParser.PrismBodyContext body = ctx.prismBody();
        OptionalInt horizon = OptionalInt.empty();
        BigFraction discount = BigFraction.ONE;
        boolean haveHorizon = false;
        boolean haveDiscount = false;
        List<PrismModels.ConstantSetting> constants = new ArrayList<>();
        Optional<PrismModels.NamedSetting> reward = Optional.empty();
        List<PrismModels.NamedSetting> observe = new ArrayList<>();
        boolean haveObserve = false;
        if (ctx.parameters() != null) {
            for (MdpParser.IdentContext p : ctx.parameters().ident()) {
                BigFraction v = env.get(p.getText());
                if (v != null) {
                    constants.add(new PrismModels.ConstantSetting(p.getText(), v, reporter.at(p)));
                }
            }
        }
        for (MdpParser.PrismItemContext item : body.prismItem()) {
            if (item instanceof MdpParser.PrismHorizonItemContext h) {
                if (once(haveHorizon, h, "horizon", name)) {
                    haveHorizon = true;
                    horizon = clock.horizon(h.quantity());
                }
            } else if (item instanceof MdpParser.PrismDiscountItemContext d) {
                if (once(haveDiscount, d, "discount", name)) {
                    haveDiscount = true;
                    discount = clock.discount(d.quantity());
                }
            } else if (item instanceof MdpParser.PrismConstItemContext c) {
                String constant = c.ident().getText();
                if (constants.stream().anyMatch(k -> k.name().equals(constant))) {
                    boolean parameter = env.containsKey(constant);
                    reporter.error(reporter.at(c.ident()), DiagnosticCode.PRISM_CONSTANT,
                            "mdp " + name + " sets constant " + constant + " twice; keep one"
                                    + (parameter ? " (" + constant + " is a parameter, set by each instance)" : ""));
                    continue;
                }
                constants.add(new PrismModels.ConstantSetting(constant, constValue(c.constValue()), reporter.at(c.ident())));
            } else if (item instanceof MdpParser.PrismRewardItemContext r) {
                if (once(reward.isPresent(), r, "reward", name)) {
                    String quoted = r.STRING().getText();
                    reward = Optional.of(new PrismModels.NamedSetting(quoted.substring(1, quoted.length() - 1),
                            reporter.at(r.STRING())));
                }
            } else if (item instanceof MdpParser.PrismObserveItemContext o) {
                if (once(haveObserve, o, "observe", name)) {
                    haveObserve = true;
                    o.ident().forEach(id -> observe.add(new PrismModels.NamedSetting(id.getText(), reporter.at(id))));
                }
            }
        }
        SourcePos fileRef = reporter.at(body.STRING());
        if (!interfaceDeclared) {
            reporter.error(fileRef, DiagnosticCode.PRISM_NEEDS_INTERFACE, "mdp " + name + " comes from a PRISM model, "
                    + "so the file needs an interface block: 'inputs' for the bits of the observed variables and "
                    + "'actions' named as the PRISM action labels");
            return empty(name, horizon, discount, namePos);
        }
        String quoted = body.STRING().getText();
        String relative = quoted.substring(1, quoted.length() - 1);
        // Relative to the .mdp file, and named in diagnostics as the .mdp file was named (a path
        // from the same working directory), so editors find both.
        Path mdpDir = Path.of(reporter.file()).getParent();
        Path file = mdpDir == null ? Path.of(relative) : mdpDir.resolve(relative);
        if (relative.endsWith(".drn")) {
            Mdp mdp = drn(name, horizon, discount, namePos, file, fileRef, constants, reward, observe);
            clock.checkStops(mdp, haveHorizon);
            return mdp;
        }
        if (relative.endsWith(".tra")) {
            return explicit(name, horizon, discount, namePos, file, fileRef, constants, reward, observe);
        }
        PrismModels.Request request = new PrismModels.Request(file, fileRef, iface, constants, reward, observe, progress);
        PrismModels.Result result = PrismModels.build(request);
        result.diagnostics().forEach(reporter::add);
        if (result.built().isEmpty()) {
            return empty(name, horizon, discount, namePos);
        }
        PrismModels.Built built = result.built().get();
        Mdp mdp = new Mdp(name, horizon, discount, built.states(), built.labels(), namePos, Optional.empty(),
                Optional.of(built.valuations()));
        clock.checkStops(mdp, haveHorizon);
        return mdp;
    }

    /** An explicit DRN file (as mincirc export writes it): no variables, so no const or observe. */
    private Mdp drn(String name, OptionalInt horizon, BigFraction discount, SourcePos namePos, Path file, SourcePos fileRef,
                    List<PrismModels.ConstantSetting> constants, Optional<PrismModels.NamedSetting> reward,
                    List<PrismModels.NamedSetting> observe) {
        for (PrismModels.ConstantSetting c : constants) {
            reporter.error(c.pos(), DiagnosticCode.DRN_FORMAT, "a DRN file has no constants to set; leave out 'const'");
        }
        if (!observe.isEmpty()) {
            reporter.error(observe.get(0).pos(), DiagnosticCode.DRN_FORMAT, "a DRN file has no variables to observe; "
                    + "its states carry their codes in \"code=...\" labels");
        }
        org.mincirc.lang.drn.DrnReader.Result result = org.mincirc.lang.drn.DrnReader.read(file, fileRef, iface,
                reward.map(PrismModels.NamedSetting::name), reward.map(PrismModels.NamedSetting::pos).orElse(fileRef));
        result.diagnostics().forEach(reporter::add);
        if (result.built().isEmpty()) {
            return empty(name, horizon, discount, namePos);
        }
        return new Mdp(name, horizon, discount, result.built().get().states(), result.built().get().sets(), namePos);
    }

    /** PRISM explicit files (as mincirc export writes them): the codes are in the .sta file, so no const or observe. */
    private Mdp explicit(String name, OptionalInt horizon, BigFraction discount, SourcePos namePos, Path file, SourcePos fileRef,
                         List<PrismModels.ConstantSetting> constants, Optional<PrismModels.NamedSetting> reward,
                         List<PrismModels.NamedSetting> observe) {
        for (PrismModels.ConstantSetting c : constants) {
            reporter.error(c.pos(), DiagnosticCode.EXPLICIT_FILES, "PRISM explicit files have no constants to set; leave out 'const'");
        }
        if (!observe.isEmpty()) {
            reporter.error(observe.get(0).pos(), DiagnosticCode.EXPLICIT_FILES, "the codes of PRISM explicit files are "
                    + "their .sta variables, which must be the interface's inputs; leave out 'observe'");
        }
        org.mincirc.lang.explicit.ExplicitReader.Result result = org.mincirc.lang.explicit.ExplicitReader.read(file, fileRef,
                iface, reward.map(PrismModels.NamedSetting::name), reward.map(PrismModels.NamedSetting::pos).orElse(fileRef));
        result.diagnostics().forEach(reporter::add);
        if (result.built().isEmpty()) {
            return empty(name, horizon, discount, namePos);
        }
        return new Mdp(name, horizon, discount, result.built().get().states(), result.built().get().sets(), namePos);
    }

    private boolean once(boolean already, MdpParser.PrismItemContext item, String what, String mdp) {
        if (already) {
            reporter.error(reporter.at(item), DiagnosticCode.DUPLICATE_CLAUSE, "mdp " + mdp + " gives its " + what
                    + " twice; keep one");
            return false;
        }
        return true;
    }

    private Object constValue(MdpParser.ConstValueContext v) {
        if (v.TRUE() != null) {
            return Boolean.TRUE;
        }
        if (v.FALSE() != null) {
            return Boolean.FALSE;
        }
        return clock.arithmetic().value(v.quantity());
    }

    private static Mdp empty(String name, OptionalInt horizon, BigFraction discount, SourcePos pos) {
        return new Mdp(name, horizon, discount, List.of(), java.util.Map.of(), pos);
    }
}
