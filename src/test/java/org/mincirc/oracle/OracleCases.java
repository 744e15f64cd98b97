package org.mincirc.oracle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.circuit.Circuit;
import org.mincirc.lang.LoadException;
import org.mincirc.lang.Loader;
import org.mincirc.model.Action;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation;
import org.mincirc.model.Interface;
import org.mincirc.model.Objective;
import org.mincirc.model.Query;
import org.mincirc.model.StateRef;
import org.mincirc.query.FailedResult;
import org.mincirc.query.QueryResult;

/** Loading case texts, caching oracle verdicts, and comparing a solve result with a verdict. */
final class OracleCases {
    private OracleCases() {}

    private static final Map<String, Document> DOCS = new ConcurrentHashMap<>();
    private static final Map<String, PolicyOracle.Verdict> VERDICTS = new ConcurrentHashMap<>();

    /** Loads a text that must be valid, failing with every diagnostic and the text otherwise. */
    static Document load(String name, String text) {
        return DOCS.computeIfAbsent(name + "\n" + text, k -> {
            try {
                return Loader.parse(name.replaceAll("[^A-Za-z0-9_#.-]", "_") + ".mdp", text);
            } catch (LoadException e) {
                throw new AssertionError("generated file " + name + " did not load:\n" + e.getMessage()
                        + "\n--- file ---\n" + text);
            }
        });
    }

