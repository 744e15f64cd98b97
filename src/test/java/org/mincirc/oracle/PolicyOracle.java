package org.mincirc.oracle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.exact.InvalidPolicyException;
import org.mincirc.exact.Policy;
import org.mincirc.exact.Predicates;
import org.mincirc.exact.Returns;
import org.mincirc.model.Action;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation.Quant;
import org.mincirc.model.Expr;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.Predicate;
import org.mincirc.model.Query;
import org.mincirc.model.ReturnRequirement;
import org.mincirc.model.State;

/**
 * The brute-force answer to a {@code solve} query with at most 3 inputs and one output bit:
 * every total function f of the inputs is a candidate policy (output code f(code)).
 *
 * <ol>
 *   <li>f is valid when at every state of the file, f(code) is one of the state's actions;
 *   <li>its return on the target and its {@code require}d predicates are computed exactly by
 *       {@code exact} (Returns, Predicates) on the table policy of f;
 *   <li>{@code optimal} is the best return of a valid f; f qualifies when valid, at or above the
 *       threshold and satisfying every {@code require};
 *   <li>the cost of f is {@link MinimalSizes}' size (or depth) of f; the minimal cost k* is the
 *       least over qualifying f; the minimal policies are the distinct restrictions of the
 *       qualifying f of cost k* to the care codes (codes of the file's states).
 * </ol>
 *
 * Everything that depends only on the care codes (validity, return, predicates) is computed once
 * per restriction; the cost of a restriction is the least cost of its 2^(don't-cares) extensions.
 */
final class PolicyOracle {
    private PolicyOracle() {}

    /**
     * What the oracle found.
     *
     * @param careCodes the codes carried by states of the file, ascending
     * @param validPolicies how many restrictions to the care codes are valid
     * @param optimum the best return of a valid policy on the target (empty: none is valid)
     * @param threshold the return bound r, when the query has one and it is defined
     * @param qualifying how many valid restrictions meet the threshold and every require
     * @param size minimal size for size objectives (-1 when infeasible or the objective is depth)
     * @param depth minimal depth for the depth objective; for size then depth the least depth of
     *     a minimum-size circuit; for size alone the same number, only informative since any
     *     minimum-size circuit may be reported (-1 when infeasible)
     * @param cost the primary cost: size, or depth for depth objectives (-1 when infeasible)
     * @param minimalPolicies each minimal policy as care code -> action, in a stable order
     * @param returns the return on the target of each minimal policy, same order
     * @param reports each reported predicate quantified over the minimal policies
     */
    record Verdict(String status, List<Integer> careCodes, int validPolicies, Optional<BigFraction> optimum,
                   Optional<BigFraction> threshold, int qualifying, int size, int depth, int cost,
                   List<Map<Integer, Action>> minimalPolicies, List<BigFraction> returns,
                   Map<String, Quant> reports) {
        boolean feasible() {
            return status.equals("optimal");
        }

        int policyCount() {
            return minimalPolicies.size();
        }

        /** Readable: codes in the interface's digit order. */
        String describe(Interface iface) {
            StringBuilder sb = new StringBuilder();
            sb.append("status=").append(status).append(" cost=").append(cost).append(" size=").append(size)
                    .append(" depth=").append(depth).append(" optimum=").append(optimum.map(PolicyOracle::text).orElse("-"))
                    .append(" threshold=").append(threshold.map(PolicyOracle::text).orElse("-"))
                    .append(" valid=").append(validPolicies).append(" qualifying=").append(qualifying)
                    .append(" reports=").append(reports).append('\n');
            for (int i = 0; i < minimalPolicies.size(); i++) {
                sb.append("  minimal policy ").append(i + 1).append(": ");
                minimalPolicies.get(i).forEach((code, a) ->
                        sb.append(iface.formatCode(code)).append("->").append(a.name()).append(' '));
                sb.append(" return ").append(text(returns.get(i))).append('\n');
            }
            return sb.toString();
        }
    }

