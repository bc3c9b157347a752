package socklab.classroom;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Supplier;
import socklab.i18n.Messages;

/** The teacher's half of the class commands: opening the class, its live view, %push, %spotlight and %class. */
final class TeacherSide {
    /** What %teach opens without a port: easy to read out, above the well-known ports. */
    static final int DEFAULT_PORT = 7341;

    private final Messages messages;
    private final LiveClassView.Screen screen;
    private final Supplier<Collection<String>> lessonIds;
    private final ClassLimits limits;
    private final Consumer<String> announce;
    private ClassServer server;
    private LiveClassView view;

    TeacherSide(Messages messages, LiveClassView.Screen screen, Supplier<Collection<String>> lessonIds, ClassLimits limits,
            Consumer<String> announce) {
        this.messages = messages;
        this.screen = screen;
        this.lessonIds = lessonIds;
        this.limits = limits;
        this.announce = announce;
    }

    /** The open class, or null. */
    ClassServer server() {
        return server;
    }

    void teach(String args, Consumer<String> println) {
        if (server != null) {
            println.accept(messages.get("class.teach.already", String.join(", ", server.addresses()), server.code()));
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
        view = LiveClassView.show(server, messages, screen, announce);
        println.accept(messages.get("class.teach.open", String.join("  ", server.addresses()), server.code(), limits.maxStudents()));
        println.accept(messages.get("class.teach.tell", server.addresses().get(0), server.code()));
    }

    void push(String args, Consumer<String> println) {
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

    void spotlight(String name, Consumer<String> println) {
        if (name.isEmpty()) {
            println.accept(messages.get("magic.help.spotlight"));
            return;
        }
        StudentRow r = server.row(name).orElse(null);
        if (r == null) {
            println.accept(messages.get("class.spotlight.nobody", name));
        } else if (r.snippet() == null) {
            println.accept(messages.get("class.spotlight.nothing", r.name()));
        } else {
            println.accept(messages.get("class.spotlight.header", r.name()));
            for (String line : r.snippet().split("\n", -1)) {
                println.accept("    " + line);
            }
        }
    }

    void table(Consumer<String> println) {
        ClassTable.render(server, Instant.now(), messages, Integer.MAX_VALUE).forEach(println);
    }

    void close() {
        if (view != null) {
            view.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
