package socklab.classroom;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socklab.Sessions;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.Sandbox;
import socklab.shell.Repl;
import socklab.shell.Signals;
import socklab.shell.StreamIo;

/** A piped session run in-process as `socklab < file` runs it, its output as lines with the prompts taken off. */
final class PipedSession {
    private static final Pattern PROMPTS = Pattern.compile("^(?:>>> |\\.\\.\\. )+");

    private PipedSession() {}

    static String run(String session, Lang lang, Path home) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StreamIo io = new StreamIo(merged, merged, new BufferedReader(new StringReader(session)));
        Repl repl = Sessions.piped(io, Signals.none(), new Messages(lang), home, null);
        repl.interpreter().setSandbox(Sandbox.folder(home.resolve("sandbox")));
        try {
            repl.run();
        } finally {
            repl.interpreter().shutdown();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static List<String> lines(String output) {
        List<String> out = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            out.add(PROMPTS.matcher(line).replaceFirst(""));
        }
        return out;
    }

    /** The numbers a session printed after a word, as "ports 9080 50412". */
    static int[] numbersAfter(String word, String output) {
        Matcher mt = Pattern.compile(word + "((?: \\d+)+)").matcher(output);
        if (!mt.find()) {
            throw new AssertionError("no '" + word + "' line in:\n" + output);
        }
        return java.util.Arrays.stream(mt.group(1).trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    /** The row of a %sockets table whose name column is exactly name, split into its columns. */
    static List<String> row(List<String> table, String name) {
        for (String line : table) {
            String[] cols = line.split(" {2,}");
            if (cols.length >= 9 && cols[1].equals(name)) {
                return List.of(cols);
            }
        }
        throw new AssertionError("no row named " + name + " in:\n" + String.join("\n", table));
    }

    /** The lines of each %sockets table printed, in order: from its header to the first line that is not a row. */
    static List<List<String>> tables(List<String> lines) {
        List<List<String>> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("fd  ")) {
                List<String> t = new ArrayList<>();
                t.add(lines.get(i));
                while (i + 1 < lines.size() && lines.get(i + 1).matches("^(-1|-|\\d+) .*")) {
                    t.add(lines.get(++i));
                }
                tables.add(t);
            }
        }
        return tables;
    }
}
