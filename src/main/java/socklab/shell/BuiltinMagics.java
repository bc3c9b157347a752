package socklab.shell;

import java.util.List;
import java.util.TreeSet;
import socklab.i18n.Lang;

/** The shell's own % commands: %help, %lang, %history, %reset, %who. */
final class BuiltinMagics {
    private static final int DEFAULT_HISTORY = 20;

    private BuiltinMagics() {}

    static void install(MagicCommands m) {
        m.register("help", "magic.help.help", BuiltinMagics::help,
                () -> m.all().stream().map(MagicCommands.Command::name).toList());
        m.register("lang", "magic.help.lang", BuiltinMagics::lang, () -> List.of("zh", "en"));
        m.register("history", "magic.help.history", BuiltinMagics::history);
        m.register("reset", "magic.help.reset", (ctx, args) -> {
            ctx.resetSession();
            ctx.println(ctx.messages().get("magic.reset.done"));
        });
        m.register("who", "magic.help.who", BuiltinMagics::who);
    }

    private static void help(MagicContext ctx, String args) {
        String name = args.startsWith("%") ? args.substring(1) : args;
        if (!name.isEmpty()) {
            ctx.commands().find(name).ifPresentOrElse(
                    c -> ctx.println(ctx.messages().get(c.helpKey())),
                    () -> ctx.println(ctx.messages().get("magic.unknown", name)));
            return;
        }
        ctx.println(ctx.messages().get("magic.help.header"));
        for (MagicCommands.Command c : ctx.commands().all()) {
            ctx.println("  " + ctx.messages().get(c.helpKey()));
        }
    }

    private static void lang(MagicContext ctx, String args) {
        if (args.isEmpty()) {
            ctx.println(ctx.messages().get("magic.lang.now", ctx.messages().lang().displayName()));
            return;
        }
        Lang chosen = Lang.fromTag(args);
        if (chosen == null) {
            ctx.println(ctx.messages().get("magic.lang.bad", args));
            return;
        }
        ctx.messages().setLang(chosen);
        ctx.println(ctx.messages().get("magic.lang.set"));
    }

    private static void history(MagicContext ctx, String args) {
        int n;
        try {
            n = args.isEmpty() ? DEFAULT_HISTORY : Integer.parseInt(args);
        } catch (NumberFormatException e) {
            ctx.println(ctx.messages().get("magic.help.history"));
            return;
        }
        List<String> all = ctx.history();
        for (int i = Math.max(0, all.size() - n); i < all.size(); i++) {
            String[] lines = all.get(i).stripTrailing().split("\n");
            ctx.println(String.format("%4d: %s", i + 1, lines[0]));
            for (int k = 1; k < lines.length; k++) {
                ctx.println("      " + lines[k]);
            }
        }
    }

    /** Like IPython's %who: the learner's names, modules included, without the dunder ones. */
    private static void who(MagicContext ctx, String args) {
        TreeSet<String> names = new TreeSet<>();
        for (String name : ctx.interpreter().globals().keySet()) {
            if (!name.startsWith("_")) {
                names.add(name);
            }
        }
        ctx.println(names.isEmpty() ? ctx.messages().get("magic.who.empty") : String.join("\t", names));
    }
}
