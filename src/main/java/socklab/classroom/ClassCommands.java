package socklab.classroom;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import socklab.i18n.Messages;
import socklab.lesson.LessonListener;
import socklab.runtime.Io;

/**
 * The class view's % commands for one shell, which is a teacher's (after %teach / --teach), a
 * student's (after %join / --join), or neither. A student's lesson events reach the class through
 * this object as the coach's listener; an offer from the teacher waits here until the student
 * presses Enter on an empty line, and only then is the lesson started, by its own command.
 */
public final class ClassCommands implements LessonListener {
    /** The command names, without the %, for the one registry. */
    public static final List<String> NAMES = List.of("teach", "join", "share", "push", "spotlight", "class");
    /** What %teach opens without a port: easy to read out, above the well-known ports. */
    public static final int DEFAULT_PORT = 7341;

    private final Io io;
    private final Messages messages;
    private final LiveClassView.Screen screen;
    private final Supplier<Collection<String>> lessonIds;
    private final ClassLimits limits;
    private ClassServer server;
    private LiveClassView view;
    private volatile ClassClient client;
    private volatile ClassMessage.Offer offer;
    /** The last input the session ran, whole (a block is one input): what %share sends. */
    private volatile String lastInput;
    /** Where the student is (for an offer that names a step), as the coach last told us. */
    private volatile String lesson;
    private volatile String stepId;
    private volatile int index;
    private volatile int count;

    /** io is where lines from the class (offers, the teacher leaving, events) are written as they come; screen is null when piped. */
    public ClassCommands(Io io, Messages messages, LiveClassView.Screen screen, Supplier<Collection<String>> lessonIds, ClassLimits limits) {
        this.io = io;
        this.messages = messages;
        this.screen = screen;
        this.lessonIds = lessonIds;
        this.limits = limits;
    }

    /** Runs one command (no %) with its arguments; history is the shell's, run runs another % command line. */
    public void run(String name, String args, List<String> history, Consumer<String> println) {
        switch (name) {
            case "teach" -> teach(args, println);
            case "join" -> join(args, println);
            case "share" -> share(args, history, println);
            case "push" -> push(args, println);
            case "spotlight" -> spotlight(args, println);
            case "class" -> table(println);
            default -> throw new IllegalArgumentException(name);
        }
    }

    /** The server while teaching, else null. */
    public ClassServer server() {
        return server;
    }

    /** The class membership while joined, else null. */
    public ClassClient client() {
        return client;
    }

    /**
     * An empty line: accepts the waiting offer (true) by running its commands through start,
     * or is nothing to us (false).
     */
    public boolean onEmptyLine(Consumer<String> start) {
        ClassMessage.Offer o = offer;
        if (o == null) {
            return false;
        }
        offer = null;
        start.accept("%lesson " + o.lesson());
        if (o.step() != null && o.lesson().equals(lesson)) {
            // Walk there with the lesson's own commands, never further than the lesson is long.
            for (int guard = 0; guard < count && index + 1 < o.step() && index + 1 < count; guard++) {
                start.accept("%next");
            }
            for (int guard = 0; guard < count && index + 1 > o.step(); guard++) {
                start.accept("%back");
            }
        }
        return true;
    }

    /** The session ran an input: %share can send it, and the teacher's idle column starts again. */
    public void noteInput(String source) {
        if (source != null && !source.isBlank()) {
            lastInput = source.stripTrailing();
        }
        ClassClient c = client;
        if (c != null) {
            c.noteInput();
        }
    }

    @Override
    public void stepEntered(String lessonId, String stepId, int index, int count) {
        this.lesson = lessonId;
        this.stepId = stepId;
        this.index = index;
        this.count = count;
        ClassClient c = client;
        if (c != null) {
            c.stepEntered(lessonId, stepId, index, count);
        }
    }

    @Override
    public void attempted(boolean passed, String errorType) {
        ClassClient c = client;
        if (c != null) {
            c.attempted(passed, errorType);
        }
    }

    @Override
    public void finished(String lessonId) {
        lesson = null;
        ClassClient c = client;
        if (c != null) {
            c.finished(lessonId);
        }
    }

    /** Closes the class or leaves it, when the shell ends. */
    public void close() {
        if (view != null) {
            view.close();
        }
        if (server != null) {
            server.close();
        }
        if (client != null) {
            client.close();
        }
    }

    private void teach(String args, Consumer<String> println) {
        if (server != null) {
            println.accept(messages.get("class.teach.already", String.join(", ", server.addresses()), server.code()));
            return;
        }
        if (client != null && !client.isOver()) {
            println.accept(messages.get("class.teach.joined"));
            return;
        }
        int port;
        try {
            port = args.isEmpty() ? DEFAULT_PORT : Integer.parseInt(args);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            println.accept(messages.get("magic.help.teach"));
            return;
        }
        try {
            server = ClassServer.open(port, ClassCode.fresh(new SecureRandom()), limits);
        } catch (IOException e) {
            println.accept(messages.get("class.teach.cannot", port, e.getMessage()));
            return;
        }
        // The view first: on a terminal it takes the foot of the screen, and these lines must stay in sight above it.
        view = LiveClassView.show(server, messages, screen, this::say);
        println.accept(messages.get("class.teach.open", String.join("  ", server.addresses()), server.code(), limits.maxStudents()));
        println.accept(messages.get("class.teach.tell", server.addresses().get(0), server.code()));
    }

