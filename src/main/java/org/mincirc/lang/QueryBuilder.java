package org.mincirc.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.ClauseContext;
import org.mincirc.lang.antlr.MdpParser.IdentContext;
import org.mincirc.lang.antlr.MdpParser.QueryDeclContext;
import org.mincirc.model.Action;
import org.mincirc.model.Basis;
import org.mincirc.model.CircuitDef;
import org.mincirc.model.Expectation;
import org.mincirc.model.Expr;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Objective;
import org.mincirc.model.PolicySource;
import org.mincirc.model.Predicate;
import org.mincirc.model.Query;
import org.mincirc.model.ReturnRequirement;
import org.mincirc.model.SourcePos;
import org.mincirc.model.StateRef;
import org.mincirc.model.Target;

/**
 * Builds {@code solve}, {@code lemma} and {@code eval} queries. Clauses may come in any order;
 * each kind takes its own clauses (see {@link QueryKind}), and single clauses appear once.
 * A query with errors is reported and left out.
 */
final class QueryBuilder {
    private static final Set<String> REPEATABLE = Set.of("require", "report", "expect");

    private final Reporter reporter;
    private final Interface iface;
    private final Tasks tasks;
    private final StateNames names;
    private final PredicateResolver predicates;
    private final Map<String, CircuitDef> circuits;
    private final ExpectationChecker expectations;

    QueryBuilder(Reporter reporter, Interface iface, Tasks tasks, StateNames names, PredicateResolver predicates,
                 Map<String, CircuitDef> circuits, Set<String> predicateNames) {
        this.reporter = reporter;
        this.iface = iface;
        this.tasks = tasks;
        this.names = names;
        this.predicates = predicates;
        this.circuits = circuits;
        this.expectations = new ExpectationChecker(reporter, predicateNames);
    }

    /** The parsed clauses of one query, sorted by kind. */
    private final class Clauses {
        final Map<String, ClauseContext> single = new LinkedHashMap<>();
        final List<MdpParser.RequireExprClauseContext> requires = new ArrayList<>();
        final List<MdpParser.ReportClauseContext> reports = new ArrayList<>();
        final List<ClauseContext> expects = new ArrayList<>();

        Clauses(QueryKind kind, QueryDeclContext ctx) {
            String query = kind.keyword + " " + ctx.ident().getText();
            for (ClauseContext c : ctx.clause()) {
                String name = clauseName(c);
                if (!kind.clauses.contains(name)) {
                    reporter.error(reporter.at(c), DiagnosticCode.CLAUSE_NOT_ALLOWED, kind.article
                            + " query has no '" + name + "' clause; it takes " + String.join(", ", kind.clauses));
                    continue;
                }
                if (c instanceof MdpParser.RequireExprClauseContext r) {
                    requires.add(r);
                } else if (c instanceof MdpParser.ReportClauseContext r) {
                    reports.add(r);
                } else if (REPEATABLE.contains(name)) {
                    expects.add(c);
                } else if (single.containsKey(name)) {
                    reporter.error(reporter.at(c), DiagnosticCode.DUPLICATE_CLAUSE, "'" + name + "' is given twice in "
                            + query + " (first at " + Reporter.where(reporter.at(single.get(name))) + "); keep one");
                } else {
                    single.put(name, c);
                }
            }
        }

        <T extends ClauseContext> Optional<T> get(String name, Class<T> type) {
            return Optional.ofNullable(single.get(name)).map(type::cast);
        }
    }

    private static String clauseName(ClauseContext c) {
        if (c instanceof MdpParser.RequireReturnClauseContext) {
            return "require return";
        }
        if (c instanceof MdpParser.UpToClauseContext) {
            return "up to";
        }
        return c.getStart().getText();
    }

