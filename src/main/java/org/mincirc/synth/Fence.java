package org.mincirc.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fence (Haaswijk, Soeken, Mishchenko and De Micheli, "SAT-based exact synthesis: encodings,
 * topology families, and parallelism", TCAD 2020, section IV): how many gates sit on each
 * level, level 1 (fan-ins are inputs only) first. A gate on level l takes one fan-in from level
 * l - 1 and the other from level l - 1 or below, so the fence fixes every gate's depth and the
 * circuit's depth is the number of levels.
 *
 * <p>Why splitting by fences loses nothing: the co-lexicographic break of {@link SsvEncoding}
 * already orders gates by level (if gate j sat on a lower level than gate j - 1, its larger
 * fan-in would be a lower-level node and so come earlier, breaking colex), so every circuit the
 * plain encoding admits has exactly one level profile and is admitted by the encoding restricted
 * to that fence. "No circuit for any fence of {@link #all} " is therefore the same proof as "no
 * circuit", and the fences are independent questions that run in parallel.
 */
public record Fence(int[] gatesPerLevel) {
    public Fence {
        gatesPerLevel = gatesPerLevel.clone();
        for (int count : gatesPerLevel) {
            if (count < 1) {
                throw new IllegalArgumentException("every level of a fence holds a gate: " + Arrays.toString(gatesPerLevel));
            }
        }
    }

    public int depth() {
        return gatesPerLevel.length;
    }

    public int gates() {
        return Arrays.stream(gatesPerLevel).sum();
    }

    /** The level (1-based) of every gate, gates in order. */
    public int[] levelOfGates() {
        int[] levels = new int[gates()];
        int g = 0;
        for (int l = 0; l < gatesPerLevel.length; l++) {
            for (int i = 0; i < gatesPerLevel[l]; i++) {
                levels[g++] = l + 1;
            }
        }
        return levels;
    }

    /**
     * Every fence of {@code gates} gates and depth in [minDepth, maxDepth] that a circuit
     * meeting the encoding's breaks can have, shallow fences first. Two counting facts prune
     * (both hold for every circuit whose gates all feed a later gate or an output, the
     * all-gates-used break): gates on the top level feed no gate, so they are outputs and at
     * most {@code outputs} many; and the non-output gates on levels l .. top-1 each feed a gate
     * above level l, whose fan-in slots number twice the gates above l.
     */
    public static List<Fence> all(int gates, int outputs, int minDepth, int maxDepth) {
        List<Fence> fences = new ArrayList<>();
        if (gates < 1) {
            return fences;
        }
        for (int depth = Math.max(1, minDepth); depth <= Math.min(gates, maxDepth); depth++) {
            compose(new int[depth], 0, gates, outputs, fences);
        }
        return fences;
    }

    private static void compose(int[] levels, int at, int left, int outputs, List<Fence> out) {
        int remainingLevels = levels.length - at;
        if (remainingLevels == 1) {
            levels[at] = left;
            if (left <= outputs && feedable(levels, outputs)) {
                out.add(new Fence(levels));
            }
            return;
        }
        for (int count = 1; count <= left - (remainingLevels - 1); count++) {
            levels[at] = count;
            compose(levels, at + 1, left - count, outputs, out);
        }
    }

    /** The slot count of the class comment, for every level below the top. */
    private static boolean feedable(int[] levels, int outputs) {
        int top = levels.length - 1;
        int exempt = outputs - levels[top]; // outputs that may sit below the top level
        int above = levels[top];
        int needing = 0;
        for (int l = top - 1; l >= 0; l--) {
            needing += levels[l];
            if (needing - exempt > 2 * above) {
                return false;
            }
            above += levels[l];
        }
        return true;
    }

    /** "3,2,1,1,1": gates per level, level 1 first. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < gatesPerLevel.length; i++) {
            s.append(i == 0 ? "" : ",").append(gatesPerLevel[i]);
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fence f && Arrays.equals(gatesPerLevel, f.gatesPerLevel);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(gatesPerLevel);
    }

    @Override
    public String toString() {
        return "Fence[" + describe() + "]";
    }
}