    private void join(String args, Consumer<String> println) {
        String[] words = args.split("\\s+", 3);
        int colon = words[0].lastIndexOf(':');
        int port = -1;
        if (words.length == 3 && colon > 0) {
            try {
                port = Integer.parseInt(words[0].substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
        }
        if (port < 1 || port > 65535) {
            println.accept(messages.get("magic.help.join"));
            return;
        }
        if (server != null) {
            println.accept(messages.get("class.join.teaching"));
            return;
        }
        String host = words[0].substring(0, colon).replaceAll("^\\[(.*)]$", "$1");
        if (client != null) {
            client.close();
        }
        try {
            client = ClassClient.join(host, port, words[1], words[2], new ClassClient.Events() {
                @Override
                public void offered(ClassMessage.Offer o) {
                    offer = o;
                    say(o.step() == null ? messages.get("class.offer", o.lesson()) : messages.get("class.offerStep", o.lesson(), o.step()));
                }

                @Override
                public void teacherGone() {
                    offer = null;
                    say(messages.get("class.teacherGone"));
                }
            });
            println.accept(messages.get("class.join.joined", words[0], client.name()));
            if (lesson != null) {
                client.stepEntered(lesson, stepId, index, count); // a student who joins mid-lesson is shown where they are
            }
        } catch (ClassClient.Refused e) {
            client = null;
            String key = "class.refused." + e.reason();
            println.accept(messages.has(key) ? messages.get(key) : messages.get("class.refused.other", e.getMessage()));
        } catch (IOException e) {
            client = null;
            println.accept(messages.get("class.join.cannot", words[0], e.getMessage()));
        }
    }

    private void share(String args, List<String> history, Consumer<String> println) {
        ClassClient c = client;
        if (c == null || c.isOver()) {
            println.accept(messages.get(server != null ? "class.studentOnly" : "class.notJoined"));
            return;
        }
        int n;
        try {
            n = args.isEmpty() ? 0 : Integer.parseInt(args);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0) {
            println.accept(messages.get("magic.help.share"));
            return;
        }
        String snippet = n == 0 ? (lastInput == null ? "" : lastInput) : lastLines(history, n);
        if (snippet.isEmpty()) {
            println.accept(messages.get("class.share.nothing"));
            return;
        }
        c.share(snippet);
        println.accept(messages.get("class.share.sent", snippet.split("\n", -1).length));
    }

    /** The last n lines typed; % commands are the shell's, not code, and stay out. */
    static String lastLines(List<String> history, int n) {
        List<String> code = new ArrayList<>();
        for (String entry : history) {
            if (!entry.strip().startsWith("%") && !entry.isBlank()) {
                code.add(entry.stripTrailing());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String entry : code) {
            lines.addAll(List.of(entry.split("\n", -1)));
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    private void push(String args, Consumer<String> println) {
        if (!teaching(println)) {
            return;
        }
        String[] words = args.isEmpty() ? new String[0] : args.split("\\s+");
        Integer step = null;
        if (words.length == 2 && words[1].matches("[1-9]\\d{0,3}")) {
            step = Integer.valueOf(words[1]);
        }
        if (words.length == 0 || words.length > 2 || words.length == 2 && step == null) {
            println.accept(messages.get("magic.help.push"));
            return;
        }
        if (!lessonIds.get().contains(words[0])) {
            println.accept(messages.get("class.push.unknown", words[0]));
            return;
        }
        int offered = server.push(words[0], step);
        println.accept(messages.get("class.push.sent", words[0], offered));
    }

    private void spotlight(String args, Consumer<String> println) {
        if (!teaching(println)) {
            return;
        }
        if (args.isEmpty()) {
            println.accept(messages.get("magic.help.spotlight"));
            return;
        }
        StudentRow r = server.row(args).orElse(null);
        if (r == null) {
            println.accept(messages.get("class.spotlight.nobody", args));
        } else if (r.snippet() == null) {
            println.accept(messages.get("class.spotlight.nothing", r.name()));
        } else {
            println.accept(messages.get("class.spotlight.header", r.name()));
            for (String line : r.snippet().split("\n", -1)) {
                println.accept("    " + line);
            }
        }
    }

    private void table(Consumer<String> println) {
        if (teaching(println)) {
            ClassTable.render(server, java.time.Instant.now(), messages, Integer.MAX_VALUE).forEach(println);
        }
    }

    private boolean teaching(Consumer<String> println) {
        if (server == null) {
            println.accept(messages.get(client != null ? "class.teacherOnly" : "class.notTeaching"));
        }
        return server != null;
    }

    /** A line from the class, arriving while the learner may be typing (the terminal puts it above the prompt). */
    private void say(String line) {
        io.out(line + "\n");
        io.flush();
    }
}
