package socklab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import socklab.i18n.Lang;

/**
 * The one parser of socklab's command line, python3's own shape: options first, then -c CMD, a
 * script and its arguments, or nothing (the shell). A bad option or value is a usage error.
 */
record CommandLine(Action action, Lang lang, String lesson, String demo, Path lessonsDir, String command, List<String> argv,
        boolean inspect) {
    /** What the run does. */
    enum Action { SHELL, SCRIPT, COMMAND, LESSONS, PROGRESS, CHECK_LESSONS, HELP, VERSION }

    /** A usage error: the catalogue key and its argument, printed in the chosen language. */
    static final class UsageError extends Exception {
        final String key;
        final String arg;
        final Lang lang;

        UsageError(Lang lang, String key, String arg) {
            super(key, null, false, false);
            this.lang = lang;
            this.key = key;
            this.arg = arg;
        }
    }

    static CommandLine parse(List<String> args, Lang envLang) throws UsageError {
        Lang lang = envLang;
        Action action = Action.SHELL;
        String lesson = null;
        String demo = null;
        Path dir = null;
        boolean inspect = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--lang" -> {
                    String tag = value != null ? value : valueAfter(args, ++i, a, lang);
                    lang = Lang.fromTag(tag);
                    if (lang == null) {
                        throw new UsageError(envLang, "cli.badLang", tag);
                    }
                }
                case "--lesson" -> {
                    lesson = value != null ? value : valueAfter(args, ++i, a, lang);
                    action = Action.SHELL;
                }
                case "--demo" -> {
                    demo = value != null ? value : valueAfter(args, ++i, a, lang);
                    action = Action.SHELL;
                }
                case "--lessons-dir" -> dir = Path.of(value != null ? value : valueAfter(args, ++i, a, lang));
                case "--lessons" -> action = Action.LESSONS;
                case "--progress" -> action = Action.PROGRESS;
                case "--check-lessons" -> action = Action.CHECK_LESSONS;
                case "--help", "-h" -> action = Action.HELP;
                case "--version", "-V" -> action = Action.VERSION;
                case "-i" -> inspect = true;
                case "-q", "-u" -> { }
                case "-c" -> {
                    String command = valueAfter(args, ++i, a, lang);
                    List<String> argv = new ArrayList<>(List.of("-c"));
                    argv.addAll(args.subList(i + 1, args.size()));
                    return new CommandLine(Action.COMMAND, lang, lesson, demo, dir, command, argv, inspect);
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        throw new UsageError(lang, "cli.unknownOption", a);
                    }
                    return new CommandLine(Action.SCRIPT, lang, lesson, demo, dir, null, List.copyOf(args.subList(i, args.size())), inspect);
                }
            }
        }
        return new CommandLine(action, lang, lesson, demo, dir, null, List.of(""), inspect);
    }

    private static String valueAfter(List<String> args, int i, String option, Lang lang) throws UsageError {
        if (i >= args.size()) {
            throw new UsageError(lang, "cli.needsValue", option);
        }
        return args.get(i);
    }
}
