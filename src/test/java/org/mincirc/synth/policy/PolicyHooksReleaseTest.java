package org.mincirc.synth.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.circuit.Circuit;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.synth.OutputLiterals;
import org.mincirc.synth.SynthesisHooks;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.SynthesisResult;
import org.mincirc.synth.SynthesisStatus;
import org.mincirc.synth.Synthesizer;

/**
 * The policy hooks keep nothing of an encoding once its question is settled: they once kept
 * every encoding (and so its closed backend) in a map for the life of the hooks, so a long
 * {@code check} run grew without bound.
 */
class PolicyHooksReleaseTest {
    private static final String FILE = """
            interface { inputs x0 x1; actions a = 0, b = 1; }
            mdp M { horizon 1;
              state s00 code 00 init 1/4 { a -> reward 1; b -> reward 0; }
              state s01 code 01 init 1/4 { a -> reward 0; b -> reward 1; }
              state s10 code 10 init 1/4 { a -> reward 0; b -> reward 1; }
              state s11 code 11 init 1/4 { a -> reward 1; b -> reward 0; } }
            """;

    /** Records a weak reference to every encoding it is attached to, then delegates. */
    private static final class Watching implements SynthesisHooks {
        final SynthesisHooks inner;
        final List<WeakReference<OutputLiterals>> seen = new ArrayList<>();

        Watching(SynthesisHooks inner) {
            this.inner = inner;
        }

        @Override
        public Judge attach(OutputLiterals literals) {
            seen.add(new WeakReference<>(literals));
            return inner.attach(literals);
        }

        @Override
        public boolean accepts(Circuit circuit) {
            return inner.accepts(circuit);
        }
    }

    @Test
    void noEncodingStaysReachableThroughTheHooks() throws Exception {
        Document doc = Loader.parse("xor.mdp", FILE);
        PolicySpace space = PolicySpace.of(doc.iface(), doc.mdps());
        PolicyHooks hooks = new PolicyHooks(space, doc.mdps().get(0), Optional.of(BigFraction.ONE), List.of());
        Watching watching = new Watching(hooks);
        SynthesisResult r = new Synthesizer(SynthesisParams.defaults()).synthesize(space.spec(), watching, a -> { });
        assertEquals(SynthesisStatus.OPTIMAL, r.status());
        assertEquals(1, r.circuit().orElseThrow().size());
        assertTrue(watching.seen.size() >= 2, "k = 0 and k = 1 were asked");
        for (int i = 0; i < 50 && watching.seen.stream().anyMatch(w -> w.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        long alive = watching.seen.stream().filter(w -> w.get() != null).count();
        // hooks is still reachable here; only what it holds could keep an encoding alive.
        assertEquals(0, alive, "encodings kept alive by " + hooks);
    }
}
