package org.mincirc.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.mincirc.model.Rationals;
import org.mincirc.query.Check;
import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.UnsupportedResult;

/**
 * The machine rendering: {@code {"backend": "...", "results": [ ... ]}}, one object per query with "query",
 * "kind" and the kind's fields. Exact numbers are strings ("13/4", "2") so no consumer reads
 * them as floating point.
 */
public final class JsonReport {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(List<QueryResult> results) {
        return render(results, null);
    }

    /** As {@link #render(List)}, naming the solver backend that answered ({@code "backend"}). */
    public static String render(List<QueryResult> results, String backend) {
        ObjectNode root = MAPPER.createObjectNode();
        if (backend != null) {
            root.put("backend", backend);
        }
        ArrayNode array = root.putArray("results");
        results.forEach(r -> array.add(toJson(r)));
        return write(root);
    }

    public static ObjectNode toJson(QueryResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("query", result.query().name());
        node.put("kind", result.query().kind());
        node.put("file", result.file());
        node.put("line", result.query().pos().line());
        result.accept(new Fields(node));
        node.put("seconds", result.elapsed().toNanos() / 1e9);
        ArrayNode checks = node.putArray("expectations");
        for (Check c : result.checks()) {
            ObjectNode check = checks.addObject();
            check.put("key", c.expectation().key());
            check.put("expected", c.expectation().value().text());
            check.put("actual", c.actual());
            check.put("holds", c.holds());
        }
        return node;
    }

    /** The fields of each kind, between the common head and the expectations. */
    private record Fields(ObjectNode node) implements QueryResult.Visitor<Void> {
        @Override
        public Void eval(EvalResult result) {
            evalFields(result, node);
            return null;
        }

        @Override
        public Void solve(SolveResult result) {
            SolveJson.fields(result, node);
            return null;
        }

        @Override
        public Void lemma(LemmaResult result) {
            LemmaJson.fields(result, node);
            return null;
        }

        @Override
        public Void profile(ProfileResult result) {
            ProfileJson.fields(result, node);
            return null;
        }

        @Override
        public Void series(SeriesResult result) {
            SeriesText.json(result, node);
            return null;
        }

        @Override
        public Void failed(FailedResult result) {
            node.put("status", result.kind() == FailedResult.Kind.TIMEOUT ? "timeout" : "error");
            node.put("error", result.message());
            return null;
        }

        @Override
        public Void unsupported(UnsupportedResult result) {
            node.put("status", "unsupported");
            node.put("error", result.reason());
            return null;
        }
    }

    private static void evalFields(EvalResult eval, ObjectNode node) {
        node.put("target", eval.query().target().name());
        if (eval.returnValue() == null) {
            node.putNull("return");
        } else {
            node.put("return", Rationals.format(eval.returnValue()));
        }
        node.put("valid", eval.valid());
        if (!eval.valid()) {
            node.put("invalid", eval.invalidReason());
        }
        ObjectNode predicates = node.putObject("predicates");
        for (Map.Entry<String, Boolean> p : eval.predicates().entrySet()) {
            if (p.getValue() == null) {
                predicates.putNull(p.getKey());
            } else {
                predicates.put(p.getKey(), p.getValue());
            }
        }
        if (eval.circuit() != null) {
            node.set("circuit", CircuitJson.of(eval.circuit()));
        }
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON rendering failed", e);
        }
    }
}
