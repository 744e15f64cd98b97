package org.mincirc.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.ExpectValueContext;
import org.mincirc.model.Expectation;
import org.mincirc.model.SourcePos;

/**
 * Checks {@code expect} lines against the result fields each query kind has, and the shape of
 * each value (a count, a number, true/false, all/some/none, or one of a few words).
 */
final class ExpectationChecker {
    /** The shape a key's value must have. */
    enum Shape {
        COUNT("a whole number >= 0"), NUMBER("a number"), BOOL("true or false"),
        QUANT("all, some or none"), STATUS("optimal, unknown or infeasible");

        final String text;

        Shape(String text) {
            this.text = text;
        }
    }

    private static final Map<String, Shape> SOLVE_KEYS = ordered(
            "status", Shape.STATUS, "size", Shape.COUNT, "depth", Shape.COUNT, "cost", Shape.COUNT,
            "lowerBound", Shape.COUNT, "return", Shape.NUMBER, "threshold", Shape.NUMBER, "policies", Shape.COUNT);
    private static final Map<String, Shape> EVAL_KEYS = ordered("return", Shape.NUMBER, "valid", Shape.BOOL);
    private static final Map<String, Shape> LEMMA_KEYS = ordered(
            "familyCost", Shape.COUNT, "unionCost", Shape.COUNT, "samePolicies", Shape.BOOL,
            "premise", Shape.QUANT, "conclusion", Shape.QUANT);
    private static final Map<String, Shape> PROFILE_KEYS = ordered(
            "minimum", Shape.COUNT, "policies", Shape.COUNT, "complete", Shape.BOOL);
    /** The fields of one cost level, {@code profile[c].FIELD}; a predicate P adds P, P.policies, P.circuits. */
    private static final Map<String, Shape> LEVEL_KEYS = ordered(
            "policies", Shape.COUNT, "circuits", Shape.COUNT, "allCircuits", Shape.COUNT);

    private final Reporter reporter;
    private final Set<String> predicateNames;

    ExpectationChecker(Reporter reporter, Set<String> predicateNames) {
        this.reporter = reporter;
        this.predicateNames = predicateNames;
    }

    /** {@code expect holds;} / {@code expect fails;} */
    Optional<Expectation> verdict(QueryKind kind, MdpParser.VerdictClauseContext ctx) {
        SourcePos pos = reporter.at(ctx);
        String word = ctx.verdict.getText();
        if (kind != QueryKind.LEMMA) {
            reporter.error(pos, DiagnosticCode.UNKNOWN_EXPECT_KEY, "'expect " + word + "' is for lemma queries; "
                    + kind.article + " query expects result values, e.g. " + kind.example);
            return Optional.empty();
        }
        return Optional.of(new Expectation(Expectation.VERDICT, new Expectation.Word(word), pos));
    }

    /** {@code expect KEY = VALUE;} */
    Optional<Expectation> expectation(QueryKind kind, MdpParser.ExpectClauseContext ctx) {
        String key = ctx.expectKey().getText();
        SourcePos keyPos = reporter.at(ctx.expectKey());
        if (ctx.expectKey().NUMBER() != null) {
            return levelExpectation(kind, ctx, key, keyPos);
        }
        if (key.indexOf('.') >= 0) {
            reporter.error(keyPos, DiagnosticCode.UNKNOWN_EXPECT_KEY, kind.article + " query has no result " + key
                    + " (MEMBER.FIELD keys are for series, solves with target F(n = lo..hi)); expect one of "
                    + keysText(kind));
            return Optional.empty();
        }
        Optional<Shape> shape = shapeOf(kind, key);
        if (shape.isEmpty()) {
            reporter.error(keyPos, DiagnosticCode.UNKNOWN_EXPECT_KEY, kind.article + " query has no result "
                    + key + "; expect one of " + keysText(kind));
            return Optional.empty();
        }
        Expectation.Expected value = value(ctx.expectValue());
        if (!fits(shape.get(), value)) {
            reporter.error(reporter.at(ctx.expectValue()), DiagnosticCode.BAD_EXPECT_VALUE,
                    "expect " + key + " needs " + shape.get().text + ", not " + ctx.expectValue().getText());
            return Optional.empty();
        }
        return Optional.of(new Expectation(key, value, keyPos));
    }

    /**
     * {@code expect Train_n4.size = 2;}: a solve result of one member of a series, the member
     * named by its instance; the key is kept whole (MEMBER.FIELD).
     */
    Optional<Expectation> member(MdpParser.ExpectClauseContext ctx, java.util.List<String> members) {
        MdpParser.ExpectKeyContext k = ctx.expectKey();
        String key = k.getText();
        SourcePos keyPos = reporter.at(k);
        int dot = key.indexOf('.');
        if (k.NUMBER() != null || dot < 0) {
            reporter.error(keyPos, DiagnosticCode.SERIES_EXPECT_KEY, "a series expects the results of its members: "
                    + "write MEMBER.FIELD, e.g. " + members.get(0) + ".size, not " + key);
            return Optional.empty();
        }
        String member = key.substring(0, dot);
        String field = key.substring(dot + 1);
        if (!members.contains(member)) {
            reporter.error(keyPos, DiagnosticCode.SERIES_EXPECT_KEY, "the series has no member " + member
                    + "; its members are " + members.get(0) + " ... " + members.get(members.size() - 1));
            return Optional.empty();
        }
        Optional<Shape> shape = shapeOf(QueryKind.SOLVE, field);
        if (shape.isEmpty()) {
            reporter.error(keyPos, DiagnosticCode.SERIES_EXPECT_KEY, "a member of a series is a solve, which has no "
                    + "result " + field + "; expect " + member + ".F with F one of " + keysText(QueryKind.SOLVE));
            return Optional.empty();
        }
        Expectation.Expected value = value(ctx.expectValue());
        if (!fits(shape.get(), value)) {
            reporter.error(reporter.at(ctx.expectValue()), DiagnosticCode.BAD_EXPECT_VALUE,
                    "expect " + key + " needs " + shape.get().text + ", not " + ctx.expectValue().getText());
            return Optional.empty();
        }
        return Optional.of(new Expectation(key, value, keyPos));
    }

