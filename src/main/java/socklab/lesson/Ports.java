package socklab.lesson;

/** The free ports a lesson run got ({PORT} for the learner, {PEER} for the partner) and their placeholders. */
public record Ports(int port, int peer) {
    public static final String HOST = "127.0.0.1";

    /** Replaces {PORT}, {PEER} and {HOST} in a lesson text or source. */
    public String fill(String text) {
        return text == null ? null
                : text.replace("{PORT}", Integer.toString(port)).replace("{PEER}", Integer.toString(peer)).replace("{HOST}", HOST);
    }
}
