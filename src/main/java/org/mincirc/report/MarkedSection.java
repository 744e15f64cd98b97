package org.mincirc.report;

import java.util.Optional;

/**
 * The text between two marker lines of a document, such as the catalog between
 * {@code <!-- catalog:begin -->} and {@code <!-- catalog:end -->} in the README: read it (the
 * drift test) and replace it (regeneration), so generated text never needs pasting by hand.
 */
public final class MarkedSection {
    private final String begin;
    private final String end;

    public MarkedSection(String name) {
        this.begin = "<!-- " + name + ":begin -->\n";
        this.end = "<!-- " + name + ":end -->";
    }

    /** The text between the markers, or empty if the document lacks them (or has them out of order). */
    public Optional<String> extract(String document) {
        int from = document.indexOf(begin);
        int to = from < 0 ? -1 : document.indexOf(end, from + begin.length());
        return to < 0 ? Optional.empty() : Optional.of(document.substring(from + begin.length(), to));
    }

    /** The document with the text between the markers replaced, or empty if it lacks them. */
    public Optional<String> replace(String document, String body) {
        return extract(document).map(old -> {
            int from = document.indexOf(begin) + begin.length();
            return document.substring(0, from) + body + document.substring(from + old.length());
        });
    }
}
