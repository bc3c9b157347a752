package socklab.runtime.object;

import java.math.BigInteger;

/**
 * A duration given to a clock function (time.sleep, select, poll, settimeout) turned into seconds
 * as CPython turns it into its nanosecond clock type: NaN and anything past 2**63 nanoseconds are
 * refused with CPython's own messages, so no caller waits forever on a value Python would reject.
 */
public final class Timestamps {
    private static final double NANOS_LIMIT = 0x1p63;

    private Timestamps() {}

    /**
     * The value as seconds; unit says how many seconds one unit of it is (1 for seconds, 1e-3 for
     * poll's milliseconds). typeError is the caller's message for a value that is no number.
     */
    public static double seconds(PyObject o, double unit, String typeError) {
        if (o instanceof PyFloat f) {
            double v = f.value();
            if (Double.isNaN(v)) {
                throw Py.valueError("Invalid value NaN (not a number)");
            }
            if (Math.abs(v) * unit * 1e9 >= NANOS_LIMIT) {
                throw Py.overflowError("timestamp out of range for platform time_t");
            }
            return v * unit;
        }
        if (o instanceof PyInt i) {
            BigInteger nanos = i.bigValue().abs().multiply(BigInteger.valueOf(Math.round(unit * 1e9)));
            if (nanos.bitLength() > 63) {
                throw Py.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            return i.doubleValue() * unit;
        }
        throw Py.typeError(typeError);
    }
}