    static Query.Solve solve(Document doc, String name) {
        return doc.queries().stream().filter(q -> q.name().equals(name)).map(Query.Solve.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no solve query " + name));
    }

    /** The oracle's verdict for a query of a case, computed once per run. */
    static PolicyOracle.Verdict verdict(RandomMdps.Case c, String query) {
        return VERDICTS.computeIfAbsent(c.name() + "/" + query,
                k -> PolicyOracle.solve(load(c.name(), c.text()), solve(load(c.name(), c.text()), query)));
    }

    /** Every difference between the runner's result and the oracle's verdict, in words. */
    static List<String> mismatches(Interface iface, Query.Solve query, PolicyOracle.Verdict v, QueryResult result) {
        List<String> out = new ArrayList<>();
        if (result instanceof FailedResult f) {
            out.add("the runner failed (" + f.kind() + "): " + f.message());
            return out;
        }
        Optional<Expectation.Expected> status = result.actual("status");
        if (status.isEmpty() || !status.get().equals(new Expectation.Word(v.status()))) {
            out.add("status: runner " + status.map(Expectation.Expected::text).orElse("(none)") + ", oracle " + v.status());
            return out;
        }
        if (!v.feasible()) {
            return out;
        }
        number(out, result, "cost", v.cost());
        if (query.objective() != Objective.DEPTH && !query.objective().weightedSum()) {
            number(out, result, "size", v.size());
        }
        if (query.objective() == Objective.DEPTH || query.objective() == Objective.SIZE_THEN_DEPTH) {
            number(out, result, "depth", v.depth());
        }
        number(out, result, "policies", v.policyCount());
        if (v.threshold().isPresent()) {
            Optional<BigFraction> t = value(result, "threshold");
            if (t.isEmpty() || t.get().compareTo(v.threshold().get()) != 0) {
                out.add("threshold: runner " + t.map(PolicyOracle::text).orElse("(none)") + ", oracle "
                        + PolicyOracle.text(v.threshold().get()));
            }
        }
        Optional<BigFraction> ret = value(result, "return");
        if (ret.isEmpty()) {
            out.add("return: the runner reports none");
        } else {
            if (v.threshold().isPresent() && ret.get().compareTo(v.threshold().get()) < 0) {
                out.add("return " + PolicyOracle.text(ret.get()) + " is below the threshold "
                        + PolicyOracle.text(v.threshold().get()));
            }
            if (v.returns().stream().noneMatch(r -> r.compareTo(ret.get()) == 0)) {
                out.add("return " + PolicyOracle.text(ret.get()) + " is no minimal policy's return; those are "
                        + v.returns().stream().map(PolicyOracle::text).toList());
            }
        }
        reportedPolicy(out, iface, query, v, result);
        v.reports().forEach((name, quant) -> {
            Optional<Expectation.Expected> q = result.actual(name);
            if (q.isEmpty() || !q.get().equals(new Expectation.Quantified(quant))) {
                out.add("report " + name + ": runner " + q.map(Expectation.Expected::text).orElse("(none)")
                        + ", oracle " + quant.name().toLowerCase());
            }
        });
        return out;
    }

    /**
     * When the result exposes its circuit ({@code circuit()}: Optional of Circuit) or its policy
     * ({@code policy()}: map from StateRef to Action), as the planned SolveResult does, that one
     * policy must be among the oracle's minimal policies and the circuit must have the minimal
     * cost. Looked up by reflection so this test compiles before the solve result exists.
     */
    private static void reportedPolicy(List<String> out, Interface iface, Query.Solve query, PolicyOracle.Verdict v, QueryResult result) {
        accessor(result, "circuit").filter(Optional.class::isInstance).flatMap(o -> (Optional<?>) o)
                .filter(Circuit.class::isInstance).map(Circuit.class::cast).ifPresent(c -> {
                    int cost = query.objective().cost(c);
                    if (cost != v.cost()) {
                        out.add("the reported circuit costs " + cost + ", the oracle's minimum is " + v.cost()
                                + "\n" + c);
                    }
                    if (query.objective() == Objective.SIZE_THEN_DEPTH && c.depth() != v.depth()) {
                        out.add("the reported circuit has depth " + c.depth() + ", the least depth of a minimum-size"
                                + " circuit is " + v.depth() + "\n" + c);
                    }
                    Map<Integer, Action> restriction = new TreeMap<>();
                    for (int code : v.careCodes()) {
                        restriction.put(code, actionOf(iface, c.evaluate(code)));
                    }
                    if (!v.minimalPolicies().contains(restriction)) {
                        out.add("the reported circuit's policy " + restriction + " is not a minimal policy\n" + c);
                    }
                });
        accessor(result, "policy").filter(Map.class::isInstance).map(m -> (Map<?, ?>) m).filter(m -> !m.isEmpty())
                .ifPresent(m -> {
                    Map<Integer, Action> byCode = new TreeMap<>();
                    m.forEach((k, a) -> byCode.put(((StateRef) k).code(), (Action) a));
                    if (!v.minimalPolicies().contains(byCode)) {
                        out.add("the reported policy " + m + " is not a minimal policy");
                    }
                });
    }

    private static Action actionOf(Interface iface, int code) {
        return iface.actionByCode(code).orElse(new Action("(no action with code " + code + ")", code));
    }

    private static Optional<Object> accessor(QueryResult result, String name) {
        try {
            return Optional.ofNullable(result.getClass().getMethod(name).invoke(result));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * The text with the oracle's verdict written as {@code expect} lines into solve query
     * {@code queryName}, so that a user's {@code mincirc check} of the file would pass exactly when
     * the runner agrees with the oracle.
     */
    static String withExpectations(String text, String queryName, Query.Solve query, PolicyOracle.Verdict v) {
        StringBuilder lines = new StringBuilder("  expect status = " + v.status() + ";\n");
        if (v.feasible()) {
            lines.append("  expect cost = ").append(v.cost()).append(";\n");
            if (query.objective() != Objective.DEPTH && !query.objective().weightedSum()) {
                lines.append("  expect size = ").append(v.size()).append(";\n");
            }
            lines.append("  expect policies = ").append(v.policyCount()).append(";\n");
            v.threshold().ifPresent(t -> lines.append("  expect threshold = ").append(PolicyOracle.text(t)).append(";\n"));
            v.reports().forEach((name, q) -> lines.append("  expect ").append(name).append(" = ")
                    .append(q.name().toLowerCase()).append(";\n"));
        }
        int start = text.indexOf("solve " + queryName + " {");
        if (start < 0) {
            throw new IllegalArgumentException("no solve " + queryName);
        }
        int depth = 0;
        for (int i = text.indexOf('{', start); i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return text.substring(0, i) + "\n" + lines + text.substring(i);
            }
        }
        throw new IllegalArgumentException("unclosed solve " + queryName);
    }

    private static Optional<BigFraction> value(QueryResult result, String key) {
        return result.actual(key).filter(Expectation.Number.class::isInstance)
                .map(e -> ((Expectation.Number) e).value());
    }

    private static void number(List<String> out, QueryResult result, String key, int expected) {
        Optional<BigFraction> actual = value(result, key);
        if (actual.isEmpty() || actual.get().compareTo(BigFraction.of(BigInteger.valueOf(expected))) != 0) {
            out.add(key + ": runner " + actual.map(PolicyOracle::text).orElse("(none)") + ", oracle " + expected);
        }
    }
}