    static String text(BigFraction q) {
        return org.mincirc.model.Rationals.format(q);
    }

    /** Solves {@code query} of {@code doc} by brute force. */
    static Verdict solve(Document doc, Query.Solve query) {
        Interface iface = doc.iface();
        int n = iface.inputCount();
        if (n > MinimalSizes.MAX_INPUTS || iface.outputBits() != 1) {
            throw new IllegalArgumentException("the oracle covers 1.." + MinimalSizes.MAX_INPUTS
                    + " inputs and one output bit, not " + n + " inputs and " + iface.outputBits() + " outputs");
        }
        if (query.basis() != org.mincirc.model.Basis.B2) {
            throw new IllegalArgumentException("the oracle covers basis b2 only");
        }
        MinimalSizes.Table table = MinimalSizes.of(n);
        int rows = 1 << n;

        // Care codes and, per code, the outputs every state with that code allows (bit o = output o).
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
        List<Integer> careCodes = new ArrayList<>();
        int careMask = 0;
        for (int c = 0; c < rows; c++) {
            if (care[c]) {
                careCodes.add(c);
                careMask |= 1 << c;
            }
        }

        // The cost key of every restriction to the care codes: the least over its extensions.
        long[] bestKey = new long[1 << rows];
        java.util.Arrays.fill(bestKey, Long.MAX_VALUE);
        for (int f = 0; f < table.functions(); f++) {
            long key = costKey(query.objective(), table, f);
            int r = f & careMask;
            bestKey[r] = Math.min(bestKey[r], key);
        }

        // Valid restrictions with their returns.
        List<Integer> valid = new ArrayList<>();
        Map<Integer, BigFraction> returnOf = new LinkedHashMap<>();
        Map<Integer, Policy> policyOf = new LinkedHashMap<>();
        for (int r = 0; r < 1 << rows; r++) {
            if ((r & ~careMask) != 0 || !validOn(r, careCodes, allowed)) {
                continue;
            }
            Policy policy = policyOf(r, rows, iface);
            valid.add(r);
            policyOf.put(r, policy);
            returnOf.put(r, returnOn(query, policy));
        }
        Optional<BigFraction> optimum = returnOf.values().stream().reduce(PolicyOracle::max);
        Optional<BigFraction> threshold = query.returnRequirement().flatMap(req -> threshold(req, optimum));

        List<Integer> qualifying = new ArrayList<>();
        for (int r : valid) {
            if (query.returnRequirement().isPresent()
                    && (threshold.isEmpty() || returnOf.get(r).compareTo(threshold.get()) < 0)) {
                continue;
            }
            if (query.requires().stream().allMatch(e -> holds(e, policyOf.get(r)))) {
                qualifying.add(r);
            }
        }
        if (qualifying.isEmpty()) {
            return new Verdict("infeasible", careCodes, valid.size(), optimum, threshold, 0, -1, -1, -1,
                    List.of(), List.of(), Map.of());
        }
        long best = qualifying.stream().mapToLong(r -> bestKey[r]).min().orElseThrow();
        List<Integer> minimal = qualifying.stream().filter(r -> bestKey[r] == best).sorted().toList();

        List<Map<Integer, Action>> policies = new ArrayList<>();
        List<BigFraction> returns = new ArrayList<>();
        for (int r : minimal) {
            Map<Integer, Action> actions = new LinkedHashMap<>();
            for (int c : careCodes) {
                actions.put(c, iface.actionByCode(r >>> c & 1).orElseThrow());
            }
            policies.add(Collections.unmodifiableMap(actions));
            returns.add(returnOf.get(r));
        }
        Map<String, Quant> reports = new LinkedHashMap<>();
        for (Predicate p : query.reports()) {
            long yes = minimal.stream().filter(r -> holds(p.body(), policyOf.get(r))).count();
            reports.put(p.name(), yes == minimal.size() ? Quant.ALL : yes == 0 ? Quant.NONE : Quant.SOME);
        }
        int primary = (int) (best >>> 32);
        int size;
        int depth;
        switch (query.objective().kind()) {
            case SIZE -> {
                size = primary;
                depth = leastDepthAtMinSize(minimal, bestKey, table, careMask);
            }
            case SIZE_THEN_DEPTH -> {
                size = primary;
                depth = (int) best;
            }
            case WEIGHTED -> {
                size = -1;  // minimal circuits of one weighted cost may trade gates for levels
                depth = -1;
            }
            default -> {
                size = -1;  // a depth-minimal circuit may need more gates than the function's size
                depth = primary;
            }
        }
        return new Verdict("optimal", List.copyOf(careCodes), valid.size(), optimum, threshold, qualifying.size(),
                size, depth, primary, List.copyOf(policies), List.copyOf(returns), Collections.unmodifiableMap(reports));
    }

