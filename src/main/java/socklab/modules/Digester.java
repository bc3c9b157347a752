package socklab.modules;

/** The state of a running hashlib digest, whichever algorithm computes it. */
interface Digester {
    void update(byte[] data);

    /** The digest so far, leaving the state able to take more data; length counts only for SHAKE. */
    byte[] digest(int length);

    Digester copy();
}
