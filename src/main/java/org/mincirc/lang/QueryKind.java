package org.mincirc.lang;

import java.util.List;

/** The query kinds and the clauses each one takes. */
enum QueryKind {
    SOLVE("solve", "a solve", "'expect size = 3;'",
            List.of("target", "require return", "require", "minimize", "basis", "report", "plot", "expect")),
    LEMMA("lemma", "a lemma", "'expect holds;'",
            List.of("family", "bad", "predicate", "require return", "minimize", "basis", "expect")),
    EVAL("eval", "an eval", "'expect return = 1/2;'",
            List.of("circuit", "policy", "target", "report", "expect")),
    PROFILE("profile", "a profile", "'expect profile[1].policies = 2;'",
            List.of("target", "require return", "require", "minimize", "basis", "report", "up to", "count", "plot",
                    "expect"));

    final String keyword;
    /** "a solve", "an eval": for messages. */
    final String article;
    final String example;
    final List<String> clauses;

    QueryKind(String keyword, String article, String example, List<String> clauses) {
        this.keyword = keyword;
        this.article = article;
        this.example = example;
        this.clauses = clauses;
    }

    static QueryKind of(String keyword) {
        for (QueryKind k : values()) {
            if (k.keyword.equals(keyword)) {
                return k;
            }
        }
        throw new IllegalArgumentException(keyword);
    }
}
