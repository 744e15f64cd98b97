package org.mincirc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTableTest {
    @Test
    void pipesInTheHeaderCannotSplitTheRow() {
        String table = CatalogTable.render(List.of(new CatalogTable.Entry("x.mdp", "a | b")), List.of());
        assertEquals("| file | what it shows | queries and key results |\n| --- | --- | --- |\n"
                + "| `x.mdp` | a \\| b |  |\n", table);
    }
}
