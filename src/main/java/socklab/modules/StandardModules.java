package socklab.modules;

import java.util.List;
import socklab.net.NetModules;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.PyModule;

/**
 * The one table of standard modules: a module exists for `import` when, and only when, it has a
 * spec here. Keep it sorted by name.
 */
public final class StandardModules {
    public static final List<ModuleSpec> ALL = List.of(
            ModuleSpec.builtin("_abc", PythonSource.ofNative("_abc")),
            ModuleSpec.extension("_asyncio", PythonSource.ofNative("_asyncio")),
            ModuleSpec.builtin("_functools", PythonSource.ofNative("_functools")),
            ModuleSpec.extension("_hashlib", OpensslHashModule::create),
            ModuleSpec.builtin("_operator", OperatorModule::create),
            ModuleSpec.extension("_queue", QueueModule::create),
            ModuleSpec.builtin("_signal", SignalModule::create),
            ModuleSpec.builtin("_sre", ReModule::create),
            ModuleSpec.builtin("_thread", ThreadModule::create),
            ModuleSpec.builtin("_warnings", WarningsModule::create),
            ModuleSpec.library("__future__", PythonSource.of("__future__")),
            ModuleSpec.frozen("abc", PythonSource.ofFrozen("abc")),
            ModuleSpec.library("argparse", ArgparseModule::create),
            PythonSource.spec("asyncio", "asyncio/__init__.py"),
            PythonSource.spec("asyncio.base_events", "asyncio/base_events.py"),
            PythonSource.spec("asyncio.coroutines", "asyncio/coroutines.py"),
            PythonSource.spec("asyncio.events", "asyncio/events.py"),
            PythonSource.spec("asyncio.exceptions", "asyncio/exceptions.py"),
            PythonSource.spec("asyncio.futures", "asyncio/futures.py"),
            PythonSource.spec("asyncio.locks", "asyncio/locks.py"),
            PythonSource.spec("asyncio.log", "asyncio/log.py"),
            PythonSource.spec("asyncio.protocols", "asyncio/protocols.py"),
            PythonSource.spec("asyncio.queues", "asyncio/queues.py"),
            PythonSource.spec("asyncio.runners", "asyncio/runners.py"),
            PythonSource.spec("asyncio.selector_events", "asyncio/selector_events.py"),
            PythonSource.spec("asyncio.streams", "asyncio/streams.py"),
            PythonSource.spec("asyncio.tasks", "asyncio/tasks.py"),
            PythonSource.spec("asyncio.threads", "asyncio/threads.py"),
            PythonSource.spec("asyncio.transports", "asyncio/transports.py"),
            PythonSource.spec("asyncio.trsock", "asyncio/trsock.py"),
            PythonSource.spec("asyncio.unix_events", "asyncio/unix_events.py"),
            ModuleSpec.extension("array", ArrayModule::create),
            ModuleSpec.builtin("atexit", AtexitModule::create),
            ModuleSpec.library("base64", Base64Module::create),
            ModuleSpec.extension("binascii", BinasciiModule::create),
            ModuleSpec.library("bisect", PythonSource.of("bisect")),
            ModuleSpec.builtin("builtins", i -> (PyModule) i.globals().get("__builtins__")),
            ModuleSpec.pkg("collections", CollectionsModule::create),
            PythonSource.spec("concurrent", "concurrent/__init__.py"),
            PythonSource.spec("concurrent.futures", "concurrent/futures/__init__.py"),
            PythonSource.spec("concurrent.futures._base", "concurrent/futures/_base.py"),
            PythonSource.spec("concurrent.futures.thread", "concurrent/futures/thread.py"),
            ModuleSpec.library("contextlib", PythonSource.of("contextlib")),
            ModuleSpec.library("copy", PythonSource.of("copy")),
            ModuleSpec.library("dataclasses", PythonSource.of("dataclasses")),
            ModuleSpec.library("datetime", DatetimeModule::create),
            ModuleSpec.library("enum", PythonSource.of("enum")),
            ModuleSpec.builtin("errno", ErrnoModule::create),
            ModuleSpec.library("functools", PythonSource.of("functools")),
            ModuleSpec.library("hashlib", HashlibModule::create),
            ModuleSpec.library("heapq", PythonSource.of("heapq")),
            ModuleSpec.library("hmac", PythonSource.of("hmac")),
            ModuleSpec.frozen("io", IoModule::create),
            ModuleSpec.builtin("itertools", PythonSource.ofNative("itertools")),
            ModuleSpec.pkg("json", JsonModule::create),
            new ModuleSpec("json.decoder", ModuleSpec.LIBRARY + "json/decoder.py", i -> JsonModule.submodule(i, "decoder")),
            new ModuleSpec("json.encoder", ModuleSpec.LIBRARY + "json/encoder.py", i -> JsonModule.submodule(i, "encoder")),
            ModuleSpec.pkg("logging", PythonSource.ofPackage("logging")),
            ModuleSpec.extension("math", MathModule::create),
            ModuleSpec.library("operator", PythonSource.ofNative("operator")),
            ModuleSpec.frozen("os", OsModule::create),
            ModuleSpec.library("pickle", PythonSource.ofNative("pickle")),
            new ModuleSpec("os.path", ModuleSpec.library("posixpath", null).origin(), i -> i.importModule("posixpath"), true),
            ModuleSpec.frozen("posixpath", PosixPathModule::create),
            ModuleSpec.library("pprint", PythonSource.of("pprint")),
            ModuleSpec.library("queue", PythonSource.of("queue")),
            ModuleSpec.library("random", RandomModule::create),
            ModuleSpec.pkg("re", PythonSource.ofPackage("re")),
            ModuleSpec.library("secrets", PythonSource.of("secrets")),
            ModuleSpec.library("select", NetModules::select),
            ModuleSpec.library("selectors", SelectorsModule::create),
            ModuleSpec.library("shutil", PythonSource.of("shutil")),
            ModuleSpec.library("signal", PythonSource.of("signal")),
            ModuleSpec.library("socket", NetModules::socket),
            ModuleSpec.library("socketserver", PythonSource.of("socketserver")),
            ModuleSpec.library("string", StringModule::create),
            ModuleSpec.library("struct", StructModule::create),
            ModuleSpec.builtin("sys", SysModule::create),
            ModuleSpec.library("textwrap", PythonSource.of("textwrap")),
            ModuleSpec.library("threading", ThreadingModule::create),
            ModuleSpec.builtin("time", TimeModule::create),
            ModuleSpec.library("traceback", TracebackModule::create),
            ModuleSpec.library("types", TypesModule::create),
            ModuleSpec.library("typing", PythonSource.of("typing")),
            ModuleSpec.library("uuid", PythonSource.of("uuid")),
            ModuleSpec.library("warnings", PythonSource.ofNative("warnings")),
            ModuleSpec.extension("zlib", ZlibModule::create));

    private StandardModules() {}

    /** Makes every standard module importable in a new session. */
    public static void registerAll(Interpreter interp) {
        ALL.forEach(interp::registerModule);
        interp.builtins().put("open", IoModule.openFunction(interp));
    }
}