    Optional<Query> build(QueryDeclContext ctx) {
        QueryKind kind = QueryKind.of(ctx.kind.getText());
        int errorsBefore = reporter.count();
        Clauses clauses = new Clauses(kind, ctx);
        String name = ctx.ident().getText();
        SourcePos pos = reporter.at(ctx.ident());
        Optional<MdpParser.TargetClauseContext> ranged = clauses.get("target", MdpParser.TargetClauseContext.class)
                .filter(t -> t.arguments() != null);
        if (kind == QueryKind.SOLVE && ranged.isPresent()) {
            Optional<Query> series = series(name, pos, clauses, ranged.get());
            return reporter.count() == errorsBefore ? series : Optional.empty();
        }
        if (ranged.isPresent()) {
            reporter.error(reporter.at(ranged.get().arguments()), DiagnosticCode.SERIES_RANGE, kind.article
                    + " query takes one target; only a solve ranges over instances (a series); name one instance, e.g. "
                    + ranged.get().ident().getText() + "_" + ranged.get().arguments().binding(0).ident().getText() + "1");
        }
        List<Expectation> expected = expectations(kind, clauses);
        Optional<Query> query = switch (kind) {
            case SOLVE -> solve(name, pos, clauses, expected);
            case LEMMA -> lemma(name, pos, clauses, expected);
            case EVAL -> eval(name, pos, clauses, expected);
            case PROFILE -> profile(name, pos, clauses, expected);
        };
        return reporter.count() == errorsBefore ? query : Optional.empty();
    }

    private Optional<Query> solve(String name, SourcePos pos, Clauses c, List<Expectation> expected) {
        Optional<Target> target = target(name, pos, c, "solve");
        Optional<ReturnRequirement> requirement = c.get("require return", MdpParser.RequireReturnClauseContext.class)
                .map(this::requirement);
        List<Expr> requires = new ArrayList<>();
        for (MdpParser.RequireExprClauseContext r : c.requires) {
            requires.add(predicates.expressions().build(r.expr()));
        }
        Objective objective = objective(c);
        Basis basis = basis(c);
        List<Predicate> reports = reports(c);
        c.get("plot", MdpParser.PlotClauseContext.class).ifPresent(p -> reporter.error(reporter.at(p),
                DiagnosticCode.PLOT_WITHOUT_SERIES, "solve " + name + " has one result, nothing to chart; a plot is "
                        + "for a profile or a series (a solve whose target ranges, e.g. target Train(n = 1..8);)"));
        return target.map(t -> new Query.Solve(name, t, requirement, requires, objective, basis, reports, expected, pos));
    }

