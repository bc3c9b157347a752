package socklab;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import socklab.i18n.Lang;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;
import socklab.lesson.LessonCli;
import socklab.runtime.Interpreter;
import socklab.runtime.Tracebacks;
import socklab.shell.PipedSession;
import socklab.shell.StreamIo;
import socklab.shell.TerminalShell;

/** Entry point: picks the run mode (shell, piped, script, lesson tools) from the command line. */
public final class Main {
    static final String VERSION = "socklab 0.1.0 (Python 3.11 subset)";
    /** Deep Python recursion needs a deep Java stack; the interpreter runs on a thread that has one. */
    private static final long STACK_BYTES = 512L << 20;

    private Main() {}

    public static void main(String[] args) throws Exception {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(args), "python", STACK_BYTES);
        t.start();
        t.join();
        System.out.flush();
        System.exit(status[0]);
    }

    static int run(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            return dispatch(args, out, err, in);
        } catch (Exception e) {
            err.println("socklab: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err, BufferedReader in) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Lang lang = Lang.detect(takeOption(rest, "--lang"), System.getenv());
        if (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            Integer handled = LessonCli.run(rest, lang, out, err, in);
            if (handled != null) {
                return handled;
            }
        }
        if (!rest.isEmpty()) {
            switch (rest.get(0)) {
                case "--help", "-h" -> {
                    out.print(usage());
                    return 0;
                }
                case "--version", "-V" -> {
                    out.println(VERSION);
                    return 0;
                }
                default -> {
                    if (rest.get(0).startsWith("-")) {
                        err.println("socklab: unknown option " + rest.get(0));
                        err.print(usage());
                        return 2;
                    }
                    return runScript(rest, out, err, in);
                }
            }
        }
        if (System.console() != null) {
            return TerminalShell.runOnSystemTerminal(VERSION, lang, Sessions::create, LessonCli::attach);
        }
        StreamIo io = new StreamIo(out, err, in);
        Interpreter interp = Sessions.create(io);
        try {
            return new PipedSession(interp, io, null).run();
        } finally {
            interp.shutdown();
        }
    }

    private static int runScript(List<String> argv, PrintStream out, PrintStream err, BufferedReader in) throws Exception {
        String file = argv.get(0);
        String source;
        try {
            source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("socklab: can't open file '" + Path.of(file).toAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        }
        StreamIo io = new StreamIo(out, err, in);
        Interpreter interp = Sessions.create(io);
        interp.setArgv(argv);
        interp.setScript(Path.of(file));
        try {
            // CPython names a script by its absolute path in tracebacks (sys.argv keeps what was typed).
            String shown = Path.of(file).toAbsolutePath().normalize().toString();
            interp.rememberSource(shown, source);
            Interpreter.Outcome outcome;
            try {
                outcome = interp.runModule(Parser.parseModule(source), shown);
            } catch (PySyntaxError e) {
                io.err(Tracebacks.syntaxError(e, shown));
                return 1;
            }
            return switch (outcome) {
                case OK -> 0;
                case ERROR -> 1;
                case EXIT -> interp.exitCode();
            };
        } finally {
            io.flush();
            interp.shutdown();
        }
    }

    /** Removes "NAME VALUE" or "NAME=VALUE" from the arguments before a script name; returns VALUE or null. */
    private static String takeOption(List<String> args, String name) {
        for (int i = 0; i < args.size() && args.get(i).startsWith("-"); i++) {
            if (args.get(i).startsWith(name + "=")) {
                return args.remove(i).substring(name.length() + 1);
            }
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                args.remove(i);
                return args.remove(i);
            }
        }
        return null;
    }

    private static String usage() {
        return """
                usage: socklab [option] [FILE.py [ARGS...]]
                Learn Python's socket module on real sockets.

                  (no arguments)    interactive shell on a terminal; reads statements from a pipe
                  FILE.py ARGS...   run a script, as python3 FILE.py would
                  --lang zh|en      the shell's language (default: from LANG, else English)
                  --help            show this help
                  --version         show the version
                """;
    }
}
