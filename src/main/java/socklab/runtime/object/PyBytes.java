package socklab.runtime.object;

import java.util.Arrays;

/** Python's immutable bytes, what sockets send and receive. */
public final class PyBytes extends PyBytesLike {
    public static final PyType TYPE = new PyType("bytes", null);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    private final byte[] data;

    /** Takes ownership of data: callers must not change it afterwards. */
    public PyBytes(byte[] data) {
        this.data = data;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public byte[] array() {
        return data;
    }

    @Override
    public int size() {
        return data.length;
    }

    @Override
    public PyBytesLike make(byte[] d) {
        return new PyBytes(d);
    }

    @Override
    public String repr() {
        return repr(data, data.length);
    }

    @Override
    public long pyHash() {
        return Arrays.hashCode(data);
    }
}