    /**
     * {@code solve S { target Train(n = 1..16); ... }}: one solve per value of the one ranging
     * parameter, the other parameters fixed; each member named S.INSTANCE with the shared clauses
     * and the expectations addressed to it.
     */
    private Optional<Query> series(String name, SourcePos pos, Clauses c, MdpParser.TargetClauseContext clause) {
        String base = clause.ident().getText();
        SourcePos at = reporter.at(clause.ident());
        Optional<MdpParser.FamilyDeclContext> family = tasks.parametrisedFamily(base);
        Optional<MdpParser.MdpDeclContext> mdp = tasks.parametrised(base);
        List<String> params;
        if (family.isPresent()) {
            params = Tasks.familyParameters(family.get());
        } else if (mdp.isPresent()) {
            params = Tasks.parameterNames(mdp.get());
        } else {
            reporter.error(at, tasks.isDeclared(base) ? DiagnosticCode.SERIES_RANGE : DiagnosticCode.UNKNOWN_TARGET,
                    tasks.isDeclared(base) ? base + " has no parameters, so there is nothing to range over; a series "
                            + "target is a parametrised family or mdp, e.g. family Train(n) { Task(k = 0..(n - 1)): uniform }"
                            : "unknown target " + base + "; a series target is a parametrised family or mdp of this file");
            return Optional.empty();
        }
        Map<String, List<java.math.BigInteger>> ranges = new LinkedHashMap<>();
        String ranging = null;
        boolean ok = true;
        for (MdpParser.BindingContext b : clause.arguments().binding()) {
            String p = b.ident().getText();
            SourcePos bp = reporter.at(b.ident());
            if (!params.contains(p)) {
                reporter.error(bp, DiagnosticCode.ARGUMENTS, base + " has no parameter " + p + "; its parameters are "
                        + String.join(", ", params));
                ok = false;
                continue;
            }
            if (ranges.containsKey(p)) {
                reporter.error(bp, DiagnosticCode.ARGUMENTS, "parameter " + p + " of " + base + " is given twice");
                ok = false;
                continue;
            }
            Optional<List<java.math.BigInteger>> values = FamilyBuilder.range(reporter, Map.of(), b, base);
            ok &= values.isPresent();
            ranges.put(p, values.orElse(List.of()));
            if (b.DOTDOT() != null) {
                if (ranging != null) {
                    reporter.error(bp, DiagnosticCode.SERIES_RANGE, "a series ranges over one parameter, and "
                            + ranging + " already does; fix " + p + " to one value or write a second solve");
                    ok = false;
                }
                ranging = p;
            }
        }
        List<String> missing = params.stream().filter(p -> !ranges.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            reporter.error(at, DiagnosticCode.ARGUMENTS, base + " needs a value for " + String.join(", ", missing)
                    + " (its parameters are " + String.join(", ", params) + ")");
            ok = false;
        }
        if (ok && ranging == null) {
            reporter.error(reporter.at(clause.arguments()), DiagnosticCode.SERIES_RANGE, "the target of solve " + name
                    + " gives every parameter one value; write a range such as " + params.get(0) + " = 1..4, or name "
                    + "the one instance: target " + Instantiation.name(base, params,
                    params.stream().map(ranges::get).map(v -> v.get(0)).toList()) + ";");
            ok = false;
        }
        Optional<ReturnRequirement> requirement = c.get("require return", MdpParser.RequireReturnClauseContext.class)
                .map(this::requirement);
        List<Expr> requires = new ArrayList<>();
        for (MdpParser.RequireExprClauseContext r : c.requires) {
            requires.add(predicates.expressions().build(r.expr()));
        }
        Objective objective = objective(c);
        Basis basis = basis(c);
        List<Predicate> reports = reports(c);
        Optional<String> plot = c.get("plot", MdpParser.PlotClauseContext.class).map(p -> plotPath(p, "series " + name));
        if (!ok) {
            return Optional.empty();
        }
        int index = params.indexOf(ranging);
        List<java.math.BigInteger> fixed = new ArrayList<>(params.stream().map(p -> ranges.get(p).get(0)).toList());
        List<String> instances = new ArrayList<>();
        for (java.math.BigInteger v : ranges.get(ranging)) {
            fixed.set(index, v);
            instances.add(Instantiation.name(base, params, fixed));
        }
        List<Expectation> expected = new ArrayList<>();
        Map<String, SourcePos> seen = new LinkedHashMap<>();
        for (ClauseContext e : c.expects) {
            Optional<Expectation> x = e instanceof MdpParser.VerdictClauseContext v
                    ? expectations.verdict(QueryKind.SOLVE, v)
                    : expectations.member((MdpParser.ExpectClauseContext) e, instances);
            if (x.isEmpty()) {
                continue;
            }
            SourcePos first = seen.putIfAbsent(x.get().key(), x.get().pos());
            if (first != null) {
                reporter.error(x.get().pos(), DiagnosticCode.DUPLICATE_CLAUSE, "expect " + x.get().key()
                        + " is given twice (first at " + Reporter.where(first) + "); keep one");
                continue;
            }
            expected.add(x.get());
        }
        List<Query.Series.Member> members = new ArrayList<>();
        List<java.math.BigInteger> values = ranges.get(ranging);
        for (int i = 0; i < values.size(); i++) {
            String instance = instances.get(i);
            Optional<Target> t = tasks.target(instance, at);
            if (t.isEmpty()) {
                return Optional.empty();  // the instance's own errors were reported where it is built
            }
            List<Expectation> own = expected.stream().filter(x -> x.key().startsWith(instance + "."))
                    .map(x -> new Expectation(x.key().substring(instance.length() + 1), x.value(), x.pos())).toList();
            members.add(new Query.Series.Member(values.get(i), instance, new Query.Solve(name + "." + instance,
                    t.get(), requirement, requires, objective, basis, reports, own, pos)));
        }
        return Optional.of(new Query.Series(name, base, ranging, members, reports, plot, expected, pos));
    }

