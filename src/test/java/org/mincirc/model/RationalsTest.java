package org.mincirc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RationalsTest {
    @Test
    void parsesEveryLiteralFormExactly() {
        assertEquals(BigFraction.of(3), Rationals.parse("3"));
        assertEquals(BigFraction.of(-2), Rationals.parse("-2"));
        assertEquals(BigFraction.of(3, 4), Rationals.parse("3/4"));
        assertEquals(BigFraction.of(1, 4), Rationals.parse("0.25"));
        assertEquals(BigFraction.of(1, 10), Rationals.parse("0.1"));
        assertEquals(BigFraction.of(-1, 10), Rationals.parse("-1/10"));
        assertThrows(NumberFormatException.class, () -> Rationals.parse("1/0"));
    }

    @Test
    void formatsInLowestTerms() {
        assertEquals("13/4", Rationals.format(BigFraction.of(26, 8)));
        assertEquals("2", Rationals.format(BigFraction.of(4, 2)));
        assertEquals("-1/3", Rationals.format(BigFraction.of(1, -3)));
        assertEquals("0", Rationals.format(BigFraction.ZERO));
    }

    /** commons-numbers 1.2 got this wrong; every threshold comparison in mincirc relies on it. */
    @Test
    void compareToOrdersNegativeFractionsCorrectly() {
        assertTrue(BigFraction.of(-1, 2).compareTo(BigFraction.of(-1, 3)) < 0);
        assertTrue(BigFraction.of(-2).compareTo(BigFraction.of(-3)) > 0);
        assertTrue(BigFraction.of(-5, 4).compareTo(BigFraction.of(-1)) < 0);
        assertTrue(BigFraction.of(-1, 2).compareTo(BigFraction.of(1, 3)) < 0);
        assertEquals(0, BigFraction.of(-1, 2).compareTo(BigFraction.of(-2, 4)));
    }
}
