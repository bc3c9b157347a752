package socklab.classroom;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import socklab.i18n.Messages;
import socklab.lesson.LessonListener;
import socklab.runtime.object.Io;

/**
 * The class view's % commands for one shell, which is a teacher's (after %teach / --teach), a
 * student's (after %join / --join), or neither: each command goes to its side, and a command of
 * the other side says whose it is.
 */
public final class ClassCommands {
    /** The command names, without the %, for the one registry. */
    public static final List<String> NAMES = List.of("teach", "join", "share", "push", "spotlight", "class");

    private final Messages messages;
    private final TeacherSide teacher;
    private final StudentSide student;

    /**
     * io is where lines from the class (offers, the teacher leaving, a piped teacher's events) are
     * written as they come; screen is null when piped; lessonIds are the lessons %push may offer.
     */
    public ClassCommands(Io io, Messages messages, LiveClassView.Screen screen, Supplier<Collection<String>> lessonIds,
            ClassLimits limits) {
        Consumer<String> announce = line -> {
            io.out(line + "\n"); // on a terminal, a line arriving while the learner types goes above the prompt
            io.flush();
        };
        this.messages = messages;
        this.teacher = new TeacherSide(messages, screen, lessonIds, limits, announce);
        this.student = new StudentSide(messages, announce);
    }

    /** Runs one command (no %) with its arguments; history is the shell's inputs, println its output. */
    public void run(String name, String args, List<String> history, Consumer<String> println) {
        switch (name) {
            case "teach" -> {
                if (student.joined()) {
                    println.accept(messages.get("class.teach.joined"));
                } else {
                    teacher.teach(args, println);
                }
            }
            case "join" -> {
                if (teacher.server() != null) {
                    println.accept(messages.get("class.join.teaching"));
                } else {
                    student.join(args, println);
                }
            }
            case "share" -> {
                if (student.joined()) {
                    student.share(args, history, println);
                } else {
                    println.accept(messages.get(teacher.server() != null ? "class.studentOnly" : "class.notJoined"));
                }
            }
            case "push" -> ifTeaching(println, () -> teacher.push(args, println));
            case "spotlight" -> ifTeaching(println, () -> teacher.spotlight(args, println));
            case "class" -> ifTeaching(println, () -> teacher.table(println));
            default -> throw new IllegalArgumentException(name);
        }
    }

    /** The open class while teaching, else null. */
    public ClassServer server() {
        return teacher.server();
    }

    /** Where the coach tells the class about the student's lessons. */
    public LessonListener lessonListener() {
        return student;
    }

    /** An empty line at the prompt: true if it took the teacher's waiting offer, starting the lesson through start. */
    public boolean onEmptyLine(Consumer<String> start) {
        return student.onEmptyLine(start);
    }

    /** The session ran an input (its source, for %share; its time, for the idle column). */
    public void noteInput(String source) {
        student.noteInput(source);
    }

    /** Closes the class, or leaves it, when the shell ends. */
    public void close() {
        teacher.close();
        student.close();
    }

    private void ifTeaching(Consumer<String> println, Runnable command) {
        if (teacher.server() != null) {
            command.run();
        } else {
            println.accept(messages.get(student.joined() ? "class.teacherOnly" : "class.notTeaching"));
        }
    }
}
