package org.mincirc.oracle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Rationals;

/**
 * Random small {@code .mdp} files with one or two {@code solve} queries, as TEXT, so that tests go
 * through the parser like a user's file. Every case is determined by its seed.
 *
 * <p>Interfaces have 2-3 inputs and actions {@code a = 0, b = 1}. Most states offer both actions;
 * some offer one, so validity matters. Some states share a code (within an mdp and, in families,
 * across mdps). Rewards are small rationals in -2..3; probabilities are halves, thirds and
 * quarters summing exactly to 1. Thresholds are {@code optimal}, {@code optimal - q}, absolute or
 * absent; some queries {@code require} predicates (action atoms, quantifiers over mdps and sets,
 * return atoms) and report predicates.
 */
final class RandomMdps {
    /** The shape of the mdps of a case. */
    enum Kind {
        /** Horizon 1. */
        BANDIT,
        /** Horizon 2-4, one successor (or the end) per action. */
        DETERMINISTIC,
        /** Horizon 2-3, distributions over successors and stop. */
        STOCHASTIC,
        /** Infinite horizon, discount 1/2, 2/3 or 3/4. */
        DISCOUNTED,
        /** 2-3 mdps of one of the kinds above, a family with weights and its union. */
        FAMILY
    }

    /** One generated file. */
    record Case(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private RandomMdps() {}

    /** Base seeds per kind, fixed so that every run tests the same files. */
    static long seed(Kind kind, int index) {
        return 1_000_003L * (kind.ordinal() + 1) + 7919L * index;
    }

    /** A file with one solve query named {@code q}. */
    static Case generate(Kind kind, int index) {
        long seed = seed(kind, index);
        Random rnd = new Random(seed);
        // A third of the bandits are full truth tables on 3 inputs: every code once, both actions,
        // all initial, threshold optimal; that is exact synthesis of a random function (sizes to 4).
        boolean full = kind == Kind.BANDIT && rnd.nextInt(3) == 0;
        Generator g = new Generator(rnd, full);
        String text = kind == Kind.FAMILY ? g.family(false) : g.single(kind);
        return new Case(kind.name().toLowerCase() + " #" + index + " (seed " + seed + ")", text);
    }

    /**
     * A family file with two solve queries asking the same of the family ({@code onFamily}, target
     * F) and of its union ({@code onUnion}, target U).
     */
    static Case familyAndUnion(int index) {
        long seed = 77_777L + 104_729L * index;
        Generator g = new Generator(new Random(seed), false);
        return new Case("family vs union #" + index + " (seed " + seed + ")", g.family(true));
    }

    /**
     * A family file without queries, for tests that add their own: 2-3 members {@code M1, M2, ...}
     * of the given kind (states {@code s0, s1, ...}, at least two each), {@code family F},
     * {@code mdp U = union F} and predicates {@code p1..pk}.
     */
    static Case familyOnly(long seed, Kind memberKind) {
        Generator g = new Generator(new Random(seed), false);
        return new Case(memberKind.name().toLowerCase() + " family (seed " + seed + ")", g.family(false, memberKind, false));
    }

    // ---- the generator -------------------------------------------------------------------

    private record Outcome(BigFraction probability, String target) {}

    private record Act(String action, List<Outcome> outcomes, BigFraction reward) {}

    private record St(String name, int code, BigFraction init, List<Act> acts) {}

    private record M(String name, List<St> states, Map<String, List<String>> sets) {}

    private static final class Generator {
        private final Random rnd;
        private final int inputs;
        private final List<Integer> freshCodes = new ArrayList<>();
        private final List<Integer> usedCodes = new ArrayList<>();
        /** Every code once, both actions everywhere, every state initial. */
        private final boolean full;

        Generator(Random rnd, boolean full) {
            this.rnd = rnd;
            this.full = full;
            this.inputs = full || rnd.nextInt(4) > 0 ? 3 : 2;
            for (int c = 0; c < 1 << inputs; c++) {
                freshCodes.add(c);
            }
            Collections.shuffle(freshCodes, rnd);
        }

        String single(Kind kind) {
            // Up to one more state than codes: the larger files need real circuits (sizes 2-4).
            int states = full ? 1 << inputs : inputs == 2 ? 3 + rnd.nextInt(3) : 5 + rnd.nextInt(5);
            Dynamics dyn = new Dynamics(kind, rnd);
            M m = mdp("M", states, dyn, full ? 0 : 0.1);
            StringBuilder sb = new StringBuilder();
            header(sb);
            writeMdp(sb, m, dyn);
            Predicates preds = predicates(List.of(m), List.of("M"));
            preds.write(sb);
            solve(sb, "q", "M", preds);
            return sb.toString();
        }

        String family(boolean bothTargets) {
            return family(bothTargets, Kind.values()[rnd.nextInt(4)], true);
        }

        String family(boolean bothTargets, Kind kind, boolean withQueries) {
            Dynamics dyn = new Dynamics(kind, rnd);
            int members = 2 + rnd.nextInt(2);
            List<M> mdps = new ArrayList<>();
            for (int i = 1; i <= members; i++) {
                mdps.add(mdp("M" + i, 2 + rnd.nextInt(inputs == 2 ? 2 : 3), dyn, i == 1 ? 0.15 : 0.4));
            }
            String[][] weightChoices = members == 2
                    ? new String[][] {{"1/2", "1/2"}, {"1/3", "2/3"}, {"3/4", "1/4"}}
                    : new String[][] {{"1/4", "1/4", "1/2"}, {"1/3", "1/3", "1/3"}, {"1/2", "1/4", "1/4"}};
            String[] weights = weightChoices[rnd.nextInt(weightChoices.length)];
            StringBuilder sb = new StringBuilder();
            header(sb);
            for (M m : mdps) {
                writeMdp(sb, m, dyn);
            }
            sb.append("family F { ");
            for (int i = 0; i < members; i++) {
                sb.append(i == 0 ? "" : ", ").append(mdps.get(i).name()).append(": ").append(weights[i]);
            }
            sb.append(" }\nmdp U = union F;\n\n");
            List<String> sets = new ArrayList<>();
            for (M m : mdps) {
                sets.add(m.name());
                sets.add("U." + m.name());
            }
            sets.add("U");
            Predicates preds = predicates(mdps, sets);
            preds.write(sb);
            if (!withQueries) {
                return sb.toString();
            }
            if (bothTargets) {
                String tail = preds.queryTail();
                solve(sb, "onFamily", "F", tail);
                solve(sb, "onUnion", "U", tail);
            } else {
                solve(sb, "q", rnd.nextBoolean() ? "F" : "U", preds);
            }
            return sb.toString();
        }

        private void header(StringBuilder sb) {
            sb.append("interface {\n  inputs");
            for (int i = 0; i < inputs; i++) {
                sb.append(" x").append(i);
            }
            sb.append(";\n  actions a = 0, b = 1;\n}\n\n");
        }

        /** Mdp-wide parameters: horizon, discount and how transitions look. */
        private static final class Dynamics {
            final Kind kind;
            final String horizon;
            final String discount;

            Dynamics(Kind kind, Random rnd) {
                this.kind = kind;
                switch (kind) {
                    case BANDIT -> {
                        horizon = "1";
                        discount = null;
                    }
                    case DETERMINISTIC -> {
                        horizon = Integer.toString(2 + rnd.nextInt(3));
                        discount = rnd.nextInt(4) == 0 ? "1/2" : null;
                    }
                    case STOCHASTIC -> {
                        horizon = Integer.toString(2 + rnd.nextInt(2));
                        discount = rnd.nextInt(4) == 0 ? "2/3" : null;
                    }
                    case DISCOUNTED -> {
                        horizon = null;
                        discount = new String[] {"1/2", "2/3", "3/4"}[rnd.nextInt(3)];
                    }
                    default -> throw new IllegalArgumentException(kind.name());
                }
            }
        }

        private int code(double reuse) {
            if (!usedCodes.isEmpty() && (freshCodes.isEmpty() || rnd.nextDouble() < reuse)) {
                return usedCodes.get(rnd.nextInt(usedCodes.size()));
            }
            int c = freshCodes.remove(freshCodes.size() - 1);
            usedCodes.add(c);
            return c;
        }

        private M mdp(String name, int count, Dynamics dyn, double reuse) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                names.add("s" + i);
            }
            BigFraction[] init = new BigFraction[count];
            // Often every state is initial, so that every code's choice counts in the return.
            int initial = !full && rnd.nextInt(6) == 0 ? 1 + rnd.nextInt(Math.min(3, count)) : count;
            BigFraction[] dist = initial <= 3 ? distribution(initial) : spread(initial);
            List<Integer> order = new ArrayList<>(List.of(indices(count)));
            Collections.shuffle(order, rnd);
            for (int i = 0; i < initial; i++) {
                init[order.get(i)] = dist[i];
            }
            List<St> states = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                List<String> actions = switch (full ? 9 : rnd.nextInt(10)) {
                    case 0 -> List.of("a");
                    case 1 -> List.of("b");
                    case 2, 3, 4 -> List.of("b", "a");
                    default -> List.of("a", "b");
                };
                List<Act> acts = new ArrayList<>();
                for (String a : actions) {
                    BigFraction r = reward();
                    // Mostly no tie between the two actions of a state, so optima pin codes down.
                    while (!acts.isEmpty() && acts.get(0).reward().equals(r) && (full || rnd.nextInt(4) > 0)) {
                        r = reward();
                    }
                    acts.add(new Act(a, outcomes(dyn, names), r));
                }
                states.add(new St(names.get(i), code(reuse), init[i], acts));
            }
            Map<String, List<String>> sets = new LinkedHashMap<>();
            if (rnd.nextBoolean()) {
                List<String> members = new ArrayList<>();
                for (String s : names) {
                    if (rnd.nextInt(3) > 0) {
                        members.add(s);
                    }
                }
                if (members.isEmpty()) {
                    members.add(names.get(0));
                }
                sets.put("g", members);
            }
            return new M(name, states, sets);
        }

        private static Integer[] indices(int n) {
            Integer[] a = new Integer[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            return a;
        }

        private List<Outcome> outcomes(Dynamics dyn, List<String> names) {
            switch (dyn.kind) {
                case BANDIT -> {
                    return rnd.nextInt(5) == 0 ? List.of(new Outcome(BigFraction.ONE, pick(names))) : List.of();
                }
                case DETERMINISTIC -> {
                    int r = rnd.nextInt(10);
                    if (r < 2) {
                        return List.of();
                    }
                    return List.of(new Outcome(BigFraction.ONE, r == 2 ? "stop" : pick(names)));
                }
                default -> {
                    if (dyn.kind == Kind.STOCHASTIC && rnd.nextInt(8) == 0) {
                        return List.of();
                    }
                    List<String> targets = new ArrayList<>(names);
                    targets.add("stop");
                    Collections.shuffle(targets, rnd);
                    int k = 1 + rnd.nextInt(Math.min(3, targets.size()));
                    BigFraction[] p = distribution(k);
                    List<Outcome> out = new ArrayList<>();
                    for (int i = 0; i < k; i++) {
                        out.add(new Outcome(p[i], targets.get(i)));
                    }
                    return out;
                }
            }
        }

        /** k > 3 initial weights: uniform 1/k, or halves of 1/k moved between two states. */
        private BigFraction[] spread(int k) {
            BigFraction[] p = new BigFraction[k];
            java.util.Arrays.fill(p, BigFraction.of(1, k));
            if (rnd.nextBoolean()) {
                BigFraction half = BigFraction.of(1, 2 * k);
                int i = rnd.nextInt(k);
                int j = (i + 1 + rnd.nextInt(k - 1)) % k;
                p[i] = p[i].add(half);
                p[j] = p[j].subtract(half);
            }
            return p;
        }

        /** k positive halves, thirds or quarters summing to exactly 1 (k <= 3). */
        private BigFraction[] distribution(int k) {
            if (k == 1) {
                return new BigFraction[] {BigFraction.ONE};
            }
            int d = k + rnd.nextInt(5 - k);  // k..4, so every part can be positive
            int[] parts = new int[k];
            java.util.Arrays.fill(parts, 1);
            for (int left = d - k; left > 0; left--) {
                parts[rnd.nextInt(k)]++;
            }
            BigFraction[] p = new BigFraction[k];
            for (int i = 0; i < k; i++) {
                p[i] = BigFraction.of(parts[i], d);
            }
            return p;
        }

        private BigFraction reward() {
            String[] choices = {"-2", "-1", "0", "0", "1", "1", "2", "3", "1/2", "-1/2", "3/2"};
            return Rationals.parse(choices[rnd.nextInt(choices.length)]);
        }

        private <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        private void writeMdp(StringBuilder sb, M m, Dynamics dyn) {
            sb.append("mdp ").append(m.name()).append(" {\n");
            if (dyn.horizon != null) {
                sb.append("  horizon ").append(dyn.horizon).append(";\n");
            }
            if (dyn.discount != null) {
                sb.append("  discount ").append(dyn.discount).append(";\n");
            }
            for (St s : m.states()) {
                sb.append("  state ").append(s.name()).append(" code ")
                        .append(org.mincirc.model.Interface.formatCode(s.code(), inputs));
                if (s.init() != null) {
                    sb.append(" init ").append(Rationals.format(s.init()));
                }
                sb.append(" {\n");
                for (Act a : s.acts()) {
                    sb.append("    ").append(a.action()).append(" ->");
                    if (a.outcomes().size() == 1 && a.outcomes().get(0).probability().equals(BigFraction.ONE)) {
                        sb.append(' ').append(a.outcomes().get(0).target());
                    } else if (!a.outcomes().isEmpty()) {
                        sb.append(" {");
                        for (int i = 0; i < a.outcomes().size(); i++) {
                            Outcome o = a.outcomes().get(i);
                            sb.append(i == 0 ? " " : ", ").append(Rationals.format(o.probability())).append(": ")
                                    .append(o.target());
                        }
                        sb.append(" }");
                    }
                    if (a.outcomes().isEmpty() || a.reward().signum() != 0 || rnd.nextBoolean()) {
                        sb.append(" reward ").append(Rationals.format(a.reward()));
                    }
                    sb.append(";\n");
                }
                sb.append("  }\n");
            }
            m.sets().forEach((name, members) ->
                    sb.append("  set ").append(name).append(" = { ").append(String.join(", ", members)).append(" };\n"));
            sb.append("}\n\n");
        }

        /** Predicates p1..pk and the clauses of a query that uses them. */
        private final class Predicates {
            final List<String> names = new ArrayList<>();
            final List<String> bodies = new ArrayList<>();
            final List<String> stateNames = new ArrayList<>();
            final List<String> setNames;
            final List<String> targets = new ArrayList<>();

            Predicates(List<M> mdps, List<String> setNames) {
                this.setNames = new ArrayList<>(setNames);
                for (M m : mdps) {
                    for (St s : m.states()) {
                        stateNames.add(m.name() + "." + s.name());
                    }
                    m.sets().keySet().forEach(set -> this.setNames.add(m.name() + "." + set));
                    targets.add(m.name());
                }
                if (mdps.size() > 1) {
                    targets.add("F");
                    targets.add("U");
                }
            }

            String action() {
                return rnd.nextBoolean() ? "a" : "b";
            }

            String atom() {
                String s = pick(stateNames);
                return switch (rnd.nextInt(4)) {
                    case 0 -> "act(" + s + ") == " + action();
                    case 1 -> "act(" + s + ") != " + action();
                    case 2 -> "act(" + s + ") in { " + action() + " }";
                    default -> "act(" + s + ") in { a, b }";
                };
            }

            String body() {
                int k = names.size();
                return switch (rnd.nextInt(k == 0 ? 6 : 8)) {
                    case 0 -> "exists s in " + pick(setNames) + " : act(s) == " + action();
                    case 1 -> "forall s in " + pick(setNames) + " : act(s) != " + action();
                    case 2 -> atom();
                    case 3 -> atom() + (rnd.nextBoolean() ? " and " : " or ") + atom();
                    case 4 -> "return(" + pick(targets) + ") " + pick(List.of("<", "<=", ">=", ">", "==", "!="))
                            + " " + pick(List.of("0", "1/2", "1", "3/2", "2", "-1/2"));
                    case 5 -> "exists s in { " + twoStates() + " } : (act(s) == " + action() + " implies "
                            + atom() + ")";
                    case 6 -> "not " + pick(names) + " or " + atom();
                    default -> pick(names) + " implies (forall t in " + pick(setNames) + " : act(t) in { "
                            + action() + " })";
                };
            }

            /** Two distinct qualified states (every mdp has at least two). */
            String twoStates() {
                List<String> shuffled = new ArrayList<>(stateNames);
                Collections.shuffle(shuffled, rnd);
                return shuffled.get(0) + ", " + shuffled.get(1);
            }

            void generate() {
                int k = 2 + rnd.nextInt(3);
                for (int i = 1; i <= k; i++) {
                    bodies.add(body());
                    names.add("p" + i);
                }
            }

            void write(StringBuilder sb) {
                for (int i = 0; i < names.size(); i++) {
                    sb.append("predicate ").append(names.get(i)).append(" = ").append(bodies.get(i)).append(";\n");
                }
                sb.append('\n');
            }

            /** The clauses after {@code target}: threshold, requires, objective, report. */
            String queryTail() {
                StringBuilder sb = new StringBuilder();
                int t = full ? 0 : rnd.nextInt(20);
                if (t < 10) {
                    sb.append("  require return >= optimal;\n");
                } else if (t < 14) {
                    sb.append("  require return >= optimal - ").append(pick(List.of("1/8", "1/4", "1/2", "1")))
                            .append(";\n");
                } else if (t < 18) {
                    sb.append("  require return >= ").append(pick(List.of("-1", "0", "1/2", "1", "3/2", "2")))
                            .append(";\n");
                }
                int requires = full || rnd.nextInt(10) < 6 ? 0 : 1 + rnd.nextInt(2);
                for (int i = 0; i < requires; i++) {
                    sb.append("  require ").append(switch (rnd.nextInt(3)) {
                        case 0 -> pick(names);
                        case 1 -> "not " + pick(names);
                        default -> atom();
                    }).append(";\n");
                }
                int o = rnd.nextInt(20);
                if (o == 0) {
                    sb.append("  minimize depth;\n");
                } else if (o == 1) {
                    sb.append("  minimize size then depth;\n");
                } else if (o == 2) {
                    sb.append("  minimize size + depth;\n");
                } else if (o == 3) {
                    sb.append("  minimize 2 size + depth;\n");
                } else if (o < 10) {
                    sb.append("  minimize size;\n");
                }
                List<String> reported = new ArrayList<>(names);
                Collections.shuffle(reported, rnd);
                sb.append("  report ").append(String.join(", ", reported.subList(0, 1 + rnd.nextInt(reported.size()))))
                        .append(";\n");
                return sb.toString();
            }
        }

        private Predicates predicates(List<M> mdps, List<String> sets) {
            Predicates p = new Predicates(mdps, sets);
            p.generate();
            return p;
        }

        private void solve(StringBuilder sb, String name, String target, Predicates preds) {
            solve(sb, name, target, preds.queryTail());
        }

        private void solve(StringBuilder sb, String name, String target, String tail) {
            sb.append("solve ").append(name).append(" {\n  target ").append(target).append(";\n").append(tail)
                    .append("}\n");
        }
    }
}
