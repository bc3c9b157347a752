package socklab;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.Sandbox;
import socklab.shell.Repl;
import socklab.shell.Signals;
import socklab.shell.StreamIo;

/**
 * Runs piped sessions in-process and compares them as ../shared/fidelity/fidelity.py does:
 * placeholders filled with fresh ports and a fresh directory, both outputs normalised alike.
 */
public final class Transcripts {
    private static final Pattern PROMPT = Pattern.compile("^(?:>>> |\\.\\.\\. |>>>$|\\.\\.\\.$)+");
    private static final Pattern EPHEMERAL = Pattern.compile("(?<=, )(3[2-9]\\d{3}|[4-6]\\d{4})(?=\\))");
    private static final Pattern LIBRARY = Pattern.compile("^  File \"/[^\"]*/lib/python3\\.11/");

    private Transcripts() {}

    /** Fresh values for {PORT} {PORT2} {UPORT} {TMP}, as fidelity.py makes them. */
    public static Map<String, String> placeholders() {
        Map<String, String> v = new LinkedHashMap<>();
        try {
            v.put("PORT", Integer.toString(freeTcp()));
            v.put("PORT2", Integer.toString(freeTcp()));
            try (DatagramSocket d = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                v.put("UPORT", Integer.toString(d.getLocalPort()));
            }
            v.put("TMP", Files.createTempDirectory("fid").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    private static int freeTcp() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public static String fill(String text, Map<String, String> values) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return text;
    }

    /**
     * Runs session text as `python3 -i -q -u` would read it from a pipe; stdout and stderr merged.
     * The session's sandbox is {@code folder}, as record_golden.py runs CPython with its cwd there.
     */
    public static String run(String session, Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StreamIo io = new StreamIo(merged, merged, new BufferedReader(new StringReader(session)));
        Repl repl = Sessions.piped(io, Signals.none(), new Messages(Lang.EN), Path.of("/nonexistent-socklab-home"), null);
        repl.interpreter().setSandbox(Sandbox.folder(folder));
        try {
            repl.run();
        } finally {
            repl.interpreter().shutdown();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Like fidelity.py's normalise() (prompts, ports and ephemeral ports), but whole tracebacks are
     * kept: only where CPython's library lives differs from machine to machine.
     */
    public static List<String> normalise(String text, Map<String, String> values) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = PROMPT.matcher(raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw).replaceFirst("");
            if (line.isEmpty()) {
                continue;
            }
            line = LIBRARY.matcher(line).replaceFirst("  File \"/usr/lib/python3.11/");
            for (String key : List.of("PORT", "PORT2", "UPORT")) {
                line = line.replaceAll("\\b" + values.get(key) + "\\b", "{" + key + "}");
            }
            line = line.replace(values.get("TMP"), "{TMP}");
            line = EPHEMERAL.matcher(line).replaceAll("<eph>");
            lines.add(line);
        }
        return lines;
    }

    public static void deleteTree(String dir) {
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
