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
            new ModuleSpec("collections", "/usr/lib/python3.11/collections/__init__.py", CollectionsModule::create),
            ModuleSpec.builtin("math", MathModule::create),
            ModuleSpec.library("random", RandomModule::create),
            ModuleSpec.library("select", NetModules::select),
            ModuleSpec.library("socket", NetModules::socket),
            ModuleSpec.library("string", StringModule::create),
            ModuleSpec.builtin("sys", SysModule::create),
            ModuleSpec.builtin("time", TimeModule::create),
            ModuleSpec.library("types", TypesModule::create));

    private StandardModules() {}

    /** Makes every standard module importable in a new session. */
    public static void registerAll(Interpreter interp) {
        ALL.forEach(interp::registerModule);
    }
}
