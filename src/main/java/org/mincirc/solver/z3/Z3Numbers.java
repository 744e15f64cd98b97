package org.mincirc.solver.z3;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.RatNum;

/** Exact numbers between mincirc and Z3: numerals are passed as decimal strings, never as doubles. */
final class Z3Numbers {
    private Z3Numbers() {}

    static IntNum integer(Context ctx, BigInteger n) {
        return ctx.mkInt(n.toString());
    }

    /** Z3 reads "p/q" as the rational p/q; the sign is moved to the numerator first. */
    static RatNum real(Context ctx, BigFraction q) {
        BigInteger num = q.getNumerator();
        BigInteger den = q.getDenominator();
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        return ctx.mkReal(den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den);
    }

    /** The exact value of a numeral in a model (real or integer sort). */
    static BigFraction value(Expr<?> e) {
        if (e instanceof RatNum r) {
            return BigFraction.of(r.getBigIntNumerator(), r.getBigIntDenominator());
        }
        if (e instanceof IntNum i) {
            return BigFraction.of(i.getBigInteger());
        }
        throw new IllegalStateException("z3 gave no rational value but " + e);
    }
}
