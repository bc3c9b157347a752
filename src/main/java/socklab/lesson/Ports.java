package socklab.lesson;

/**
 * The free ports a lesson run got ({PORT} for the learner, {PEER} for the partner), the server
 * side's address ({HOST}: where the two terminals of a two-terminal lesson meet, loopback unless
 * a host was given) and their placeholders.
 */
public record Ports(int port, int peer, String host) {
    /** Where partners live and where a lesson is played unless a host was given: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    public Ports(int port, int peer) {
        this(port, peer, LOOPBACK);
    }

    /** Replaces {PORT}, {PEER} and {HOST} in a lesson text or source. */
    public String fill(String text) {
        return text == null ? null
                : text.replace("{PORT}", Integer.toString(port)).replace("{PEER}", Integer.toString(peer)).replace("{HOST}", host);
    }
}
