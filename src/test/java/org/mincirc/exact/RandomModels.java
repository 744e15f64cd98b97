package org.mincirc.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.model.Action;
import org.mincirc.model.Family;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Successor;
import org.mincirc.model.Transition;

/**
 * Random small families for property tests: shared random codes on 2-3 inputs, random rational
 * probabilities summing exactly to 1, random horizon 1-4 or infinite with gamma < 1. Every code
 * has a "safe" action that every state with that code offers, so valid policies exist.
 */
final class RandomModels {
    final Random rnd;
    final Interface iface;
    final int[] safe;
    final OptionalInt horizon;
    final BigFraction gamma;

    RandomModels(long seed) {
        this(seed, -1);
    }

    /** The horizon choice for infinite horizons with discount 1 and no end components. */
    static final int UNDISCOUNTED = -2;

    /**
     * {@code horizonChoice}: -1 random, 0 infinite (discounted), {@link #UNDISCOUNTED}, h > 0 that
     * finite horizon.
     */
    RandomModels(long seed, int horizonChoice) {
        rnd = new Random(seed);
        int inputs = 2 + rnd.nextInt(2);
        int actions = 2 + rnd.nextInt(2);
        iface = Models.iface(inputs, java.util.stream.IntStream.range(0, actions).mapToObj(i -> "a" + i)
                .toArray(String[]::new));
        safe = new int[1 << inputs];
        for (int c = 0; c < safe.length; c++) {
            safe[c] = rnd.nextInt(actions);
        }
        boolean infinite = horizonChoice == 0 || (horizonChoice == -1 && rnd.nextInt(3) == 0);
        if (horizonChoice == UNDISCOUNTED) {
            horizon = OptionalInt.empty();
            gamma = BigFraction.ONE;
        } else if (infinite) {
            horizon = OptionalInt.empty();
            gamma = pick(new String[] {"0", "1/2", "2/3", "9/10", "1/3", "3/4"});
        } else {
            horizon = OptionalInt.of(horizonChoice > 0 ? horizonChoice : 1 + rnd.nextInt(4));
            gamma = pick(new String[] {"1", "1", "1/2", "2/3", "0"});
        }
    }

    private BigFraction pick(String[] options) {
        return Models.q(options[rnd.nextInt(options.length)]);
    }

    /** Positive rationals summing to exactly 1. */
    BigFraction[] distribution(int k) {
        int[] parts = new int[k];
        int total = 0;
        for (int i = 0; i < k; i++) {
            parts[i] = 1 + rnd.nextInt(5);
            total += parts[i];
        }
        BigFraction[] p = new BigFraction[k];
        for (int i = 0; i < k; i++) {
            p[i] = BigFraction.of(parts[i], total);
        }
        return p;
    }

    BigFraction reward() {
        return BigFraction.of(rnd.nextInt(9) - 3, 1 + rnd.nextInt(4));
    }

    /**
     * A random mdp with {@code states} states, codes drawn from {@code codePool}; undiscounted
     * ones are drawn again until no policy can loop forever (no end component).
     */
    Mdp mdp(String name, int states, int[] codePool) {
        while (true) {
            Mdp m = draw(name, states, codePool);
            if (gamma.compareTo(BigFraction.ONE) != 0 || horizon.isPresent()
                    || org.mincirc.model.EndComponents.find(m).isEmpty()) {
                return m;
            }
        }
    }

    private Mdp draw(String name, int states, int[] codePool) {
        List<State> list = new ArrayList<>();
        int initCount = 1 + rnd.nextInt(states);
        BigFraction[] init = distribution(initCount);
        for (int i = 0; i < states; i++) {
            int code = codePool[rnd.nextInt(codePool.length)];
            List<Transition> transitions = new ArrayList<>();
            for (Action a : iface.actions()) {
                if (a.code() != safe[code] && rnd.nextInt(3) == 0) {
                    continue;
                }
                int outcomes = rnd.nextInt(4);  // 0: the episode ends after the action
                List<Successor> succ = new ArrayList<>();
                BigFraction[] p = distribution(outcomes);
                Map<Integer, BigFraction> merged = new LinkedHashMap<>();
                for (int k = 0; k < outcomes; k++) {
                    int to = rnd.nextInt(states + 1) - 1;  // -1 = stop
                    merged.merge(to == -1 ? Successor.STOP : to, p[k], BigFraction::add);
                }
                merged.forEach((to, prob) -> succ.add(new Successor(to, prob)));
                transitions.add(new Transition(a, reward(), succ, SourcePos.NONE));
            }
            list.add(new State("s" + i, code, i < initCount ? init[i] : BigFraction.ZERO, transitions, SourcePos.NONE));
        }
        return new Mdp(name, horizon, gamma, list, Map.of(), SourcePos.NONE);
    }

    /** A family of 2-4 members sharing a pool of a few codes (so codes collide within and across members). */
    Family family() {
        int members = 2 + rnd.nextInt(3);
        int[] pool = codePool(1 + rnd.nextInt(4));
        List<Family.Member> list = new ArrayList<>();
        BigFraction[] w = distribution(members);
        for (int i = 0; i < members; i++) {
            list.add(new Family.Member(mdp("M" + i, 1 + rnd.nextInt(4), pool), w[i]));
        }
        return new Family("F", list, SourcePos.NONE);
    }

    int[] codePool(int size) {
        int[] pool = new int[size];
        for (int i = 0; i < size; i++) {
            pool[i] = rnd.nextInt(safe.length);
        }
        return pool;
    }

    /** The actions every state with that code offers, per code (codes of no state are absent). */
    static Map<Integer, List<Integer>> allowed(List<Mdp> mdps) {
        Map<Integer, List<Integer>> allowed = new HashMap<>();
        for (Mdp m : mdps) {
            for (State s : m.states()) {
                List<Integer> mine = s.actions().stream().map(Action::code).toList();
                allowed.merge(s.code(), new ArrayList<>(mine), (a, b) -> {
                    a.retainAll(b);
                    return a;
                });
            }
        }
        return allowed;
    }

    /** A random total policy valid on every state: on codes of no state, any output. */
    Policy validPolicy(List<Mdp> mdps) {
        Map<Integer, List<Integer>> allowed = allowed(mdps);
        Map<Integer, Integer> out = new HashMap<>();
        for (int c = 0; c < safe.length; c++) {
            List<Integer> ok = allowed.get(c);
            out.put(c, ok == null ? rnd.nextInt(iface.actions().size()) : ok.get(rnd.nextInt(ok.size())));
        }
        return Policy.ofOutputs(out, iface);
    }
}
