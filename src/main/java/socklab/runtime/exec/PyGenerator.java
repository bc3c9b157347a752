package socklab.runtime.exec;

import java.lang.ref.Cleaner;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import socklab.runtime.object.Args;
import socklab.runtime.object.EndValueIterator;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTraceback;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.ThreadState;

/**
 * A generator object, or a coroutine object (an async def's call), which is the same machine behind
 * another face: no iteration, __await__ instead, and its awaits are yield froms. Its function body runs on a Java thread of its own that hands each yielded
 * value to the consumer and waits for the next request, so infinite generators, send() and
 * try/finally around yield behave as in CPython. Only one side ever runs at a time, and the body's
 * thread takes the resumer's {@link ThreadState}: it runs for that Python thread, so its waits
 * release the interpreter lock and threading.current_thread() names the resuming thread.
 */
final class PyGenerator extends PyObject implements EndValueIterator, Resumable {
    static final PyType TYPE = new PyType("generator", null).finalType();
    static final PyType COROUTINE = new PyType("coroutine", null).finalType();
    private static final long STACK_BYTES = 64L << 20;
    private static final ThreadLocal<Channel> RUNNING = new ThreadLocal<>();
    private static final Cleaner CLEANER = Cleaner.create();

    static {
        for (PyType t : new PyType[] {TYPE, COROUTINE}) {
            t.method("send", (self, a, kw) -> ((Resumable) self).send(Args.one("send", a, kw)));
            t.method("close", (self, a, kw) -> {
                Args.expected("close", a, kw, 0, 0);
                ((Resumable) self).close();
                return PyNone.NONE;
            });
            t.method("throw", (self, a, kw) -> ((Resumable) self).throwIn(thrown(Args.expected("throw", a, kw, 1, 3))));
        }
        TYPE.method("__next__", (self, a, kw) -> {
            Args.expected("__next__", a, kw, 0, 0);
            return ((Resumable) self).send(PyNone.NONE);
        });
        TYPE.method("__iter__", (self, a, kw) -> self);
        TYPE.attribute("gi_running", self -> Py.bool(((Resumable) self).running()));
        for (String prefix : new String[] {"gi_", "cr_"}) {
            PyType t = prefix.equals("gi_") ? TYPE : COROUTINE;
            t.attribute(prefix + "frame", self -> {
                Frame f = ((Resumable) self).frame();
                return f == null ? PyNone.NONE : PyTraceback.frameView(new PyError.Frame(f.code.filename, f.line, f.code.name));
            });
            t.attribute(prefix + "code", self -> {
                Code c = ((Resumable) self).code();
                return PyTraceback.codeView(new PyError.Frame(c.filename, c.firstLine, c.name));
            });
        }
        COROUTINE.method("__await__", (self, a, kw) -> {
            Args.expected("__await__", a, kw, 0, 0);
            return new CoroutineWrapper((PyGenerator) self);
        });
        COROUTINE.attribute("cr_running", self -> Py.bool(((Resumable) self).running()));
        COROUTINE.attribute("__name__", self -> new PyStr(((Resumable) self).code().name));
        COROUTINE.attribute("__qualname__", self -> new PyStr(((Resumable) self).code().qualname));
    }

