package socklab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import socklab.runtime.builtins.Methods;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Formatting;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/** Direct Java calls into the installed methods: the shapes the interpreter will use. */
class MethodsTest {
    @BeforeAll
    static void install() {
        Methods.installAll();
        Methods.installAll();
    }

    private static PyObject call(PyObject target, String method, PyObject... args) {
        return target.getAttr(method).call(args, null);
    }

    @Test
    void boundMethodCallFromJava() {
        assertEquals("['a', 'b']", call(new PyStr("a,b"), "split", new PyStr(",")).repr());
    }

    @Test
    void keywordArgumentsReachTheMethod() {
        PyObject r = new PyStr("x").getAttr("encode").call(new PyObject[0], Map.of("encoding", new PyStr("utf-16")));
        assertEquals("b'\\xff\\xfex\\x00'", r.repr());
    }

    @Test
    void classmethodsWorkOnTheTypeAndOnInstances() {
        assertEquals("b'\\x01\\x02'", PyBytes.TYPE.getAttr("fromhex").call(new PyObject[] {new PyStr("01 02")}, null).repr());
        assertEquals("bytearray(b'\\xff')", call(PyByteArray.TYPE, "fromhex", new PyStr("ff")).repr());
        assertEquals("{1: None}", call(new PyDict(), "fromkeys", new PyList(new PyObject[] {PyInt.of(1)})).repr());
    }

    @Test
    void unboundMethodTakesSelfFirst() {
        PyObject upper = PyStr.TYPE.getAttr("upper");
        assertEquals("'AB'", upper.call(new PyObject[] {new PyStr("ab")}, null).repr());
    }

    @Test
    void numericPropertiesAreValuesNotMethods() {
        assertEquals("1", PyBool.TRUE.getAttr("real").repr());
        assertEquals("0.0", new PyFloat(2.5).getAttr("imag").repr());
    }

    @Test
    void decodeErrorCarriesCpythonText() {
        PyError e = assertThrows(PyError.class, () -> call(new PyBytes(new byte[] {(byte) 0xff}), "decode"));
        assertSame(ExcTypes.UnicodeDecodeError, e.pyType());
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", e.value().str());
    }

    @Test
    void percentAndFormatEntryPoints() {
        assertEquals("2.67", Formatting.percent("%.2f", new PyFloat(2.675)));
        assertEquals("1e+16", Formatting.format(new PyFloat(1e16), ""));
        assertEquals("x=1", Formatting.strFormat("x={x}", new PyObject[0], Map.of("x", PyInt.of(1))));
        assertEquals("[5]", new String(Formatting.percentBytes("[%d]".getBytes(), PyInt.of(5))));
    }

    @Test
    void mutatingMethodsChangeTheReceiver() {
        PyList list = new PyList();
        call(list, "append", PyInt.of(2));
        call(list, "insert", PyInt.of(0), PyInt.of(1));
        assertEquals("[1, 2]", list.repr());
        PyByteArray buf = new PyByteArray(new byte[0]);
        call(buf, "extend", new PyBytes("hi".getBytes()));
        assertEquals("bytearray(b'hi')", buf.repr());
    }
}
