package socklab.classroom;

/**
 * A token bucket: a student may send a burst of lines, then so many a second. Lines beyond it are
 * dropped unread, so a flood costs the server almost nothing.
 */
final class RateLimit {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    RateLimit(int burst, double perSecond, long nowNanos) {
        this.capacity = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes a token if there is one. */
    boolean take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