    /** Profiles count by circuit size: the largest size counted is the required 'up to size N'. */
    private Optional<Query> profile(String name, SourcePos pos, Clauses c, List<Expectation> expected) {
        Optional<Target> target = target(name, pos, c, "profile");
        Optional<ReturnRequirement> requirement = c.get("require return", MdpParser.RequireReturnClauseContext.class)
                .map(this::requirement);
        List<Expr> requires = new ArrayList<>();
        for (MdpParser.RequireExprClauseContext r : c.requires) {
            requires.add(predicates.expressions().build(r.expr()));
        }
        c.get("minimize", MdpParser.MinimizeClauseContext.class).ifPresent(m -> {
            String words = String.join(" ", m.objectiveWord().stream().map(MdpParser.ObjectiveWordContext::getText).toList());
            if (!words.equals(Objective.SIZE.keyword())) {
                reporter.error(reporter.at(m.objectiveWord(0)), DiagnosticCode.PROFILE_OBJECTIVE, "profile " + name
                        + " counts policies by circuit size only; write 'minimize size;' or leave the clause out");
            }
        });
        Basis basis = basis(c);
        List<Predicate> reports = reports(c);
        int bound = 0;
        Optional<MdpParser.UpToClauseContext> upTo = c.get("up to", MdpParser.UpToClauseContext.class);
        if (upTo.isEmpty()) {
            reporter.error(pos, DiagnosticCode.PROFILE_BOUND, "profile " + name
                    + " has no bound; add 'up to size N;' naming the largest circuit size to count");
        } else {
            bound = profileBound(upTo.get());
        }
        boolean countCircuits = false;
        Optional<MdpParser.CountClauseContext> count = c.get("count", MdpParser.CountClauseContext.class);
        if (count.isPresent()) {
            if (count.get().ident().getText().equals("circuits")) {
                countCircuits = true;
            } else {
                reporter.error(reporter.at(count.get().ident()), DiagnosticCode.PROFILE_COUNT, "a profile can count "
                        + "circuits only, not " + count.get().ident().getText() + "; write 'count circuits;'");
            }
        }
        Optional<String> plot = c.get("plot", MdpParser.PlotClauseContext.class).map(p -> plotPath(p, "profile " + name));
        int b = bound;
        boolean counted = countCircuits;
        return target.map(t -> new Query.Profile(name, t, requirement, requires, basis, reports, b, counted, plot,
                expected, pos));
    }

    /** The largest size a profile counts: profiles stop at {@value #MAX_PROFILE_BOUND} gates. */
    static final int MAX_PROFILE_BOUND = 16;

