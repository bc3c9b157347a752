package socklab.classroom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import socklab.i18n.Messages;
import socklab.lesson.LessonListener;

/**
 * The student's half of the class commands: %join and %share, the lesson events passed on to the
 * class as the coach's listener, and the teacher's offer, which waits here until the student
 * presses Enter on an empty line and only then starts the lesson, by the lesson's own command.
 */
final class StudentSide implements LessonListener {
    private final Messages messages;
    private final Consumer<String> announce;
    private volatile ClassClient client;
    private volatile ClassMessage.Offer offer;
    /** The last input the session ran, whole (a block is one input): what %share sends. */
    private volatile String lastInput;
    /** Where the student is, as the coach last said: for an offer that names a step, and for joining mid-lesson. */
    private volatile String lesson;
    private volatile String stepId;
    private volatile int index;
    private volatile int count;

    StudentSide(Messages messages, Consumer<String> announce) {
        this.messages = messages;
        this.announce = announce;
    }

    /** True while in a class whose teacher is still there. */
    boolean joined() {
        ClassClient c = client;
        return c != null && !c.isOver();
    }

    void join(String args, Consumer<String> println) {
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
        String host = words[0].substring(0, colon).replaceAll("^\\[(.*)]$", "$1");
        if (client != null) {
            client.close();
            client = null;
        }
        try {
            client = ClassClient.join(host, port, words[1], words[2], new ClassClient.Events() {
                @Override
                public void offered(ClassMessage.Offer o) {
                    offer = o;
                    announce.accept(o.step() == null ? messages.get("class.offer", o.lesson())
                            : messages.get("class.offerStep", o.lesson(), o.step()));
                }

                @Override
                public void teacherGone() {
                    offer = null;
                    announce.accept(messages.get("class.teacherGone"));
                }
            });
        } catch (ClassClient.Refused e) {
            String key = "class.refused." + e.reason();
            println.accept(messages.has(key) ? messages.get(key) : messages.get("class.refused.other", e.getMessage()));
            return;
        } catch (IOException e) {
            println.accept(messages.get("class.join.cannot", words[0], e.getMessage()));
            return;
        }
        println.accept(messages.get("class.join.joined", words[0], client.name()));
        if (lesson != null) {
            client.stepEntered(lesson, stepId, index, count);
        }
    }

    void share(String args, List<String> history, Consumer<String> println) {
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
        client.share(snippet);
        println.accept(messages.get("class.share.sent", snippet.split("\n", -1).length));
    }

    /** The last n lines typed; % commands are the shell's, not code, and stay out. */
    private static String lastLines(List<String> history, int n) {
        List<String> lines = new ArrayList<>();
        for (String entry : history) {
            if (!entry.strip().startsWith("%") && !entry.isBlank()) {
                lines.addAll(List.of(entry.stripTrailing().split("\n", -1)));
            }
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    /** An empty line: takes the waiting offer (true), running its commands through start; else false. */
    boolean onEmptyLine(Consumer<String> start) {
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
    void noteInput(String source) {
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

    void close() {
        ClassClient c = client;
        if (c != null) {
            c.close();
        }
    }
}
