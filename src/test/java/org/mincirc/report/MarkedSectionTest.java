package org.mincirc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkedSectionTest {
    private final MarkedSection section = new MarkedSection("catalog");

    @Test
    void extractAndReplaceTouchOnlyTheBody() {
        String doc = "a\n<!-- catalog:begin -->\nold\n<!-- catalog:end -->\nb\n";
        assertEquals(Optional.of("old\n"), section.extract(doc));
        assertEquals(Optional.of("a\n<!-- catalog:begin -->\nnew 1\nnew 2\n<!-- catalog:end -->\nb\n"),
                section.replace(doc, "new 1\nnew 2\n"));
    }

    @Test
    void missingOrMisorderedMarkersGiveNothing() {
        assertTrue(section.extract("a\n<!-- catalog:begin -->\nold\n").isEmpty());
        assertTrue(section.extract("<!-- catalog:end -->\n<!-- catalog:begin -->\n").isEmpty());
        assertTrue(section.replace("plain", "x").isEmpty());
        assertTrue(new MarkedSection("other").extract("<!-- catalog:begin -->\n<!-- catalog:end -->").isEmpty());
    }
}
