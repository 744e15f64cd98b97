package org.mincirc.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mincirc.circuit.TruthTable;
import org.mincirc.synth.Spec;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.SynthesisResult;
import org.mincirc.synth.Synthesizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One exact-synthesis call (find the minimum and prove every smaller size impossible) on
 * 4-input functions of growing difficulty: parity (3 gates, the lower bound decides), 0x1668
 * (6 gates) and 4-input majority 0xe880 (7 gates, the largest size among the NPN classes).
 * Run: mvn -B -Pbench -DskipTests package && java -cp target/mincirc.jar org.openjdk.jmh.Main SynthesisBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SynthesisBenchmark {
    @Param({"6996", "1668", "e880"})
    public String hex;

    private Spec spec;
    private Synthesizer synthesizer;

    @Setup
    public void setUp() {
        spec = Spec.ofTruthTables(List.of(TruthTable.fromHex(hex, 4)));
        synthesizer = new Synthesizer(SynthesisParams.defaults());
    }

    @Benchmark
    public SynthesisResult minimumSize() {
        return synthesizer.synthesize(spec);
    }
}
