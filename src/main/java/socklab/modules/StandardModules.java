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
            ModuleSpec.library("select", NetModules::select),
            ModuleSpec.library("selectors", SelectorsModule::create),
            ModuleSpec.library("socket", NetModules::socket),
            ModuleSpec.builtin("sys", SysModule::create),
            ModuleSpec.builtin("time", TimeModule::create));

    private StandardModules() {}

    /** Makes every standard module importable in a new session. */
    public static void registerAll(Interpreter interp) {
        ALL.forEach(interp::registerModule);
    }
}
