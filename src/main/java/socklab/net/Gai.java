package socklab.net;

/** getaddrinfo's error codes with glibc's gai_strerror texts, raised as {@code socket.gaierror}. */
public enum Gai {
    BADFLAGS(-1, "Bad value for ai_flags"),
    NONAME(-2, "Name or service not known"),
    AGAIN(-3, "Temporary failure in name resolution"),
    FAIL(-4, "Non-recoverable failure in name resolution"),
    NODATA(-5, "No address associated with hostname"),
    FAMILY(-6, "ai_family not supported"),
    SOCKTYPE(-7, "ai_socktype not supported"),
    SERVICE(-8, "Servname not supported for ai_socktype"),
    ADDRFAMILY(-9, "Address family for hostname not supported"),
    MEMORY(-10, "Memory allocation failure"),
    SYSTEM(-11, "System error");

    private final int code;
    private final String text;

    Gai(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    public NetError error() {
        return new NetError("gaierror", code, text);
    }
}
