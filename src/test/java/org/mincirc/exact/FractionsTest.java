package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mincirc.exact.Models.q;

import org.junit.jupiter.api.Test;

/** commons-numbers-fraction 1.2 orders two negative BigFractions backwards; ours must not. */
class FractionsTest {
    @Test
    void ordersNegativesCorrectly() {
        assertEquals(-1, Fractions.compare(q("-1/2"), q("-1/3")));
        assertEquals(1, Fractions.compare(q("-9/14"), q("-5/7")));
        assertEquals(-1, Fractions.compare(q("-3"), q("-2")));
        assertEquals(0, Fractions.compare(q("-2/4"), q("-1/2")));
        assertEquals(-1, Fractions.compare(q("-1"), q("1/2")));
        assertEquals(1, Fractions.compare(q("3/4"), q("2/3")));
        assertTrue(Fractions.greater(q("-1/3"), q("-1/2")));
        assertFalse(Fractions.greater(q("-1/2"), q("-1/2")));
        assertEquals(q("-1/3"), Fractions.max(q("-1/2"), q("-1/3")));
    }
}
