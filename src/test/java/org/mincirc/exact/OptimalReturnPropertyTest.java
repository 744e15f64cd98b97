package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Target;
import org.mincirc.model.Union;
import org.junit.jupiter.api.Test;

/** OptimalReturn against brute force over every code -> action function, on random small targets. */
class OptimalReturnPropertyTest {
    @Test
    void matchesBruteForceOnCoupledFamilies() throws Exception {
        int checked = 0;
        for (long seed = 1; seed <= 250; seed++) {
            RandomModels r = new RandomModels(seed);
            Family f = r.family();
            if (check(seed, r, f, f.members().stream().map(Family.Member::mdp).toList())) {
                checked++;
            }
        }
        assertTrue(checked > 150, "too few cases checked: " + checked);
    }

    @Test
    void matchesBruteForceOnSingleMdpsOfEveryHorizon() throws Exception {
        int checked = 0;
        for (long seed = 1000; seed < 1240; seed++) {
            RandomModels r = new RandomModels(seed, (int) (seed % 5));  // infinite, then horizons 1..4
            Mdp m = r.mdp("M", 2 + r.rnd.nextInt(4), r.codePool(1 + r.rnd.nextInt(4)));
            if (check(seed, r, m, List.of(m))) {
                checked++;
            }
        }
        assertTrue(checked > 150, "too few cases checked: " + checked);
    }

    @Test
    void matchesBruteForceOnLargerDiscountedMdps() throws Exception {
        int checked = 0;
        for (long seed = 3000; seed < 3080; seed++) {
            RandomModels r = new RandomModels(seed, 0);
            Mdp m = r.mdp("M", 4 + r.rnd.nextInt(5), r.codePool(3 + r.rnd.nextInt(4)));
            if (check(seed, r, m, List.of(m))) {
                checked++;
            }
        }
        assertTrue(checked > 50, "too few cases checked: " + checked);
    }

    @Test
    void matchesBruteForceOnUndiscountedAbsorbingMdps() throws Exception {
        int checked = 0;
        for (long seed = 5000; seed < 5100; seed++) {
            RandomModels r = new RandomModels(seed, RandomModels.UNDISCOUNTED);
            Mdp m = r.mdp("M", 2 + r.rnd.nextInt(6), r.codePool(1 + r.rnd.nextInt(4)));
            if (check(seed, r, m, List.of(m))) {
                checked++;
            }
        }
        assertTrue(checked > 60, "too few cases checked: " + checked);
    }

    /** The cheap bound from any estimate is never below the exact optimum of the relaxation. */
    @Test
    void upperBoundFromAnyEstimateIsSound() {
        for (long seed = 4000; seed < 4120; seed++) {
            RandomModels r = new RandomModels(seed, seed < 4060 ? 0 : RandomModels.UNDISCOUNTED);
            Mdp m = r.mdp("M", 2 + r.rnd.nextInt(6), r.codePool(1 + r.rnd.nextInt(4)));
            CodedTarget coded;
            try {
                coded = new CodedTarget(m, r.iface);
            } catch (OptimumUnavailableException e) {
                continue;
            }
            CodedTarget.Compiled c = coded.members.get(0).mdp();
            int[] free = new int[coded.codes.length];
            java.util.Arrays.fill(free, -1);
            BigFraction optimum = Relaxation.solve(c, free, null, true).value();
            for (int k = 0; k < 5; k++) {
                double[] estimate = new double[c.size];
                for (int x = 0; x < c.size; x++) {
                    estimate[x] = k == 0 ? 0 : (r.rnd.nextDouble() - 0.5) * 10 / k;
                }
                BigFraction bound = Relaxation.upperBound(c, free, estimate);
                assertTrue(Fractions.compare(bound, optimum) >= 0, "seed " + seed + ": " + bound + " < " + optimum);
            }
        }
    }

    @Test
    void unionOptimumEqualsFamilyOptimum() {
        for (long seed = 2000; seed < 2060; seed++) {
            RandomModels r = new RandomModels(seed);
            Family f = r.family();
            assertEquals(OptimalReturn.of(f, r.iface), OptimalReturn.of(Union.of("U", f, SourcePos.NONE), r.iface),
                    "seed " + seed);
        }
    }

    private static boolean check(long seed, RandomModels r, Target target, List<Mdp> mdps) throws Exception {
        Map<Integer, List<Integer>> allowed = RandomModels.allowed(mdps);
        List<Integer> codes = new ArrayList<>(allowed.keySet());
        long space = 1;
        for (int c : codes) {
            space *= allowed.get(c).size();
        }
        if (space > 2048) {
            return false;
        }
        BigFraction best = null;
        int[] digit = new int[codes.size()];
        for (long k = 0; k < space; k++) {
            Map<Integer, Integer> out = new HashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                out.put(codes.get(i), allowed.get(codes.get(i)).get(digit[i]));
            }
            BigFraction v = Returns.of(target, Policy.ofOutputs(out, r.iface));
            if (best == null || Fractions.compare(v, best) > 0) {
                best = v;
            }
            for (int i = 0; i < digit.length; i++) {
                if (++digit[i] < allowed.get(codes.get(i)).size()) {
                    break;
                }
                digit[i] = 0;
            }
        }
        OptimalReturn.Optimum opt = OptimalReturn.argmax(target, r.iface);
        assertEquals(best, opt.value(), "seed " + seed + ": optimum of " + describe(mdps));
        assertTrue(Returns.isValid(target, opt.policy()));
        assertEquals(best, Returns.of(target, opt.policy()));
        return true;
    }

    private static String describe(List<Mdp> mdps) {
        StringBuilder sb = new StringBuilder();
        for (Mdp m : mdps) {
            sb.append(m.name()).append(" H=").append(m.horizon()).append(" g=").append(m.discount()).append(": ");
            for (State s : m.states()) {
                sb.append(s.name()).append('@').append(s.code()).append(' ');
            }
        }
        return sb.toString();
    }
}
