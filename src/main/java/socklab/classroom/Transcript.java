package socklab.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import socklab.runtime.RunListener;
import socklab.runtime.RunResult;
import socklab.runtime.object.Io;

/**
 * The session as Markdown to hand out after class (%transcript): it tees the session's Io, so it
 * sees exactly what the learner saw, and hears each input as a run result. Inputs and what they
 * printed (values, prints, tracebacks) go into ```python blocks behind `>>> ` prompts, verbatim;
 * socklab's own text (lesson steps, partner reports, hints) comes between them as prose. Escape
 * sequences never reach the file; a huge output is cut short rather than kept whole in memory.
 */
public final class Transcript implements RunListener {
    /** An output bigger than this (a print in a long loop) is cut, with a note of how much was left out. */
    private static final int MAX_OUTPUT_CHARS = 20_000;
    private static final Pattern ESCAPES = Pattern.compile("\u001b\\[[0-?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(?:\u0007|\u001b\\\\)?|\u001b.");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f]");

    /** One piece of the session in the order it happened. */
    private sealed interface Part {
        record Code(String input, StringBuilder output) implements Part {}

        record Prose(StringBuilder text) implements Part {}
    }

    private final List<Part> parts = new ArrayList<>();
    /** What the program printed since the last input ended: it belongs to the input now running. */
    private final StringBuilder running = new StringBuilder();
    private int leftOut;

    /** The Io the session writes to: everything passes through to io, and a copy stays here. */
    public Io tee(Io io) {
        return new Io() {
            @Override
            public void out(String text) {
                output(text);
                io.out(text);
            }

            @Override
            public void err(String text) {
                output(text);
                io.err(text);
            }

            @Override
            public void outBytes(byte[] data) {
                output(new String(data, java.nio.charset.StandardCharsets.UTF_8));
                io.outBytes(data);
            }

            @Override
            public void errBytes(byte[] data) {
                output(new String(data, java.nio.charset.StandardCharsets.UTF_8));
                io.errBytes(data);
            }

            @Override
            public void traceback(String text) {
                output(text);
                io.traceback(text);
            }

            @Override
            public void prose(String text) {
                Transcript.this.prose(text);
                io.prose(text);
            }

            @Override
            public void flush() {
                io.flush();
            }

            @Override
            public int columns() {
                return io.columns();
            }

            @Override
            public String readLine(String prompt) {
                String line = io.readLine(prompt);
                output(prompt + (line == null ? "" : line + "\n"));
                return line;
            }

            @Override
            public String stdinLine(long limit) {
                String line = io.stdinLine(limit);
                output(line);
                return line;
            }

            @Override
            public boolean stdinReady() {
                return io.stdinReady();
            }

            @Override
            public boolean isTerminal() {
                return io.isTerminal();
            }

            /** socklab's own questions ("show the solution?", a demo's Enter) are not part of the handout. */
            @Override
            public String ask(String prompt) {
                return io.ask(prompt);
            }
        };
    }

    private synchronized void output(String text) {
        if (running.length() + text.length() <= MAX_OUTPUT_CHARS) {
            running.append(text);
        } else {
            int room = Math.max(0, MAX_OUTPUT_CHARS - running.length());
            running.append(text, 0, room);
            leftOut += text.length() - room;
        }
    }

    private synchronized void prose(String text) {
        takeStrayOutput();
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Part.Prose p) {
            p.text().append(text);
        } else {
            parts.add(new Part.Prose(new StringBuilder(text)));
        }
    }

    /** Output from no input of ours (a thread printing between inputs) is kept as output of its own. */
    private void takeStrayOutput() {
        if (running.length() > 0) {
            parts.add(new Part.Code(null, new StringBuilder(runningText())));
        }
    }

    private String runningText() {
        String text = running.toString() + (leftOut > 0 ? "\n[… " + leftOut + " more characters]\n" : "");
        running.setLength(0);
        leftOut = 0;
        return text;
    }

    @Override
    public synchronized void onRun(RunResult result) {
        parts.add(new Part.Code(result.source(), new StringBuilder(runningText())));
    }

    /** Forgets everything so far. */
    public synchronized void clear() {
        parts.clear();
        running.setLength(0);
        leftOut = 0;
    }

    /** The Markdown: a title, then code blocks and prose in the order they happened. */
    public synchronized String markdown(String title) {
        takeStrayOutput();
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        StringBuilder block = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Part.Code c) {
                if (c.input() != null) {
                    String[] lines = c.input().stripTrailing().split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        block.append(i == 0 ? ">>> " : "... ").append(lines[i]).append('\n');
                    }
                    if (lines.length > 1) {
                        block.append("...\n");
                    }
                }
                block.append(plain(c.output().toString()));
                if (block.length() > 0 && block.charAt(block.length() - 1) != '\n') {
                    block.append('\n');
                }
            } else if (part instanceof Part.Prose p) {
                fence(md, block);
                md.append(proseMarkdown(plain(p.text().toString()))).append('\n');
            }
        }
        fence(md, block);
        return md.toString().stripTrailing() + "\n";
    }

    /** Closes a code block: fenced with more backticks than any run inside it, so output cannot end it early. */
    private static void fence(StringBuilder md, StringBuilder block) {
        if (block.length() == 0) {
            return;
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < block.length(); i++) {
            run = block.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        md.append(fence).append("python\n").append(block).append(fence).append("\n\n");
        block.setLength(0);
    }

    /**
     * Lesson text as Markdown: each line kept a line (a hard break), indented code kept as code, and
     * the characters Markdown would take as markup (emphasis, HTML, a heading or quote at the
     * start) escaped outside `code spans`.
     */
    private static String proseMarkdown(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.strip().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            boolean code = line.startsWith("    ");
            boolean nextIsText = i + 1 < lines.length && !lines[i + 1].isBlank() && !lines[i + 1].startsWith("    ");
            out.append(code ? line : escape(line));
            out.append(!code && !line.isEmpty() && nextIsText ? "  \n" : "\n");
            if (code && nextIsText) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String escape(String line) {
        StringBuilder b = new StringBuilder(line.length() + 8);
        if (line.startsWith("#") || line.startsWith(">")) {
            b.append('\\');
        }
        boolean inSpan = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                inSpan = !inSpan && line.indexOf('`', i + 1) > 0;
            } else if (!inSpan && "\\*_<".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The text without escape sequences (colours, titles) or other control characters but newline and tab. */
    static String plain(String text) {
        return CONTROLS.matcher(ESCAPES.matcher(text.replace("\r\n", "\n")).replaceAll("")).replaceAll("");
    }
}