    /** gen.throw(type[, value[, traceback]]) or gen.throw(instance): the exception to raise, built as CPython builds it. */
    static PyBaseException thrown(PyObject[] a) {
        PyObject typ = a[0];
        PyObject val = a[1] == null ? PyNone.NONE : a[1];
        if (a[2] != null && a[2] != PyNone.NONE && !(a[2] instanceof PyTraceback)) {
            throw Py.typeError("throw() third argument must be a traceback object");
        }
        if (typ instanceof PyType t && t.isSubtypeOf(ExcTypes.BaseException)) {
            if (val instanceof PyBaseException e && e.type().isSubtypeOf(t)) {
                return e;
            }
            PyObject[] args = val == PyNone.NONE ? new PyObject[0] : val instanceof PyTuple tup ? tup.items() : new PyObject[] {val};
            return StmtNodes.Raise.instantiate(t.call(args, null), false);
        }
        if (typ instanceof PyBaseException e) {
            if (val != PyNone.NONE) {
                throw Py.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        throw Py.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().name());
    }

    private final Channel channel;

    PyGenerator(Frame frame, StmtNode[] body, boolean coroutine) {
        this.channel = new Channel(frame, body, coroutine ? COROUTINE : TYPE);
        CLEANER.register(this, channel::close);
    }

    @Override
    public PyType type() {
        return channel.type;
    }

    boolean isCoroutine() {
        return channel.type == COROUTINE;
    }

    @Override
    public String repr() {
        return "<" + channel.type.name() + " object " + channel.frame.code.qualname + " at 0x" + Long.toHexString(Py.id(this)) + ">";
    }

    @Override
    public PyObject iter() {
        return isCoroutine() ? super.iter() : this;
    }

    @Override
    public PyObject next() {
        return channel.resume(PyNone.NONE);
    }

    /** next(gen): the next value, or StopIteration carrying what the body returned. */
    @Override
    public PyObject nextOrStop() {
        return send(PyNone.NONE);
    }

    @Override
    public PyObject send(PyObject value) {
        PyObject r = channel.resume(value);
        if (r == null) {
            throw stopIteration(channel.returnValue);
        }
        return r;
    }

    @Override
    public PyObject throwIn(PyBaseException e) {
        PyObject r = channel.resume(new Thrown(e.carrier()));
        if (r == null) {
            throw stopIteration(channel.returnValue);
        }
        return r;
    }

    @Override
    public void close() {
        channel.close();
    }

    @Override
    public boolean running() {
        return channel.running.get();
    }

    @Override
    public Frame frame() {
        return channel.finished ? null : channel.frame;
    }

    @Override
    public Code code() {
        return channel.frame.code;
    }

    static PyError stopIteration(PyObject value) {
        PyTuple args = value == null || value == PyNone.NONE ? PyTuple.EMPTY : new PyTuple(new PyObject[] {value});
        return new PyBaseException(ExcTypes.StopIteration, args).carrier();
    }

    /** yield, as executed on a generator's own thread: hand the value over, wait for what comes back. */
    static PyObject yieldValue(PyObject value) {
        Channel c = RUNNING.get();
        c.put(c.out, new Yielded(value));
        Object m = c.take(c.in);
        ThreadState.adopt(c.resumer);
        if (m instanceof Thrown t) {
            throw t.error;
        }
        return (PyObject) m;
    }

    /** yield from: every item of the iterable in turn. */
    static PyObject yieldFrom(PyObject iterable) {
        return delegate(iterable.iter());
    }

    /** await: as yield from, over what the awaitable's __await__ gives (a coroutine is its own). */
    static PyObject await(PyObject awaitable) {
        return delegate(awaitIterator(awaitable));
    }

    private static PyObject awaitIterator(PyObject v) {
        if (v instanceof PyGenerator g && g.isCoroutine()) {
            return g;
        }
        PyObject m = v.type().lookup("__await__");
        if (m == null) {
            throw Py.typeError("object " + v.type().name() + " can't be used in 'await' expression");
        }
        PyObject it = m.bindTo(v).call(new PyObject[0], null);
        if (it instanceof CoroutineWrapper w) {
            return w.coroutine;
        }
        if (it instanceof PyGenerator g && g.isCoroutine()) {
            throw Py.typeError("__await__() returned a coroutine");
        }
        if (it.type().lookup("__next__") == null) {
            throw Py.typeError("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    /**
     * The loop of yield from and await: a generator inner also gets what is sent and thrown in, is
     * closed when the outer one is, and gives its return value.
     */
    private static PyObject delegate(PyObject it) {
        if (it instanceof PyGenerator g) {
            Object message = PyNone.NONE;
            for (PyObject x = g.channel.resume(message); x != null; x = g.channel.resume(message)) {
                try {
                    message = yieldValue(x);
                } catch (PyError e) {
                    if (e.matches(ExcTypes.GeneratorExit)) {
                        g.channel.close();
                        throw e;
                    }
                    message = new Thrown(e);
                }
            }
            return g.channel.returnValue;
        }
        for (PyObject x = it.next(); x != null; x = it.next()) {
            yieldValue(x);
        }
        return PyNone.NONE;
    }

    private record Yielded(PyObject value) {}

    private record Returned(PyObject value) {}

    private record Failed(Throwable error) {}

    private record Thrown(PyError error) {}

    /** The two hand-over queues and the run state; it does not refer to the generator, so an abandoned one can be cleaned. */
    private static final class Channel {
        final Frame frame;
        final StmtNode[] body;
        /** generator or coroutine, whose names the errors use. */
        final PyType type;
        final SynchronousQueue<Object> in = new SynchronousQueue<>();
        final SynchronousQueue<Object> out = new SynchronousQueue<>();
        boolean started;
        volatile boolean finished;
        /**
         * Claimed by the one resume() in progress. Not a monitor: a body that resumes its own
         * generator, or a second thread, must be refused as CPython refuses it, not left waiting.
         */
        final AtomicBoolean running = new AtomicBoolean();
        PyObject returnValue = PyNone.NONE;
        /** The Python thread whose resume() the body is running for; the body thread takes its state. */
        ThreadState resumer;
        Thread worker;

        Channel(Frame frame, StmtNode[] body, PyType type) {
            this.frame = frame;
            this.body = body;
            this.type = type;
        }

        /** Runs the body up to its next yield and returns that value; null once it has finished. */
        PyObject resume(Object message) {
            if (!running.compareAndSet(false, true)) {
                throw Py.error(ExcTypes.ValueError, type.name() + " already executing");
            }
            try {
                return claimed(message);
            } finally {
                running.set(false);
            }
        }

        private PyObject claimed(Object message) {
            if (finished) {
                if (type == COROUTINE) {
                    throw Py.error(ExcTypes.RuntimeError, "cannot reuse already awaited coroutine");
                }
                if (message instanceof Thrown t) {
                    throw t.error;
                }
                return null;
            }
            if (!started) {
                if (message instanceof Thrown t) {
                    finished = true; // raised where the body has not begun: CPython names the def's line
                    t.error.addFrame(frame.code.filename, frame.code.firstLine > 0 ? frame.code.firstLine : frame.line, frame.code.name);
                    throw t.error;
                }
                if (message != PyNone.NONE) {
                    throw Py.typeError("can't send non-None value to a just-started " + type.name());
                }
            }
            resumer = ThreadState.current();
            Thread back = null;
            try {
                if (!started) {
                    started = true;
                    worker = new Thread(null, this::run, "generator", STACK_BYTES);
                    worker.setDaemon(true);
                    back = resumer.lendTo(worker);
                    worker.start();
                } else {
                    back = resumer.lendTo(worker);
                    put(in, message);
                }
                return outcome(take(out));
            } finally {
                if (back != null) {
                    resumer.resumeOn(back);
                }
            }
        }

        private PyObject outcome(Object r) {
            if (r instanceof Yielded y) {
                return y.value();
            }
            finished = true;
            if (r instanceof Returned ret) {
                returnValue = ret.value();
                return null;
            }
            Throwable error = ((Failed) r).error();
            if (error instanceof PyError e && e.matches(ExcTypes.StopIteration)) {
                PyError wrapped = Py.error(ExcTypes.RuntimeError, type.name() + " raised StopIteration");
                wrapped.value().setCause(e.value());
                throw wrapped;
            }
            if (error instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) error;
        }

        /** close(): GeneratorExit at the paused yield, so finally blocks run. */
        void close() {
            if (!started || finished) {
                finished = true;
                return;
            }
            try {
                resume(new Thrown(Py.error(ExcTypes.GeneratorExit)));
                throw Py.error(ExcTypes.RuntimeError, type.name() + " ignored GeneratorExit");
            } catch (PyError e) {
                if (!e.matches(ExcTypes.GeneratorExit)) {
                    throw e;
                }
            }
        }

        private void run() {
            RUNNING.set(this);
            ThreadState.adopt(resumer);
            frame.returnValue = null;
            Object result;
            try {
                StmtNode.run(body, frame);
                result = new Returned(frame.returnValue == null ? PyNone.NONE : frame.returnValue);
            } catch (PyError e) {
                e.addFrame(frame.code.filename, frame.line, frame.code.name);
                result = new Failed(e);
            } catch (StackOverflowError e) {
                PyError err = Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded");
                err.addFrame(frame.code.filename, frame.line, frame.code.name);
                result = new Failed(err);
            } catch (RuntimeException | Error e) {
                result = new Failed(e);
            }
            put(out, result);
        }

        void put(SynchronousQueue<Object> q, Object o) {
            try {
                q.put(o);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Py.error(ExcTypes.KeyboardInterrupt);
            }
        }

        Object take(SynchronousQueue<Object> q) {
            try {
                return q.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Py.error(ExcTypes.KeyboardInterrupt);
            }
        }
    }
}
