package socklab.lesson;

/**
 * The built-in partner a step starts: a client, several clients or chat members; an echo, greet,
 * http, pieces, framed, upper or udp-echo server; send is its text. instead marks a partner that
 * stands in for the other terminal's program: it plays only when one session takes every step.
 */
public record Peer(String role, String send, Boolean instead) {
    public Peer(String role, String send) {
        this(role, send, null);
    }

    /** True for the roles that serve rather than connect to {PORT}. */
    public boolean isServer() {
        return !"client".equals(role) && !"chat".equals(role) && !"clients".equals(role);
    }

    /** True for the server that listens on the learner's own {PORT}, standing in for the learner's server. */
    public boolean onLearnersPort() {
        return "upper".equals(role);
    }

    public boolean standsIn() {
        return Boolean.TRUE.equals(instead);
    }
}
