package org.mincirc.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names of the instances of a parametrised mdp and the values they stand for: {@code Grid}
 * with N = 3 is {@code Grid_N3}, {@code Task} with k = 0 and n = -2 is {@code Task_k0_nm2} (the
 * parameters in declaration order, a minus sign written {@code m}, as PRISM state names do). The
 * name is an identifier, so it works wherever an mdp name does: {@code bad Grid_N5;},
 * {@code All.Grid_N3.s0}. Parsing is exact because the parameter names are known.
 */
final class Instantiation {
    private Instantiation() {}

    static String name(String base, List<String> params, List<BigInteger> values) {
        StringBuilder sb = new StringBuilder(base);
        for (int i = 0; i < params.size(); i++) {
            BigInteger v = values.get(i);
            sb.append('_').append(params.get(i)).append(v.signum() < 0 ? "m" + v.negate() : v.toString());
        }
        return sb.toString();
    }

    /** The values an instance name stands for, if it is a name of an instance of {@code base}. */
    static Optional<List<BigInteger>> parse(String base, List<String> params, String name) {
        if (!name.startsWith(base)) {
            return Optional.empty();
        }
        int at = base.length();
        List<BigInteger> values = new ArrayList<>();
        for (String p : params) {
            String prefix = "_" + p;
            if (!name.startsWith(prefix, at)) {
                return Optional.empty();
            }
            at += prefix.length();
            boolean negative = at < name.length() && name.charAt(at) == 'm';
            int start = negative ? at + 1 : at;
            int end = start;
            while (end < name.length() && Character.isDigit(name.charAt(end))) {
                end++;
            }
            if (end == start || (name.charAt(start) == '0' && end - start > 1) || (negative && name.charAt(start) == '0')) {
                return Optional.empty();  // no digits, or not the one spelling name() gives
            }
            BigInteger v = new BigInteger(name.substring(start, end));
            values.add(negative ? v.negate() : v);
            at = end;
        }
        return at == name.length() ? Optional.of(values) : Optional.empty();
    }

    /** Every combination of the ranges' values, the first parameter varying slowest. */
    static List<List<BigInteger>> product(List<List<BigInteger>> ranges) {
        List<List<BigInteger>> result = new ArrayList<>();
        result.add(List.of());
        for (List<BigInteger> range : ranges) {
            List<List<BigInteger>> next = new ArrayList<>();
            for (List<BigInteger> prefix : result) {
                for (BigInteger v : range) {
                    List<BigInteger> combo = new ArrayList<>(prefix);
                    combo.add(v);
                    next.add(combo);
                }
            }
            result = next;
        }
        return result;
    }
}
