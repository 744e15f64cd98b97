package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.model.Basis;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.TruthTable;
import org.mincirc.circuit.io.CircuitFormats;
import org.mincirc.exact.Circuits;
import org.mincirc.model.Document;
import org.mincirc.synth.ShannonConstruction;
import org.mincirc.synth.Spec;

/**
 * {@code circuit NAME from "FILE";}: every 3-input function, built from b2 gates (so every
 * gate table with and without complemented fan-ins occurs), written as BLIF, ascii and binary
 * AIGER, loaded through the language and simulated, computes exactly the function it was
 * built for, with the same number of gates (AIGER: for and-inverter circuits).
 */
class CircuitFromFileTest {
    @TempDir
    Path dir;

    @Test
    void everyThreeInputFunctionSurvivesEveryReadableFormat() throws Exception {
        for (String format : List.of("blif", "aag", "aig")) {
            for (int f = 0; f < 256; f++) {
                TruthTable t = TruthTable.fromHex(String.format("%02x", f), 3);
                Basis basis = f % 2 == 0 ? Basis.B2 : Basis.AIG;
                Circuit built = ShannonConstruction.build(Spec.ofTruthTables(List.of(t)), basis);
                Circuit c = new Circuit(3, built.gates(), built.outputs(), List.of("x0", "x1", "x2"), List.of("y0"));
                Path file = dir.resolve("f" + f + "." + format);
                CircuitFormats.write(c, file);
                Path mdp = dir.resolve("use" + f + format + ".mdp");
                Files.writeString(mdp, "interface { inputs x0 x1 x2; actions a = 0, b = 1; }\n"
                        + "circuit C from \"" + file.getFileName() + "\";\n");
                Document doc = Loader.load(mdp);
                Circuit loaded = Circuits.fromDef(doc.circuit("C").orElseThrow(), doc.iface());
                assertEquals(t, loaded.simulate().get(0), format + " " + f);
                if (format.equals("blif") || basis == Basis.AIG) {
                    // AIGER holds and-gates only: an xor of a b2 circuit becomes three of them.
                    assertEquals(c.size(), loaded.size(), format + " " + f);
                }
            }
        }
    }
}
