package socklab.net;

import java.io.IOException;
import java.util.Map;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.Signature;

/**
 * socket.sendfile(file, offset=0, count=None), which file-transfer tutorials call: the file is read
 * through its own read() and sent whole, with socket.py's checks and messages, and the file is left
 * positioned after what was sent, as os.sendfile leaves it.
 */
final class SendFile {
    private static final Signature SIGNATURE = Signature.parse("sendfile(file, offset, count)");
    /** socket.py sends a file in blocks of this size. */
    private static final int BLOCK = 8192;

    private SendFile() {}

    /** The number of bytes sent; each block goes out through send, which the listeners hear of. */
    static long send(Endpoint ep, Waiter.Mode mode, boolean nonBlocking, PyObject[] a, Map<String, PyObject> kw,
            Sender sender) throws IOException {
        PyObject[] p = SIGNATURE.bind(a, kw, new PyObject[] {null, PyInt.of(0), PyNone.NONE});
        PyObject file = p[0];
        if (!mode(file).contains("b")) {
            throw Py.valueError("file should be opened in binary mode");
        }
        if (!ep.isStream()) {
            throw Py.valueError("only SOCK_STREAM type sockets are supported");
        }
        long count = -1;
        if (p[2] != PyNone.NONE) {
            if (!(p[2] instanceof PyInt)) {
                throw Py.typeError("count must be a positive integer (got " + p[2].repr() + ")");
            }
            count = Py.index(p[2]);
            if (count <= 0) {
                throw Py.valueError("count must be a positive integer (got " + p[2].repr() + ")");
            }
        }
        if (nonBlocking) {
            throw Py.valueError("non-blocking sockets are not supported");
        }
        long offset = Py.index(p[1]);
        if (offset != 0) {
            call(file, "seek", PyInt.of(offset));
        }
        long total = 0;
        try {
            while (count < 0 || total < count) {
                int want = (int) (count < 0 ? BLOCK : Math.min(BLOCK, count - total));
                byte[] block = Buffers.bytesOf(call(file, "read", PyInt.of(want)), null);
                if (block.length == 0) {
                    break;
                }
                sender.sendAll(ep, block, mode);
                total += block.length;
            }
        } finally {
            if (total > 0) {
                call(file, "seek", PyInt.of(offset + total));
            }
        }
        return total;
    }

    /** Sends one block whole, as sendall does. */
    @FunctionalInterface
    interface Sender {
        void sendAll(Endpoint ep, byte[] block, Waiter.Mode mode) throws IOException;
    }

    /** getattr(file, 'mode', 'b'), as socket.py reads it. */
    private static String mode(PyObject file) {
        try {
            PyObject m = file.getAttr("mode");
            return m instanceof PyStr s ? s.value() : m.str();
        } catch (PyError e) {
            if (e.matches(ExcTypes.AttributeError)) {
                return "b";
            }
            throw e;
        }
    }

    private static PyObject call(PyObject file, String method, PyObject arg) {
        return file.getAttr(method).call(new PyObject[] {arg}, Map.of());
    }
}
