package socklab.lesson;

/** The built-in partner a step starts: a client, several clients or chat members; an echo, greet, http, pieces, framed or udp-echo server; send is its text. */
public record Peer(String role, String send) {
    /** True for the roles that serve on {PEER} rather than connect to {PORT}. */
    public boolean isServer() {
        return !"client".equals(role) && !"chat".equals(role) && !"clients".equals(role);
    }
}
