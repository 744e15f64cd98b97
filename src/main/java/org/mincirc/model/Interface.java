package org.mincirc.model;

import java.util.List;
import java.util.Optional;

/**
 * The circuit interface: named input bits (in order) and named actions with output codes.
 *
 * <p>A state code is held as an int "row": bit i is the value of input i, so the row index is
 * the usual truth-table row (input 0 the least significant bit). The text form writes digit i
 * for input i, left to right.
 *
 * @param implicit true when the file had no {@code interface} block and the single-mdp default
 *     encoding was used
 */
public record Interface(List<String> inputs, List<Action> actions, boolean implicit) {
    public Interface {
        inputs = List.copyOf(inputs);
        actions = List.copyOf(actions);
    }

    public int inputCount() {
        return inputs.size();
    }

    /** m = max(1, ceil(log2(max code + 1))); output bit 0 is the least significant bit. */
    public int outputBits() {
        int max = actions.stream().mapToInt(Action::code).max().orElse(0);
        int bits = 1;
        while ((1L << bits) < (long) max + 1) {
            bits++;
        }
        return bits;
    }

    public Optional<Action> action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<Action> actionByCode(int code) {
        return actions.stream().filter(a -> a.code() == code).findFirst();
    }

    /** The text form of a row: digit i is input i. */
    public String formatCode(int row) {
        return formatCode(row, inputCount());
    }

    public static String formatCode(int row, int width) {
        StringBuilder sb = new StringBuilder(width);
        for (int i = 0; i < width; i++) {
            sb.append((row >>> i & 1) == 1 ? '1' : '0');
        }
        return sb.toString();
    }

    /** Parses digits (digit i = input i) to a row; the caller has checked the digits are 0/1. */
    public static int parseCode(String digits) {
        int row = 0;
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) == '1') {
                row |= 1 << i;
            }
        }
        return row;
    }
}
