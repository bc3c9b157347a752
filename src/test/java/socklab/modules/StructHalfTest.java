package socklab.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import socklab.runtime.object.PyError;

/** struct's 'e' format: every half-precision value survives a round trip, and rounding is to nearest even. */
class StructHalfTest {
    @Test
    void everyFiniteHalfRoundTrips() {
        for (int bits = 0; bits < 0x10000; bits++) {
            double d = StructModule.Half.toDouble(bits);
            if (Double.isNaN(d)) {
                assertEquals(0x7c00, bits & 0x7c00, "only exponent 31 is NaN: " + Integer.toHexString(bits));
                continue;
            }
            assertEquals(bits, StructModule.Half.fromDouble(d), "bits " + Integer.toHexString(bits));
        }
    }

    @Test
    void tiesGoToEvenAndTheTopRoundsToOverflow() {
        assertEquals(0x3c00, StructModule.Half.fromDouble(1 + Math.scalb(1.0, -11)), "1 + half an ulp rounds down to 1");
        assertEquals(0x3c02, StructModule.Half.fromDouble(1 + 3 * Math.scalb(1.0, -11)), "1 + 1.5 ulp rounds up to even");
        assertEquals(0x0001, StructModule.Half.fromDouble(Math.scalb(1.0, -24)), "smallest subnormal");
        assertEquals(0x0000, StructModule.Half.fromDouble(Math.scalb(1.0, -25)), "half the smallest subnormal ties to zero");
        assertEquals(0x7bff, StructModule.Half.fromDouble(65519.0));
        PyError e = assertThrows(PyError.class, () -> StructModule.Half.fromDouble(65520.0));
        assertTrue(e.value().str().contains("float too large to pack with e format"));
    }
}
