package socklab.lesson;

import java.util.List;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.object.Io;

/** The % commands that drive lessons, as plain handlers the shell's command registry can call. */
public final class LessonCommands {
    private final Coach coach;
    private final Io io;

    public LessonCommands(Coach coach, Io io) {
        this.coach = coach;
        this.io = io;
    }

    /** The command names, without the %, in the order %help should list them. */
    public static final List<String> NAMES =
            List.of("lessons", "lesson", "next", "back", "hint", "solution", "recover", "skip", "restart", "progress", "role", "quit-lesson");

    /** Handles one lesson command line; false if the line is not a lesson command. */
    public boolean handle(String line) {
        String[] words = line.strip().split("\\s+", 2);
        return words[0].startsWith("%") && run(words[0].substring(1), words.length > 1 ? words[1].strip() : "");
    }

    /** Runs the command name (no %) with its argument; false if there is no such lesson command. */
    public boolean run(String name, String arg) {
        switch (name) {
            case "lessons" -> list();
            case "lesson" -> {
                if (arg.isEmpty()) {
                    io.out(Messages.text(coach.lang(), "lesson.command.needsId") + "\n");
                } else {
                    coach.start(arg);
                }
            }
            case "next" -> coach.next();
            case "back" -> coach.back();
            case "hint" -> coach.hint();
            case "solution" -> coach.solution();
            case "recover" -> coach.recover();
            case "skip" -> coach.skip();
            case "restart" -> coach.restart();
            case "role" -> role(arg);
            case "progress" -> io.out(progressLines(coach.lessons(), coach.progress(), coach.lang()));
            case "quit-lesson" -> coach.quit();
            default -> {
                return false;
            }
        }
        io.flush();
        return true;
    }

    /** %role server|client|off [HOST] [PORT]: HOST is the server side's address (a name or a number with a dot or colon). */
    private void role(String arg) {
        String[] words = arg.isEmpty() ? new String[0] : arg.split("\\s+");
        boolean side = words.length >= 1 && List.of("server", "client", "off").contains(words[0]);
        int next = 1;
        String host = null;
        if (side && words.length > next && !words[next].matches("\\d+")) {
            host = words[next++];
        }
        String port = words.length > next ? words[next++] : null;
        boolean fine = side && next == words.length && (host == null || isHost(host) && !words[0].equals("off"))
                && (port == null || port.matches("\\d{1,5}") && Integer.parseInt(port) > 0 && Integer.parseInt(port) <= 65535);
        if (!fine) {
            io.out(Messages.text(coach.lang(), "lesson.role.bad", RoleLink.DEFAULT_PORT) + "\n");
            return;
        }
        coach.setRole(words[0].equals("off") ? null : words[0], host, port != null ? Integer.parseInt(port) : RoleLink.DEFAULT_PORT);
    }

    /** Whether text can name the server side's host: a host name or an IPv4 or IPv6 address as far as its letters go (resolving it tells the rest). */
    public static boolean isHost(String text) {
        return text.matches("[A-Za-z0-9:][A-Za-z0-9.:_-]{0,252}") && !text.matches("\\d+");
    }

    private void list() {
        StringBuilder sb = new StringBuilder();
        for (Lesson l : coach.lessons()) {
            sb.append(listLine(l, coach.lang()));
            if (coach.progress().doneSteps(l) == l.steps().size()) {
                sb.append(Messages.text(coach.lang(), "lesson.list.doneMark"));
            }
            sb.append('\n');
        }
        io.out(sb.toString());
    }

    /** "3  gethostbyname  title": one lesson in the list (shared with --lessons). */
    static String listLine(Lesson l, Lang lang) {
        return Messages.text(lang, "lesson.list.line", l.order(), l.id(), l.title().in(lang));
    }

    /** One "id  done/total" line per lesson (shared with --progress). */
    static String progressLines(List<Lesson> lessons, Progress progress, Lang lang) {
        StringBuilder sb = new StringBuilder();
        for (Lesson l : lessons) {
            sb.append(Messages.text(lang, "lesson.progress.line", l.id(), progress.doneSteps(l), l.steps().size())).append('\n');
        }
        return sb.toString();
    }
}
