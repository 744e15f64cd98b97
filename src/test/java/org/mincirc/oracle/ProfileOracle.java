package org.mincirc.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Returns;
import org.mincirc.model.Action;
import org.mincirc.model.Basis;
import org.mincirc.model.Document;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Predicate;
import org.mincirc.model.Query;
import org.mincirc.model.State;

/**
 * The brute-force answer to a {@code profile} query with at most 3 inputs, one output bit and
 * basis b2: every restriction of a function to the care codes is a candidate policy; it
 * qualifies when valid at every state, at or above the threshold (optimal from the best valid
 * restriction) and meeting every {@code require}; its minimal size is the least
 * {@link MinimalSizes} size of a function extending it. Circuit counts come from
 * {@link NaiveNormalCircuits} over all rows, each circuit's function restricted to the care codes.
 */
final class ProfileOracle {
    private ProfileOracle() {}

    /** One size: qualifying policies of that minimal size, per predicate, and circuit counts (-1: not counted). */
    record Level(int policies, Map<String, Integer> satisfying, long circuits, Map<String, Long> satisfyingCircuits,
                 long allCircuits) {}

    /** Levels by size, from the least qualifying size to the bound. */
    static TreeMap<Integer, Level> profile(Document doc, Query.Profile query, int countCircuitsUpTo) {
        Interface iface = doc.iface();
        int n = iface.inputCount();
        if (n > MinimalSizes.MAX_INPUTS || iface.outputBits() != 1 || query.basis() != Basis.B2
                || query.bound() > MinimalSizes.MAX_GATES) {
            throw new IllegalArgumentException("the profile oracle covers b2, 1..3 inputs, one output, bound <= 4");
        }
        MinimalSizes.Table table = MinimalSizes.of(n);
        int rows = 1 << n;
        int[] allowed = new int[rows];
        boolean[] care = new boolean[rows];
        for (Mdp mdp : doc.mdps()) {
            for (State s : mdp.states()) {
                int mask = 0;
                for (Action a : s.actions()) {
                    mask |= 1 << a.code();
                }
                allowed[s.code()] = care[s.code()] ? allowed[s.code()] & mask : mask;
                care[s.code()] = true;
            }
        }
        int careMask = 0;
        for (int c = 0; c < rows; c++) {
            if (care[c]) {
                careMask |= 1 << c;
            }
        }
        int[] size = new int[1 << rows];
        java.util.Arrays.fill(size, Integer.MAX_VALUE);
        for (int f = 0; f < table.functions(); f++) {
            size[f & careMask] = Math.min(size[f & careMask], table.size(f));
        }
        Map<Integer, BigFraction> returnOf = new LinkedHashMap<>();
        Map<Integer, Policy> policyOf = new LinkedHashMap<>();
        for (int r = 0; r < 1 << rows; r++) {
            if ((r & ~careMask) != 0 || !valid(r, care, allowed)) {
                continue;
            }
            Policy policy = PolicyOracle.policyOf(r, rows, iface);
            policyOf.put(r, policy);
            try {
                returnOf.put(r, Returns.of(query.target(), policy));
            } catch (InvalidPolicyException e) {
                throw new IllegalStateException(e);
            }
        }
        Optional<BigFraction> optimum = returnOf.values().stream().reduce((a, b) -> a.compareTo(b) >= 0 ? a : b);
        // No valid policy: nothing qualifies (and optimal is undefined).
        Optional<BigFraction> threshold = query.returnRequirement().flatMap(req -> req.relativeToOptimal()
                ? optimum.map(o -> o.subtract(req.value())) : Optional.of(req.value()));
        List<Integer> qualifying = new ArrayList<>();
        for (int r : policyOf.keySet()) {
            if (query.returnRequirement().isPresent()
                    && (threshold.isEmpty() || returnOf.get(r).compareTo(threshold.get()) < 0)) {
                continue;
            }
            if (query.requires().stream().allMatch(e -> PolicyOracle.holds(e, policyOf.get(r)))) {
                qualifying.add(r);
            }
        }
        int least = qualifying.stream().mapToInt(r -> size[r]).min().orElse(Integer.MAX_VALUE);
        TreeMap<Integer, Level> levels = new TreeMap<>();
        for (int c = least; c <= query.bound(); c++) {
            int k = c;
            List<Integer> at = qualifying.stream().filter(r -> size[r] == k).toList();
            Map<String, Integer> satisfying = new LinkedHashMap<>();
            for (Predicate p : query.reports()) {
                satisfying.put(p.name(), (int) at.stream().filter(r -> PolicyOracle.holds(p.body(), policyOf.get(r)))
                        .count());
            }
            long circuits = -1;
            long all = -1;
            Map<String, Long> satisfyingCircuits = new LinkedHashMap<>();
            if (c <= countCircuitsUpTo) {
                int[] allRows = new int[rows];
                for (int r = 0; r < rows; r++) {
                    allRows[r] = r;
                }
                circuits = 0;
                all = 0;
                query.reports().forEach(p -> satisfyingCircuits.put(p.name(), 0L));
                for (Map.Entry<List<Long>, Long> e : naive(n, c, allRows).entrySet()) {
                    int r = (int) (long) e.getKey().get(0) & careMask;
                    all += e.getValue();
                    if (qualifying.contains(r)) {
                        circuits += e.getValue();
                        for (Predicate p : query.reports()) {
                            if (PolicyOracle.holds(p.body(), policyOf.get(r))) {
                                satisfyingCircuits.merge(p.name(), e.getValue(), Long::sum);
                            }
                        }
                    }
                }
            }
            levels.put(c, new Level(at.size(), satisfying, circuits, satisfyingCircuits, all));
        }
        return levels;
    }

    private static final Map<String, Map<List<Long>, Long>> NAIVE = new java.util.HashMap<>();

    /** The naive counts depend on the inputs and the size only: computed once each. */
    private static synchronized Map<List<Long>, Long> naive(int inputs, int gates, int[] allRows) {
        return NAIVE.computeIfAbsent(inputs + "/" + gates,
                k -> NaiveNormalCircuits.count(inputs, 1, allRows, gates, Basis.B2));
    }

    private static boolean valid(int r, boolean[] care, int[] allowed) {
        for (int c = 0; c < care.length; c++) {
            if (care[c] && (allowed[c] >>> (r >>> c & 1) & 1) == 0) {
                return false;
            }
        }
        return true;
    }
}
