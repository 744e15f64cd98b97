package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mincirc.model.Family;
import org.mincirc.model.Mdp;
import org.mincirc.model.Target;

/**
 * The cuts are sound, by brute force: on random small mdps and families (finite and discounted
 * horizons, shared codes), every policy is evaluated exactly; for each policy on the failing side
 * of a bound, the cut's codes are taken, and every policy agreeing with it there must be on the
 * same side. The test also asks that cuts learn (some cut leaves codes out), so a cut that always
 * kept every code, or never came back, would fail it too.
 */
class PolicyBoundsCutTest {
    /** Every valid policy of the target with its exact return. */
    private record Table(List<Map<Integer, Integer>> policies, List<BigFraction> returns) {}

    private static Table enumerate(Target target, Map<Integer, List<Integer>> allowed, int limit) throws Exception {
        List<Integer> codes = new ArrayList<>(allowed.keySet());
        List<Map<Integer, Integer>> policies = new ArrayList<>();
        policies.add(new HashMap<>());
        for (int code : codes) {
            List<Map<Integer, Integer>> grown = new ArrayList<>();
            for (Map<Integer, Integer> p : policies) {
                for (int a : allowed.get(code)) {
                    Map<Integer, Integer> q = new HashMap<>(p);
                    q.put(code, a);
                    grown.add(q);
                }
            }
            policies = grown;
            if (policies.size() > limit) {
                return null;
            }
        }
        List<BigFraction> returns = new ArrayList<>();
        for (Map<Integer, Integer> p : policies) {
            returns.add(Returns.of(target, Policy.ofOutputs(p)));
        }
        return new Table(policies, returns);
    }

    private static boolean agrees(Map<Integer, Integer> a, Map<Integer, Integer> b, SortedSet<Integer> on) {
        return on.stream().allMatch(c -> a.get(c).equals(b.get(c)));
    }

    private static boolean onSide(BigFraction r, PolicyBounds.Side side, BigFraction q, boolean strict) {
        int cmp = r.compareTo(q);
        return side == PolicyBounds.Side.BELOW ? (strict ? cmp < 0 : cmp <= 0) : (strict ? cmp > 0 : cmp >= 0);
    }

    @Test
    void everyPolicyACutRemovesFailsTheSameWay() throws Exception {
        int checked = 0;
        int shrunk = 0;
        int found = 0;
        for (long seed = 0; seed < 160; seed++) {
            RandomModels rm = new RandomModels(seed, seed % 3 == 0 ? 0 : seed % 3 == 1 ? RandomModels.UNDISCOUNTED : -1);
            Target target = seed % 2 == 0 ? rm.family() : rm.mdp("M", 2 + rm.rnd.nextInt(5), rm.codePool(3 + rm.rnd.nextInt(4)));
            List<Mdp> mdps = target instanceof Family f ? f.members().stream().map(Family.Member::mdp).toList()
                    : List.of((Mdp) target);
            Map<Integer, List<Integer>> allowed = RandomModels.allowed(mdps);
            if (allowed.values().stream().anyMatch(List::isEmpty)) {
                continue;
            }
            Table table = enumerate(target, allowed, 300);
            if (table == null) {
                continue;
            }
            PolicyBounds bounds = PolicyBounds.of(target, rm.iface, code -> null);
            List<BigFraction> sorted = table.returns().stream().sorted().distinct().toList();
            // A bound between returns and one equal to a return (where strictness matters).
            BigFraction middle = sorted.get(sorted.size() / 2);
            for (PolicyBounds.Side side : PolicyBounds.Side.values()) {
                for (boolean strict : new boolean[] {true, false}) {
                    for (int i = 0; i < table.policies().size(); i++) {
                        if (!onSide(table.returns().get(i), side, middle, strict)) {
                            continue;
                        }
                        Map<Integer, Integer> pi = table.policies().get(i);
                        Optional<SortedSet<Integer>> cut = bounds.cut(Policy.ofOutputs(pi), side, middle, strict);
                        checked++;
                        if (cut.isEmpty()) {
                            continue;
                        }
                        found++;
                        if (cut.get().size() < pi.size()) {
                            shrunk++;
                        }
                        for (int j = 0; j < table.policies().size(); j++) {
                            if (agrees(table.policies().get(j), pi, cut.get())) {
                                BigFraction r = table.returns().get(j);
                                String why = "seed " + seed + ": the cut " + cut.get() + " of " + pi + " (" + side
                                        + (strict ? " strictly " : " ") + middle + ") removes " + table.policies().get(j)
                                        + " with return " + r;
                                assertTrue(onSide(r, side, middle, strict), why);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 500, "too few policies checked: " + checked);
        assertTrue(found > checked * 9 / 10, "the bound proved too few cuts: " + found + " of " + checked);
        assertTrue(shrunk > checked / 4, "cuts rarely left a code out: " + shrunk + " of " + checked);
    }

    @Test
    void boundsOfAFullPolicyEncloseItsReturnAndTheFreeUpperBoundIsTheOptimumOrMore() throws Exception {
        for (long seed = 0; seed < 60; seed++) {
            RandomModels rm = new RandomModels(seed, seed % 2 == 0 ? 0 : RandomModels.UNDISCOUNTED);
            Mdp mdp = rm.mdp("M", 2 + rm.rnd.nextInt(5), rm.codePool(3));
            Map<Integer, List<Integer>> allowed = RandomModels.allowed(List.of(mdp));
            Table table = enumerate(mdp, allowed, 300);
            if (table == null) {
                continue;
            }
            PolicyBounds bounds = PolicyBounds.of(mdp, rm.iface, code -> null);
            BigFraction best = table.returns().stream().max(BigFraction::compareTo).orElseThrow();
            BigFraction worst = table.returns().stream().min(BigFraction::compareTo).orElseThrow();
            assertTrue(bounds.upper(Map.of()).compareTo(best) >= 0, "seed " + seed);
            assertTrue(bounds.lower(Map.of()).compareTo(worst) <= 0, "seed " + seed);
            for (int i = 0; i < table.policies().size(); i++) {
                BigFraction r = table.returns().get(i);
                assertTrue(bounds.upper(table.policies().get(i)).compareTo(r) >= 0, "seed " + seed);
                assertTrue(bounds.lower(table.policies().get(i)).compareTo(r) <= 0, "seed " + seed);
                // fixed everywhere, the bounds are the return up to the estimate's residual
                assertEquals(r.doubleValue(), bounds.upper(table.policies().get(i)).doubleValue(), 1e-9);
            }
        }
    }
}
