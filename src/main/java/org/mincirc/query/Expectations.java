package org.mincirc.query;

import java.util.List;
import java.util.Optional;
import org.mincirc.model.Expectation;
import org.mincirc.model.Expectation.Expected;

/** Compares {@code expect} lines with actual results, numbers exactly. */
public final class Expectations {
    private Expectations() {}

    public static List<Check> check(List<Expectation> expectations, QueryResult result) {
        return expectations.stream().map(e -> check(e, result)).toList();
    }

    static Check check(Expectation e, QueryResult result) {
        Optional<Expected> actual = result.actual(e.key());
        if (actual.isEmpty()) {
            return new Check(e, "no value", false);
        }
        return new Check(e, actual.get().text(), matches(e.value(), actual.get()));
    }

    static boolean matches(Expected expected, Expected actual) {
        if (expected instanceof Expectation.Number n && actual instanceof Expectation.Number a) {
            return n.value().compareTo(a.value()) == 0;
        }
        return expected.equals(actual);
    }
}
