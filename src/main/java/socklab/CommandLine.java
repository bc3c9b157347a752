package socklab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import socklab.i18n.Lang;

/**
 * The one parser of socklab's command line, python3's own shape: options first, then -c CMD, a
 * script and its arguments, or nothing (the shell). A bad option or value is a usage error.
 * role is %role's argument: the side, then the server side's host when --server gives one and the
 * port the two terminals meet on when --port gives one.
 */
record CommandLine(Action action, Lang lang, String lesson, String demo, Path lessonsDir, String command, List<String> argv,
        boolean inspect, String classCommand, String role) {
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
        String role = null;
        String server = null;
        Path dir = null;
        boolean inspect = false;
        ClassOptions cls = new ClassOptions();
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
                case "--role" -> {
                    role = value != null ? value : valueAfter(args, ++i, a, lang);
                    if (!role.equals("server") && !role.equals("client")) {
                        throw new UsageError(lang, "cli.badRole", role);
                    }
                }
                case "--server" -> server = value != null ? value : valueAfter(args, ++i, a, lang);
                case "--lessons-dir" -> dir = Path.of(value != null ? value : valueAfter(args, ++i, a, lang));
                case "--teach" -> cls.teach = true;
                case "--port" -> cls.port = value != null ? value : valueAfter(args, ++i, a, lang);
                case "--join" -> cls.join = value != null ? value : valueAfter(args, ++i, a, lang);
                case "--code" -> cls.code = value != null ? value : valueAfter(args, ++i, a, lang);
                case "--name" -> cls.name = value != null ? value : valueAfter(args, ++i, a, lang);
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
                    cls.refuse(lang);
                    return new CommandLine(Action.COMMAND, lang, lesson, demo, dir, command, argv, inspect, null, role);
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        throw new UsageError(lang, "cli.unknownOption", a);
                    }
                    cls.refuse(lang);
                    return new CommandLine(Action.SCRIPT, lang, lesson, demo, dir, null, List.copyOf(args.subList(i, args.size())), inspect,
                            null, role);
                }
            }
        }
        if (server != null && (role == null || !socklab.lesson.LessonCommands.isHost(server))) {
            throw new UsageError(lang, role == null ? "cli.serverNeedsRole" : "cli.badServer", server);
        }
        if (server != null) {
            role = role + " " + server; // the server side's host, for %role SIDE HOST [PORT]
        }
        if (role != null && !cls.teach && cls.port != null) {
            role = role + " " + cls.checkedPort(lang); // --role's meeting port, for %role SIDE PORT
            cls.port = null;
        }
        return new CommandLine(action, lang, lesson, demo, dir, null, List.of(""), inspect,
                action == Action.SHELL ? cls.command(lang) : cls.refuse(lang), role);
    }

    /** --teach [--port N] or --join HOST:PORT --code CODE --name NAME, gathered until the whole line is read. */
    private static final class ClassOptions {
        boolean teach;
        String port;
        String join;
        String code;
        String name;

        boolean any() {
            return teach || port != null || join != null || code != null || name != null;
        }

        /** The class options only make sense for the shell. */
        String refuse(Lang lang) throws UsageError {
            if (any()) {
                throw new UsageError(lang, "cli.classNeedsShell", teach || port != null ? "--teach" : "--join");
            }
            return null;
        }

        /** --port's number, from 0 to 65535. */
        int checkedPort(Lang lang) throws UsageError {
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
                throw new UsageError(lang, "cli.badPort", port);
            }
            return Integer.parseInt(port);
        }

        /** The % command the shell runs first, as typing it would: %teach PORT or %join HOST:PORT CODE NAME; null for none. */
        String command(Lang lang) throws UsageError {
            if (teach && (join != null || code != null || name != null)) {
                throw new UsageError(lang, "cli.teachOrJoin", null);
            }
            if (teach || port != null) {
                if (!teach) {
                    throw new UsageError(lang, "cli.portNeedsTeach", null);
                }
                return port == null ? "%teach" : "%teach " + checkedPort(lang);
            }
            if (join == null && (code != null || name != null)) {
                throw new UsageError(lang, "cli.codeNeedsJoin", null);
            }
            if (join == null) {
                return null;
            }
            if (!join.matches("(\\[[0-9A-Fa-f:.]+]|[^\\s:\\[\\]]+):\\d{1,5}") || Integer.parseInt(join.substring(join.lastIndexOf(':') + 1)) > 65535
                    || Integer.parseInt(join.substring(join.lastIndexOf(':') + 1)) == 0) {
                throw new UsageError(lang, "cli.badJoin", join);
            }
            if (code == null || name == null || code.isBlank() || name.isBlank()) {
                throw new UsageError(lang, "cli.joinNeeds", null);
            }
            return "%join " + join + " " + code.replaceAll("\\s+", "") + " " + name.strip();
        }
    }

    private static String valueAfter(List<String> args, int i, String option, Lang lang) throws UsageError {
        if (i >= args.size()) {
            throw new UsageError(lang, "cli.needsValue", option);
        }
        return args.get(i);
    }
}
