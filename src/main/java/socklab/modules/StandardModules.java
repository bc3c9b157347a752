package socklab.modules;

import java.util.List;
import socklab.net.NetModules;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;

/**
 * The one table of standard modules: a module exists for `import` when, and only when, it has a
 * spec here. Keep it sorted by name.
 */
public final class StandardModules {
    public static final List<ModuleSpec> ALL = List.of(
            ModuleSpec.builtin("_asyncio", AsyncioModule::create),
            ModuleSpec.builtin("_signal", SignalModule::create),
            ModuleSpec.builtin("_sre", ReModule::create),
            ModuleSpec.builtin("_thread", ThreadModule::create),
            ModuleSpec.library("__future__", PythonSource.of("__future__")),
            ModuleSpec.library("argparse", ArgparseModule::create),
            ModuleSpec.pkg("asyncio", PythonSource.ofPackage("asyncio")),
            ModuleSpec.library("asyncio.base_events", PythonSource.of("asyncio.base_events")),
            ModuleSpec.library("asyncio.coroutines", PythonSource.of("asyncio.coroutines")),
            ModuleSpec.library("asyncio.events", PythonSource.of("asyncio.events")),
            ModuleSpec.library("asyncio.exceptions", PythonSource.of("asyncio.exceptions")),
            ModuleSpec.library("asyncio.futures", PythonSource.of("asyncio.futures")),
            ModuleSpec.library("asyncio.locks", PythonSource.of("asyncio.locks")),
            ModuleSpec.library("asyncio.log", PythonSource.of("asyncio.log")),
            ModuleSpec.library("asyncio.protocols", PythonSource.of("asyncio.protocols")),
            ModuleSpec.library("asyncio.queues", PythonSource.of("asyncio.queues")),
            ModuleSpec.library("asyncio.runners", PythonSource.of("asyncio.runners")),
            ModuleSpec.library("asyncio.selector_events", PythonSource.of("asyncio.selector_events")),
            ModuleSpec.library("asyncio.streams", PythonSource.of("asyncio.streams")),
            ModuleSpec.library("asyncio.tasks", PythonSource.of("asyncio.tasks")),
            ModuleSpec.library("asyncio.threads", PythonSource.of("asyncio.threads")),
            ModuleSpec.library("asyncio.transports", PythonSource.of("asyncio.transports")),
            ModuleSpec.library("asyncio.trsock", PythonSource.of("asyncio.trsock")),
            ModuleSpec.library("asyncio.unix_events", PythonSource.of("asyncio.unix_events")),
            ModuleSpec.builtin("atexit", AtexitModule::create),
            ModuleSpec.library("base64", Base64Module::create),
            ModuleSpec.extension("binascii", BinasciiModule::create),
            ModuleSpec.library("bisect", PythonSource.of("bisect")),
            ModuleSpec.pkg("collections", CollectionsModule::create),
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
            ModuleSpec.builtin("itertools", PythonSource.of("itertools")),
            ModuleSpec.pkg("json", JsonModule::create),
            ModuleSpec.pkg("logging", LoggingModule::create),
            ModuleSpec.builtin("math", MathModule::create),
            ModuleSpec.library("operator", PythonSource.of("operator")),
            ModuleSpec.frozen("os", OsModule::create),
            new ModuleSpec("os.path", ModuleSpec.library("posixpath", null).origin(), i -> i.importModule("posixpath"), true),
            ModuleSpec.frozen("posixpath", PosixPathModule::create),
            ModuleSpec.library("queue", QueueModule::create),
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
            ModuleSpec.library("threading", ThreadingModule::create),
            ModuleSpec.builtin("time", TimeModule::create),
            ModuleSpec.library("traceback", TracebackModule::create),
            ModuleSpec.library("types", TypesModule::create),
            ModuleSpec.library("typing", PythonSource.of("typing")),
            ModuleSpec.library("uuid", PythonSource.of("uuid")));

    private StandardModules() {}

    /** Makes every standard module importable in a new session. */
    public static void registerAll(Interpreter interp) {
        ALL.forEach(interp::registerModule);
        interp.builtins().put("open", IoModule.openFunction(interp));
    }
}