    /** The least depth of a minimum-size circuit of a function extending a minimal policy. */
    private static int leastDepthAtMinSize(List<Integer> minimal, long[] bestKey, MinimalSizes.Table table,
                                           int careMask) {
        Set<Integer> minimalSet = new TreeSet<>(minimal);
        int best = Integer.MAX_VALUE;
        for (int f = 0; f < table.functions(); f++) {
            int r = f & careMask;
            if (minimalSet.contains(r) && ((long) table.size(f) << 32) == bestKey[r]) {
                best = Math.min(best, table.depthAtMinSize(f));
            }
        }
        return best;
    }

    /**
     * The objective as one comparable number: primary cost in the high half, the secondary (for
     * size then depth: the least depth of a minimum-size circuit) in the low half.
     */
    static long costKey(org.mincirc.model.Objective objective, MinimalSizes.Table table, int f) {
        return switch (objective.kind()) {
            case SIZE -> (long) table.size(f) << 32;
            case DEPTH -> (long) table.depth(f) << 32;
            case SIZE_THEN_DEPTH -> ((long) table.size(f) << 32) | table.depthAtMinSize(f);
            case WEIGHTED -> (long) table.weightedCost(f, objective.sizeWeight(), objective.depthWeight()) << 32;
            case DEPTH_THEN_SIZE -> throw new IllegalArgumentException(
                    "depth then size needs circuits beyond " + MinimalSizes.MAX_GATES + " gates; not in the oracle");
        };
    }

    private static boolean validOn(int r, List<Integer> careCodes, int[] allowed) {
        for (int c : careCodes) {
            if ((allowed[c] >>> (r >>> c & 1) & 1) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The total table policy of a function (outputs on all 2^n codes). */
    static Policy policyOf(int f, int rows, Interface iface) {
        Map<Integer, Integer> outputs = new LinkedHashMap<>();
        for (int c = 0; c < rows; c++) {
            outputs.put(c, f >>> c & 1);
        }
        return Policy.ofOutputs(outputs, iface);
    }

    private static BigFraction returnOn(Query.Solve query, Policy policy) {
        try {
            return Returns.of(query.target(), policy);
        } catch (InvalidPolicyException e) {
            throw new IllegalStateException("a policy valid on every state of the file is invalid on the target: "
                    + e.getMessage(), e);
        }
    }

    static boolean holds(Expr e, Policy policy) {
        try {
            return Predicates.holds(e, policy);
        } catch (InvalidPolicyException ex) {
            throw new IllegalStateException("a policy valid on every state of the file fails a predicate: "
                    + ex.getMessage(), ex);
        }
    }

    private static Optional<BigFraction> threshold(ReturnRequirement req, Optional<BigFraction> optimum) {
        if (!req.relativeToOptimal()) {
            return Optional.of(req.value());
        }
        return optimum.map(o -> o.subtract(req.value()));
    }

    private static BigFraction max(BigFraction a, BigFraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The distinct minimal policies as a set, for comparing two verdicts. */
    static Set<Map<Integer, Action>> policySet(Verdict v) {
        return new LinkedHashSet<>(v.minimalPolicies());
    }
}
