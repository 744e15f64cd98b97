package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mincirc.circuit.Circuit;
import org.mincirc.model.Cmp;
import org.mincirc.model.Document;
import org.mincirc.model.Expr;
import org.mincirc.model.SourcePos;
import org.mincirc.model.Query;
import org.mincirc.solver.BackendFactory;
import org.mincirc.synth.OutputLiterals;
import org.mincirc.synth.SynthesisHooks;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.SynthesisResult;
import org.mincirc.synth.SynthesisStatus;
import org.mincirc.synth.Synthesizer;
import org.mincirc.synth.policy.PolicyHooks;
import org.mincirc.synth.policy.PolicySpace;

/**
 * The Bellman encoding of return atoms on z3 is exact by itself: with the threshold stated as a
 * required atom {@code return(T) >= r} on stochastic and discounted targets, the exact candidate
 * check never has to reject a z3 candidate, and the minimal size is the oracle's. Against the
 * same cases some of sat4j's candidates are rejected (its atoms on discounted targets are free
 * literals that the check corrects), so the counter does count. (A return threshold itself is
 * no longer stated with Bellman equations: the exact check and its cuts decide it.)
 */
class BellmanExactnessTest {
    @BeforeAll
    static void needsZ3() {
        Assumptions.assumeTrue(BackendFactory.unavailability("z3").isEmpty(),
                () -> "z3 does not load here: " + BackendFactory.unavailability("z3"));
    }

    /** The hooks of a query, counting the candidates its check rejects. */
    private static final class Counting implements SynthesisHooks {
        private final SynthesisHooks inner;
        int rejected;

        Counting(SynthesisHooks inner) {
            this.inner = inner;
        }

        @Override
        public Judge attach(OutputLiterals literals) {
            Judge judge = inner.attach(literals);
            return candidate -> {
                CandidateVerdict v = judge.check(candidate);
                if (v instanceof CandidateVerdict.Reject) {
                    rejected++;
                }
                return v;
            };
        }

        @Override
        public boolean accepts(Circuit circuit) {
            return inner.accepts(circuit);
        }
    }

    private static List<RandomMdps.Case> cases() {
        return Stream.of(RandomMdps.Kind.STOCHASTIC, RandomMdps.Kind.DISCOUNTED)
                .flatMap(k -> IntStream.range(0, 10).mapToObj(i -> RandomMdps.generate(k, i)))
                .filter(c -> OracleCases.verdict(c, "q").feasible())
                // The synthesis below minimizes size; the oracle's size is known for size-first objectives.
                .filter(c -> OracleCases.solve(OracleCases.load(c.name(), c.text()), "q").objective().sizeFirst())
                .toList();
    }

    /** Total rejections over the cases on one backend; each minimum checked against the oracle. */
    private static int rejections(String backend) {
        int total = 0;
        for (RandomMdps.Case c : cases()) {
            Document doc = OracleCases.load(c.name(), c.text());
            Query.Solve q = OracleCases.solve(doc, "q");
            PolicyOracle.Verdict v = OracleCases.verdict(c, "q");
            PolicySpace space = PolicySpace.of(doc.iface(), doc.mdps());
            List<Expr> requires = new java.util.ArrayList<>(q.requires());
            v.threshold().ifPresent(r -> requires.add(new Expr.ReturnCmp(q.target(), Cmp.GE, r, SourcePos.NONE)));
            Counting hooks = new Counting(new PolicyHooks(space, q.target(), java.util.Optional.empty(), requires));
            // Capped at the oracle's size: a wrong encoding fails fast instead of climbing sizes.
            SynthesisParams params = SynthesisParams.defaults().withBackend(backend).withMaxSize(v.size())
                    .withTimeout(java.time.Duration.ofSeconds(20));
            SynthesisResult r = new Synthesizer(params)
                    .synthesize(space.spec(), hooks, a -> { });
            assertEquals(SynthesisStatus.OPTIMAL, r.status(), c.name() + " on " + backend);
            assertEquals(v.size(), r.circuit().orElseThrow().size(), c.name() + " on " + backend);
            total += hooks.rejected;
        }
        return total;
    }

    @Test
    void z3CandidatesNeedNoCorrectionAndSat4jOnesDo() {
        assertTrue(cases().size() >= 10, "too few feasible cases: " + cases().size());
        assertEquals(0, rejections("z3"), "the exact check rejected a z3 candidate: the Bellman encoding is loose");
        assertTrue(rejections("sat4j") > 0, "sat4j was never corrected: the counter counts nothing");
    }
}
