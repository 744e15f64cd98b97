package org.mincirc.query;

import org.mincirc.model.Expectation;

/** One {@code expect} line and what the query actually gave. */
public record Check(Expectation expectation, String actual, boolean holds) {
    public String describe() {
        return "expect " + expectation.key() + " = " + expectation.value().text()
                + (holds ? "" : ": got " + actual);
    }
}