    /** {@code expect profile[3].deceptive = 2/5;}: a field of one cost level of a profile. */
    private Optional<Expectation> levelExpectation(QueryKind kind, MdpParser.ExpectClauseContext ctx, String key,
                                                   SourcePos keyPos) {
        MdpParser.ExpectKeyContext k = ctx.expectKey();
        if (kind != QueryKind.PROFILE || !k.ident(0).getText().equals("profile")) {
            reporter.error(keyPos, DiagnosticCode.UNKNOWN_EXPECT_KEY, kind.article + " query has no result "
                    + key + "; expect one of " + keysText(kind));
            return Optional.empty();
        }
        String digits = k.NUMBER().getText();
        String field = String.join(".", k.ident().subList(1, k.ident().size()).stream()
                .map(MdpParser.IdentContext::getText).toList());
        Optional<Shape> shape = levelShape(field);
        if (!digits.matches("[0-9]{1,3}") || shape.isEmpty()) {
            reporter.error(keyPos, DiagnosticCode.PROFILE_EXPECT_KEY, "no profile result " + key + "; write "
                    + "profile[c].F with c a size and F one of " + String.join(", ", LEVEL_KEYS.keySet())
                    + ", a predicate P (the fraction of the policies satisfying it), P.policies or P.circuits");
            return Optional.empty();
        }
        Expectation.Expected value = value(ctx.expectValue());
        if (!fits(shape.get(), value)) {
            reporter.error(reporter.at(ctx.expectValue()), DiagnosticCode.BAD_EXPECT_VALUE,
                    "expect " + key + " needs " + shape.get().text + ", not " + ctx.expectValue().getText());
            return Optional.empty();
        }
        return Optional.of(new Expectation("profile[" + Integer.parseInt(digits) + "]." + field, value, keyPos));
    }

    private Optional<Shape> levelShape(String field) {
        Shape fixed = LEVEL_KEYS.get(field);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        int dot = field.indexOf('.');
        String predicate = dot < 0 ? field : field.substring(0, dot);
        if (!predicateNames.contains(predicate)) {
            return Optional.empty();
        }
        if (dot < 0) {
            return Optional.of(Shape.NUMBER);
        }
        String rest = field.substring(dot + 1);
        return rest.equals("policies") || rest.equals("circuits") ? Optional.of(Shape.COUNT) : Optional.empty();
    }

    private Optional<Shape> shapeOf(QueryKind kind, String key) {
        Map<String, Shape> keys = switch (kind) {
            case SOLVE -> SOLVE_KEYS;
            case EVAL -> EVAL_KEYS;
            case LEMMA -> LEMMA_KEYS;
            case PROFILE -> PROFILE_KEYS;
        };
        Shape fixed = keys.get(key);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        if (predicateNames.contains(key)) {
            return switch (kind) {
                case SOLVE -> Optional.of(Shape.QUANT);
                case EVAL -> Optional.of(Shape.BOOL);
                case LEMMA, PROFILE -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static String keysText(QueryKind kind) {
        return switch (kind) {
            case SOLVE -> String.join(", ", SOLVE_KEYS.keySet()) + " or a predicate name";
            case EVAL -> String.join(", ", EVAL_KEYS.keySet()) + " or a predicate name";
            case LEMMA -> "holds, fails, " + String.join(", ", LEMMA_KEYS.keySet());
            case PROFILE -> String.join(", ", PROFILE_KEYS.keySet()) + " or profile[c].F for size c";
        };
    }

    private static Expectation.Expected value(ExpectValueContext ctx) {
        if (ctx.number() != null) {
            // Expected values are literal, never a zero denominator worth a second diagnostic.
            try {
                BigFraction q = org.mincirc.model.Rationals.parse(ctx.number().NUMBER().getText());
                return new Expectation.Number(ctx.number().getChildCount() == 2 ? q.negate() : q);
            } catch (NumberFormatException | ArithmeticException e) {
                return new Expectation.Word(ctx.getText());
            }
        }
        if (ctx.TRUE() != null || ctx.FALSE() != null) {
            return new Expectation.Bool(ctx.TRUE() != null);
        }
        String word = ctx.getText();
        return switch (word) {
            case "all" -> new Expectation.Quantified(Expectation.Quant.ALL);
            case "some" -> new Expectation.Quantified(Expectation.Quant.SOME);
            case "none" -> new Expectation.Quantified(Expectation.Quant.NONE);
            default -> new Expectation.Word(word);
        };
    }

    private static boolean fits(Shape shape, Expectation.Expected value) {
        return switch (shape) {
            case COUNT -> value instanceof Expectation.Number n && Numbers.isInteger(n.value()) && n.value().signum() >= 0;
            case NUMBER -> value instanceof Expectation.Number;
            case BOOL -> value instanceof Expectation.Bool;
            case QUANT -> value instanceof Expectation.Quantified;
            case STATUS -> value instanceof Expectation.Word w && Set.of("optimal", "unknown", "infeasible").contains(w.word());
        };
    }

    private static Map<String, Shape> ordered(Object... pairs) {
        Map<String, Shape> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Shape) pairs[i + 1]);
        }
        return map;
    }
}
