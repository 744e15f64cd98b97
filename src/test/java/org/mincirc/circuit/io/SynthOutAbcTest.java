package org.mincirc.circuit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.circuit.TruthTable;
import org.mincirc.cli.SynthCommand;
import picocli.CommandLine;

/**
 * ABC proves the circuits {@code mincirc synth --out} writes equivalent ({@code cec}) to a
 * reference BLIF built straight from the hex truth tables, not from any circuit of ours.
 */
class SynthOutAbcTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needAbc() {
        Assumptions.assumeTrue(Abc.available(), Abc.BINARY + " is not on PATH: ABC checks of synth --out skipped "
                + "(Debian/Ubuntu: apt-get install berkeley-abc)");
    }

    /** Synthesizes the tables and writes the result to {@code file}; the exit code must be 0. */
    private void synth(int inputs, List<String> hex, String file) {
        List<String> args = new ArrayList<>();
        hex.forEach(h -> args.addAll(List.of("--tt", h)));
        args.addAll(List.of("--inputs", Integer.toString(inputs), "--no-progress", "--out", dir.resolve(file).toString()));
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SynthCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), err.toString());
    }

    /** One {@code .names} cover per output, one line per on-row: the function, no structure. */
    private static String referenceBlif(int inputs, List<String> hex) {
        StringBuilder sb = new StringBuilder(".model reference\n.inputs");
        for (int i = 0; i < inputs; i++) {
            sb.append(" x").append(i);
        }
        sb.append("\n.outputs");
        for (int h = 0; h < hex.size(); h++) {
            sb.append(" y").append(h);
        }
        sb.append('\n');
        for (int h = 0; h < hex.size(); h++) {
            TruthTable t = TruthTable.fromHex(hex.get(h), inputs);
            sb.append(".names");
            for (int i = 0; i < inputs; i++) {
                sb.append(" x").append(i);
            }
            sb.append(" y").append(h).append('\n');
            for (int row = 0; row < t.rows(); row++) {
                if (t.get(row)) {
                    for (int i = 0; i < inputs; i++) {
                        sb.append((row >>> i & 1) == 1 ? '1' : '0');
                    }
                    sb.append(" 1\n");
                }
            }
        }
        return sb.append(".end\n").toString();
    }

    private void assertAbcProvesEquivalent(int inputs, List<String> hex) throws Exception {
        Files.writeString(dir.resolve("ref.blif"), referenceBlif(inputs, hex));
        List<String> files = List.of("out.aig", "out.blif", "out.v");
        for (String f : files) {
            synth(inputs, hex, f);
        }
        List<Abc.Verdict> verdicts = Abc.cec(dir, "ref.blif", files);
        for (int k = 0; k < files.size(); k++) {
            Abc.Verdict v = verdicts.get(k);
            assertEquals(Abc.Verdict.Kind.EQUIVALENT, v.kind(), files.get(k) + " for " + hex + ": ABC said\n" + v.output());
        }
    }

    @Test
    void fullAdderWrittenBySynthIsEquivalentToItsTruthTables() throws Exception {
        assertAbcProvesEquivalent(3, List.of("96", "e8"));
    }

    @Test
    void fourInputFunctionsWrittenBySynthAreEquivalentToTheirTruthTables() throws Exception {
        assertAbcProvesEquivalent(4, List.of("6996"));
        assertAbcProvesEquivalent(4, List.of("1ee1", "8000"));
    }

    @Test
    void abcNoticesAWrongReferenceSoTheCheckCanFail() throws Exception {
        synth(3, List.of("96", "e8"), "out.aig");
        // Majority replaced by its complement on one row: a different function.
        Files.writeString(dir.resolve("ref.blif"), referenceBlif(3, List.of("96", "e9")));
        Abc.Verdict v = Abc.cec(dir, "ref.blif", List.of("out.aig")).get(0);
        assertEquals(Abc.Verdict.Kind.NOT_EQUIVALENT, v.kind(), v.output());
    }
}
