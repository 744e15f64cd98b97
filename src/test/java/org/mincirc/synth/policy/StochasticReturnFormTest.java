package org.mincirc.synth.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.model.Basis;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.TruthTable;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.lang.Loader;
import org.mincirc.model.Cmp;
import org.mincirc.model.Document;
import org.mincirc.model.Expr;
import org.mincirc.model.SourcePos;
import org.mincirc.model.Mdp;
import org.mincirc.synth.ShannonConstruction;
import org.mincirc.synth.Spec;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.SynthesisResult;
import org.mincirc.synth.SynthesisStatus;
import org.mincirc.synth.Synthesizer;

/**
 * The tree form of a stochastic finite-horizon return is exact: for every bound that some policy
 * meets, a required atom {@code return(M) >= r} (stated with the tree form) lets synthesis find a
 * circuit meeting it without a single rejected candidate. A return threshold on a stochastic or
 * discounted target has no form in the formula: the exact check and its cuts decide, so answers
 * stay right (checked against brute force) and infeasibility is proven just above the best return.
 */
class StochasticReturnFormTest {
    private static final String[] CODES = {"00", "10", "01", "11"};

    /** A random stochastic mdp on two input bits: four states, one per code, two actions. */
    private static String randomMdp(long seed, String horizonLine) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder("interface {\n  inputs x0 x1;\n  actions a = 0, b = 1;\n}\nmdp M {\n");
        sb.append("  ").append(horizonLine).append('\n');
        for (int s = 0; s < 4; s++) {
            sb.append("  state s").append(s).append(" code ").append(CODES[s]).append(s == 0 ? " init 1 {" : " {");
            for (String a : new String[] {"a", "b"}) {
                int t1 = rnd.nextInt(4);
                int t2 = (t1 + 1 + rnd.nextInt(3)) % 4;
                int p = 1 + rnd.nextInt(3);
                sb.append(' ').append(a).append(" -> { ").append(p).append("/4: s").append(t1).append(", ").append(4 - p)
                        .append("/4: s").append(t2).append(" } reward ").append(rnd.nextInt(5) - 1).append(';');
            }
            sb.append(" }\n");
        }
        return sb.append("}\n").toString();
    }

    private static Document load(String text) {
        try {
            return Loader.parse("random.mdp", text);
        } catch (Exception e) {
            throw new AssertionError(e.getMessage() + "\n" + text, e);
        }
    }

    /** The exact return of each of the 16 lookup-table policies. */
    private static List<BigFraction> allReturns(Document doc, Mdp m) throws Exception {
        List<BigFraction> returns = new ArrayList<>();
        for (int table = 0; table < 16; table++) {
            TruthTable t = TruthTable.zero(2);
            for (int code = 0; code < 4; code++) {
                t = t.with(code, (table >>> code & 1) == 1);
            }
            Circuit c = ShannonConstruction.build(Spec.ofTruthTables(List.of(t)), Basis.B2);
            returns.add(Returns.of(m, Policy.of(c)));
        }
        return returns;
    }

    private static SynthesisResult solve(Document doc, Mdp m, BigFraction threshold) {
        PolicySpace space = PolicySpace.of(doc.iface(), doc.mdps());
        PolicyHooks hooks = new PolicyHooks(space, m, Optional.of(threshold), List.of());
        return new Synthesizer(SynthesisParams.defaults()).synthesize(space.spec(), hooks, a -> { });
    }

    /** The bound as a required atom, which the tree form states exactly. */
    private static SynthesisResult solveWithAtom(Document doc, Mdp m, BigFraction bound) {
        PolicySpace space = PolicySpace.of(doc.iface(), doc.mdps());
        Expr atom = new Expr.ReturnCmp(m, Cmp.GE, bound, SourcePos.NONE);
        PolicyHooks hooks = new PolicyHooks(space, m, Optional.empty(), List.of(atom));
        return new Synthesizer(SynthesisParams.defaults()).synthesize(space.spec(), hooks, a -> { });
    }

    /** No lookup table reaches the threshold (the question the driver asks before sizing). */
    private static boolean infeasible(Document doc, Mdp m, BigFraction threshold) {
        PolicySpace space = PolicySpace.of(doc.iface(), doc.mdps());
        PolicyHooks hooks = new PolicyHooks(space, m, Optional.of(threshold), List.of());
        return PolicyWitness.find(space.spec(), space.careCodes(), hooks, Basis.B2, "sat4j", null).infeasible();
    }

    @Test
    void finiteHorizonTreeIsExact() throws Exception {
        for (long seed = 1; seed <= 6; seed++) {
            String text = randomMdp(seed, "horizon 3;");
            Document doc = load(text);
            Mdp m = doc.mdps().get(0);
            TreeSet<BigFraction> values = new TreeSet<>(allReturns(doc, m));
            for (BigFraction r : values) {
                SynthesisResult res = solveWithAtom(doc, m, r);
                assertEquals(SynthesisStatus.OPTIMAL, res.status(), text);
                assertEquals(0, res.stats().rejected(), "a candidate below " + r + " got past the form\n" + text);
                BigFraction got = Returns.of(m, Policy.of(res.circuit().orElseThrow()));
                assertTrue(got.compareTo(r) >= 0, text);
                SynthesisResult byCuts = solve(doc, m, r);
                assertEquals(SynthesisStatus.OPTIMAL, byCuts.status(), text);
                assertTrue(Returns.of(m, Policy.of(byCuts.circuit().orElseThrow())).compareTo(r) >= 0, text);
            }
            assertTrue(infeasible(doc, m, values.last().add(BigFraction.of(1, 1000))), text);
        }
    }

    @Test
    void discountedThresholdByCutsKeepsAnswersExact() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            String text = randomMdp(seed, "discount 1/2;");
            Document doc = load(text);
            Mdp m = doc.mdps().get(0);
            TreeSet<BigFraction> values = new TreeSet<>(allReturns(doc, m));
            for (BigFraction r : List.of(values.first(), values.last())) {
                SynthesisResult res = solve(doc, m, r);
                assertEquals(SynthesisStatus.OPTIMAL, res.status(), text);
                assertTrue(Returns.of(m, Policy.of(res.circuit().orElseThrow())).compareTo(r) >= 0, text);
            }
            assertTrue(infeasible(doc, m, values.last().add(BigFraction.of(1, 1000))), text);
        }
    }
}