    private int profileBound(MdpParser.UpToClauseContext ctx) {
        String word = ctx.ident().getText();
        if (!word.equals("size")) {
            reporter.error(reporter.at(ctx.ident()), DiagnosticCode.PROFILE_BOUND, "a profile is bounded by circuit "
                    + "size; write 'up to size N;', not 'up to " + word + " ...'");
            return 0;
        }
        String digits = ctx.NUMBER().getText();
        if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) > MAX_PROFILE_BOUND) {
            reporter.error(reporter.at(ctx.NUMBER().getSymbol()), DiagnosticCode.PROFILE_BOUND, "the bound in 'up to "
                    + "size N' must be a whole number from 0 to " + MAX_PROFILE_BOUND + ", not " + digits);
            return 0;
        }
        return Integer.parseInt(digits);
    }

    private String plotPath(MdpParser.PlotClauseContext ctx, String name) {
        String text = ctx.STRING().getText();
        String path = text.substring(1, text.length() - 1);
        if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            reporter.error(reporter.at(ctx.STRING().getSymbol()), DiagnosticCode.PLOT_FILE, name
                    + " plots SVG only: the file name must end in .svg, not " + text);
        }
        return path;
    }

    private Optional<Query> lemma(String name, SourcePos pos, Clauses c, List<Expectation> expected) {
        Optional<Family> family = Optional.empty();
        Optional<MdpParser.FamilyClauseContext> familyClause = c.get("family", MdpParser.FamilyClauseContext.class);
        if (familyClause.isEmpty()) {
            reporter.error(pos, DiagnosticCode.MISSING_FAMILY, "lemma " + name + " has no family; add 'family NAME;'");
        } else {
            family = family(familyClause.get().ident());
        }
        Optional<Mdp> bad = Optional.empty();
        Optional<MdpParser.BadClauseContext> badClause = c.get("bad", MdpParser.BadClauseContext.class);
        if (badClause.isEmpty()) {
            reporter.error(pos, DiagnosticCode.MISSING_BAD,
                    "lemma " + name + " has no bad member; add 'bad MDP;' naming the member where deception is tested");
        } else {
            bad = badMember(badClause.get().ident(), family);
        }
        Optional<Predicate> predicate = Optional.empty();
        Optional<MdpParser.PredicateClauseContext> predClause = c.get("predicate", MdpParser.PredicateClauseContext.class);
        if (predClause.isEmpty()) {
            reporter.error(pos, DiagnosticCode.MISSING_PREDICATE,
                    "lemma " + name + " has no predicate; add 'predicate NAME;' naming the deception predicate");
        } else {
            predicate = predicate(predClause.get().ident());
        }
        Optional<ReturnRequirement> requirement = c.get("require return", MdpParser.RequireReturnClauseContext.class)
                .map(this::requirement);
        Objective objective = objective(c);
        Basis basis = basis(c);
        if (family.isEmpty() || bad.isEmpty() || predicate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Query.Lemma(name, family.get(), bad.get(), predicate.get(), requirement, objective,
                basis, expected, pos));
    }

    private Optional<Query> eval(String name, SourcePos pos, Clauses c, List<Expectation> expected) {
        Optional<MdpParser.CircuitClauseContext> circuitClause = c.get("circuit", MdpParser.CircuitClauseContext.class);
        Optional<MdpParser.PolicyClauseContext> policyClause = c.get("policy", MdpParser.PolicyClauseContext.class);
        Optional<PolicySource> source = Optional.empty();
        if (circuitClause.isPresent() && policyClause.isPresent()) {
            reporter.error(reporter.at(policyClause.get()), DiagnosticCode.CONFLICTING_CLAUSES, "eval " + name
                    + " has both a circuit and a policy table; keep one");
        } else if (circuitClause.isPresent()) {
            source = circuit(circuitClause.get().ident());
        } else if (policyClause.isPresent()) {
            source = Optional.of(table(policyClause.get()));
        } else {
            reporter.error(pos, DiagnosticCode.MISSING_POLICY, "eval " + name
                    + " has nothing to evaluate; add 'circuit NAME;' or 'policy { Mdp.state: action, ... }'");
        }
        Optional<Target> target = target(name, pos, c, "eval");
        List<Predicate> reports = reports(c);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Query.Eval(name, source.get(), target.get(), reports, expected, pos));
    }

    private Optional<Target> target(String query, SourcePos pos, Clauses c, String kind) {
        Optional<MdpParser.TargetClauseContext> clause = c.get("target", MdpParser.TargetClauseContext.class);
        if (clause.isEmpty()) {
            reporter.error(pos, DiagnosticCode.MISSING_TARGET, kind + " " + query
                    + " has no target; add 'target NAME;' naming an mdp or a family");
            return Optional.empty();
        }
        IdentContext id = clause.get().ident();
        Optional<Target> t = tasks.target(id.getText(), reporter.at(id));
        if (t.isEmpty() && !tasks.isDeclared(id.getText())) {
            reporter.error(reporter.at(id), DiagnosticCode.UNKNOWN_TARGET,
                    "unknown target " + id.getText() + "; a target is an mdp or a family of this file");
        }
        return t;
    }

    private ReturnRequirement requirement(MdpParser.RequireReturnClauseContext ctx) {
        MdpParser.ReturnBoundContext bound = ctx.returnBound();
        SourcePos pos = reporter.at(ctx);
        if (!ctx.cmp().getText().equals(">=")) {
            // A return threshold is a lower bound; other comparisons belong in a predicate.
            reporter.error(reporter.at(ctx.cmp()), DiagnosticCode.RETURN_BOUND_OP, "'require return' takes >= only, not "
                    + ctx.cmp().getText() + "; for other comparisons require a predicate such as return(T) "
                    + ctx.cmp().getText() + " q");
        }
        if (bound.OPTIMAL() == null) {
            return ReturnRequirement.absolute(Numbers.value(bound.number(), reporter), pos);
        }
        if (bound.number() == null) {
            return ReturnRequirement.optimalMinus(BigFraction.ZERO, pos);
        }
        BigFraction slack = Numbers.value(bound.number(), reporter);
        if (slack.signum() < 0) {
            reporter.error(reporter.at(bound.number()), DiagnosticCode.NEGATIVE_SLACK,
                    "the slack in 'optimal - q' must be 0 or more, not " + Numbers.text(slack));
        }
        return ReturnRequirement.optimalMinus(slack, pos);
    }

    private Objective objective(Clauses c) {
        Optional<MdpParser.MinimizeClauseContext> clause = c.get("minimize", MdpParser.MinimizeClauseContext.class);
        if (clause.isEmpty()) {
            return Objective.SIZE;
        }
        List<MdpParser.ObjectiveWordContext> words = clause.get().objectiveWord();
        String text = String.join(" ", words.stream().map(MdpParser.ObjectiveWordContext::getText).toList());
        for (Objective o : Objective.fixed()) {
            if (o.keyword().equals(text)) {
                return o;
            }
        }
        if (words.stream().anyMatch(w -> w.getText().equals("+"))) {
            return weightedObjective(words, text);
        }
        reporter.error(reporter.at(words.get(0)), DiagnosticCode.UNKNOWN_OBJECTIVE,
                "cannot minimize '" + text + "'; write size, depth, size then depth, depth then size,"
                        + " or a weighted sum such as size + depth or 2 size + 3 depth");
        return Objective.SIZE;
    }

    /**
     * {@code [a] size + [b] depth} (either order), the weights whole numbers of at least 1; an
     * error at the first word that does not fit.
     */
    private Objective weightedObjective(List<MdpParser.ObjectiveWordContext> words, String text) {
        Map<String, Integer> weights = new HashMap<>();
        int i = 0;
        while (i < words.size()) {
            int weight = 1;
            MdpParser.ObjectiveWordContext w = words.get(i);
            if (w.NUMBER() != null) {
                if (!w.getText().matches("[0-9]{1,6}") || Integer.parseInt(w.getText()) < 1) {
                    return badWeighted(w, "the weight '" + w.getText() + "' must be a whole number of at least 1"
                            + (w.getText().matches("0+") ? " (to minimize size or depth alone, write just that)" : ""));
                }
                weight = Integer.parseInt(w.getText());
                if (++i == words.size()) {
                    return badWeighted(w, "the weight " + w.getText() + " must be followed by size or depth");
                }
                w = words.get(i);
            }
            String cost = w.getText();
            if (!cost.equals("size") && !cost.equals("depth")) {
                return badWeighted(w, "cannot minimize '" + text + "': a weighted sum adds size and depth, as in"
                        + " size + depth or 2 size + 3 depth, and '" + cost + "' is neither");
            }
            if (weights.put(cost, weight) != null) {
                return badWeighted(w, cost + " appears twice in '" + text + "'; name it once with its weight");
            }
            i++;
            if (i < words.size()) {
                if (!words.get(i).getText().equals("+") || i + 1 == words.size()) {
                    return badWeighted(words.get(i), "cannot minimize '" + text + "'; write the sum as a size + b depth");
                }
                i++;
            }
        }
        if (weights.size() != 2) {
            return badWeighted(words.get(0), "cannot minimize '" + text + "'; a weighted sum names both size and depth");
        }
        return Objective.weighted(weights.get("size"), weights.get("depth"));
    }

    private Objective badWeighted(MdpParser.ObjectiveWordContext at, String message) {
        reporter.error(reporter.at(at), DiagnosticCode.UNKNOWN_OBJECTIVE, message);
        return Objective.SIZE;
    }

    private Basis basis(Clauses c) {
        Optional<MdpParser.BasisClauseContext> clause = c.get("basis", MdpParser.BasisClauseContext.class);
        if (clause.isEmpty()) {
            return Basis.B2;
        }
        String word = clause.get().ident().getText();
        for (Basis b : Basis.values()) {
            if (b.keyword().equals(word)) {
                return b;
            }
        }
        reporter.error(reporter.at(clause.get().ident()), DiagnosticCode.UNKNOWN_BASIS,
                "unknown basis " + word + "; write b2, aig or xag");
        return Basis.B2;
    }

    private List<Predicate> reports(Clauses c) {
        Set<Predicate> result = new LinkedHashSet<>();
        for (MdpParser.ReportClauseContext r : c.reports) {
            for (IdentContext id : r.ident()) {
                predicate(id).ifPresent(result::add);
            }
        }
        return new ArrayList<>(result);
    }

    private Optional<Predicate> predicate(IdentContext id) {
        Optional<Predicate> p = predicates.resolve(id.getText());
        if (p.isEmpty() && !predicates.isDeclared(id.getText())) {
            reporter.error(reporter.at(id), DiagnosticCode.UNKNOWN_PREDICATE, "unknown predicate " + id.getText());
        }
        return p;
    }

    private Optional<Family> family(IdentContext id) {
        Optional<Target> t = tasks.target(id.getText(), reporter.at(id));
        if (t.isPresent() && t.get() instanceof Family f) {
            return Optional.of(f);
        }
        if (t.isPresent()) {
            reporter.error(reporter.at(id), DiagnosticCode.UNKNOWN_FAMILY,
                    id.getText() + " is an mdp; a lemma needs a family");
        } else if (!tasks.isDeclared(id.getText())) {
            reporter.error(reporter.at(id), DiagnosticCode.UNKNOWN_FAMILY, "unknown family " + id.getText());
        }
        return Optional.empty();
    }

    private Optional<Mdp> badMember(IdentContext id, Optional<Family> family) {
        Optional<Target> t = tasks.target(id.getText(), reporter.at(id));
        if (t.isEmpty() || !(t.get() instanceof Mdp mdp)) {
            if (!tasks.isDeclared(id.getText()) || t.isPresent()) {
                reporter.error(reporter.at(id), DiagnosticCode.UNKNOWN_MDP,
                        (t.isPresent() ? id.getText() + " is a family" : "unknown mdp " + id.getText())
                                + "; 'bad' names a member mdp of the lemma's family");
            }
            return Optional.empty();
        }
        if (family.isPresent() && family.get().members().stream().noneMatch(m -> m.mdp() == mdp)) {
            reporter.error(reporter.at(id), DiagnosticCode.BAD_NOT_MEMBER, "mdp " + mdp.name()
                    + " is not a member of family " + family.get().name() + " (its members are "
                    + String.join(", ", family.get().members().stream().map(m -> m.mdp().name()).toList()) + ")");
        }
        return Optional.of(mdp);
    }

    private Optional<PolicySource> circuit(IdentContext id) {
        CircuitDef def = circuits.get(id.getText());
        if (def == null) {
            reporter.error(reporter.at(id), DiagnosticCode.UNKNOWN_CIRCUIT, "unknown circuit " + id.getText()
                    + (circuits.isEmpty() ? "; declare it with 'circuit " + id.getText() + " { ... }'"
                            : "; the file declares " + String.join(", ", circuits.keySet())));
            return Optional.empty();
        }
        return Optional.of(new PolicySource.FromCircuit(def));
    }

    private PolicySource table(MdpParser.PolicyClauseContext ctx) {
        Map<StateRef, Action> entries = new LinkedHashMap<>();
        Map<StateRef, SourcePos> seen = new LinkedHashMap<>();
        for (MdpParser.PolicyEntryContext e : ctx.policyEntry()) {
            Optional<StateRef> state = names.state(e.qname());
            Optional<Action> action = iface.action(e.ident().getText());
            if (action.isEmpty()) {
                reporter.error(reporter.at(e.ident()), DiagnosticCode.UNKNOWN_ACTION, "unknown action "
                        + e.ident().getText() + "; " + InterfaceBuilder.declaredActions(iface));
            }
            if (state.isEmpty() || action.isEmpty()) {
                continue;
            }
            StateRef ref = state.get();
            SourcePos first = seen.putIfAbsent(ref, reporter.at(e.qname()));
            if (first != null) {
                reporter.error(reporter.at(e.qname()), DiagnosticCode.DUPLICATE_NAME, "state " + ref.qualifiedName()
                        + " appears twice in the policy table (first at " + Reporter.where(first) + ")");
                continue;
            }
            if (!ref.state().actions().contains(action.get())) {
                reporter.error(reporter.at(e.ident()), DiagnosticCode.ACTION_NOT_AVAILABLE, "action "
                        + action.get().name() + " is not available in state " + ref.qualifiedName() + " (it offers "
                        + String.join(", ", ref.state().actions().stream().map(Action::name).toList()) + ")");
                continue;
            }
            entries.put(ref, action.get());
        }
        return new PolicySource.Table(entries, reporter.at(ctx));
    }

    private List<Expectation> expectations(QueryKind kind, Clauses c) {
        List<Expectation> result = new ArrayList<>();
        Map<String, SourcePos> seen = new LinkedHashMap<>();
        for (ClauseContext clause : c.expects) {
            Optional<Expectation> e = clause instanceof MdpParser.VerdictClauseContext v
                    ? expectations.verdict(kind, v)
                    : expectations.expectation(kind, (MdpParser.ExpectClauseContext) clause);
            if (e.isEmpty()) {
                continue;
            }
            SourcePos first = seen.putIfAbsent(e.get().key(), e.get().pos());
            if (first != null) {
                String what = e.get().key().equals(Expectation.VERDICT) ? "the verdict" : e.get().key();
                reporter.error(e.get().pos(), DiagnosticCode.DUPLICATE_CLAUSE, "expect " + what
                        + " is given twice (first at " + Reporter.where(first) + "); keep one");
                continue;
            }
            result.add(e.get());
        }
        return result;
    }
}
