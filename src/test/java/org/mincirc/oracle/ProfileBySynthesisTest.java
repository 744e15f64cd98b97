package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.circuit.TruthTable;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Predicates;
import org.mincirc.exact.Returns;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.model.Query;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryRunner;
import org.mincirc.synth.Spec;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.SynthesisResult;
import org.mincirc.synth.SynthesisStatus;
import org.mincirc.synth.Synthesizer;

/**
 * The four-input lottery (instances/lottery/majority-profile.mdp) by another route: every one of
 * the 2^16 policies is evaluated exactly, and each qualifying one's minimal size is found by
 * plain synthesis of its truth table (no hooks, no enumeration, no blocking clauses). Too many
 * inputs for {@link MinimalSizes}; this ties the profile's enumeration to the plain search.
 */
class ProfileBySynthesisTest {
    @Test
    void theMajorityProfile() throws Exception {
        Document doc = Loader.load(Path.of("instances/lottery/majority-profile.mdp"));
        Query.Profile q = (Query.Profile) doc.queries().get(0);
        int rows = 16;
        BigFraction best = null;
        Map<Integer, BigFraction> returns = new TreeMap<>();
        for (int f = 0; f < 1 << rows; f++) {
            BigFraction r = Returns.of(q.target(), PolicyOracle.policyOf(f, rows, doc.iface()));
            returns.put(f, r);
            best = best == null || r.compareTo(best) > 0 ? r : best;
        }
        BigFraction threshold = best.subtract(q.returnRequirement().orElseThrow().value());
        TreeMap<Integer, int[]> bySize = new TreeMap<>();  // size -> {policies, deceptive}
        for (Map.Entry<Integer, BigFraction> e : returns.entrySet()) {
            if (e.getValue().compareTo(threshold) < 0) {
                continue;
            }
            int f = e.getKey();
            TruthTable table = TruthTable.zero(4);
            for (int row = 0; row < rows; row++) {
                table = table.with(row, (f >>> row & 1) == 1);
            }
            SynthesisResult s = new Synthesizer(SynthesisParams.defaults()).synthesize(Spec.ofTruthTables(List.of(table)));
            assertEquals(SynthesisStatus.OPTIMAL, s.status());
            Policy policy = PolicyOracle.policyOf(f, rows, doc.iface());
            boolean deceptive = Predicates.holds(q.reports().get(0), policy);
            int[] counts = bySize.computeIfAbsent(s.circuit().orElseThrow().size(), k -> new int[2]);
            counts[0]++;
            counts[1] += deceptive ? 1 : 0;
        }
        assertEquals(37, bySize.values().stream().mapToInt(c -> c[0]).sum());
        ProfileResult p = (ProfileResult) new QueryRunner(doc).run(q);
        assertTrue(p.complete(), p.message());
        assertEquals(bySize.firstKey(), p.minimum().orElseThrow());
        for (ProfileResult.Level l : p.levels()) {
            int[] expected = bySize.getOrDefault(l.cost(), new int[2]);
            assertEquals(expected[0], l.policyCount(), "size " + l.cost());
            assertEquals(expected[1], l.satisfying().get("deceptive"), "size " + l.cost());
        }
        assertEquals(bySize.lastKey(), p.levels().stream().filter(l -> l.policyCount() > 0)
                .mapToInt(ProfileResult.Level::cost).max().orElseThrow());
    }
}
