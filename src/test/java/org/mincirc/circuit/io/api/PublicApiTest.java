package org.mincirc.circuit.io.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.Gate;
import org.mincirc.circuit.Lit;
import org.mincirc.circuit.io.CircuitFormats;
import org.mincirc.circuit.io.FormatException;

/** Uses circuit.io from another package, as callers do: this compiles only if the API is public. */
class PublicApiTest {

    @Test
    void everythingACallerNeedsIsPublic(@TempDir Path dir) throws Exception {
        Circuit c = new Circuit(2, List.of(new Gate(0b0110, 1, 2)), List.of(Lit.of(3, true)));
        for (String ext : List.of("blif", "aag", "aig", "v", "dot")) {
            CircuitFormats.write(c, dir.resolve("c." + ext));
        }
        for (String ext : List.of("blif", "aag", "aig")) {
            assertEquals(c.simulate(), CircuitFormats.read(dir.resolve("c." + ext)).simulate(), ext);
        }
        assertEquals(c.simulate(), CircuitFormats.parse(CircuitFormats.toText(c, "blif"), "blif").simulate());
        assertEquals(c.simulate(), CircuitFormats.parse(CircuitFormats.toBytes(c, "aig"), "aig").simulate());
        assertTrue(CircuitFormats.toText(c, "dot", "x").contains("XOR"));
        FormatException e = assertThrows(FormatException.class, () -> CircuitFormats.parse("aag 1 0 1 0 0\n", "aag"));
        assertEquals(1, e.line());
        assertTrue(e.hasLine());
        assertTrue(e.detail().contains("latches"), e.detail());
    }
}
