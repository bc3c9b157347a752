package socklab.lesson;

import java.io.IOException;
import java.util.function.Consumer;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/**
 * The coach's part in two-terminal lessons: which side this learner takes (--role, %role), where
 * the two terminals meet, and keeping in step with the other one while a lesson is played.
 * Apart from the coach so that its walk through a lesson reads the same with or without a partner
 * terminal.
 */
final class TwoTerminals implements AutoCloseable {
    private final Consumer<String> say;
    /** The side taken ("server", "client"), or null for both. */
    private String side;
    /** The server side's address: where the client side looks for it and what the server side binds. */
    private String host = Ports.LOOPBACK;
    private int port = RoleLink.DEFAULT_PORT;
    /** The other terminal of the lesson being taken, or null. */
    private RoleLink link;
    /** This side's meanwhile step whose start the other side waits for: told once the session listens on armedPort. */
    private String armed;
    private int armedPort;

    TwoTerminals(Consumer<String> say) {
        this.say = say;
    }

    /** The side taken: "server", "client", or null for both; host is the server side's address (null: loopback), port where the two meet. */
    void set(String side, String host, int port, Lang lang) {
        this.side = side;
        this.host = host == null ? Ports.LOOPBACK : host;
        this.port = port;
        say.accept(side == null ? Messages.text(lang, "lesson.role.off")
                : host == null ? Messages.text(lang, "lesson.role.set", sideName(side, lang))
                : Messages.text(lang, "lesson.role.setAt", sideName(side, lang), host));
    }

    /** Whether a lesson is being played with another terminal right now. */
    boolean linked() {
        return link != null;
    }

    /**
     * The partners of lesson for this terminal: when a side is taken and the lesson has sides,
     * after meeting the other terminal (the server side listens and picks the ports, the client
     * side waits for it and takes them); null, said, when the other terminal cannot be reached.
     */
    Partners partnersFor(Lesson lesson, Lang lang) throws IOException {
        if (side == null || lesson.steps().stream().noneMatch(s -> s.role() != null)) {
            return new Partners(lesson);
        }
        String at; // as a number, so that checks comparing addresses with getpeername() hold for a host given by name
        try {
            at = java.net.InetAddress.getByName(host).getHostAddress();
        } catch (IOException e) {
            return cannot(e, lang);
        }
        if (side.equals("server")) {
            Partners p = new Partners(lesson, null, side, at);
            try {
                link = RoleLink.serve(port, p.ports());
            } catch (IOException e) {
                p.close();
                return cannot(e, lang);
            }
            say.accept(host.equals(Ports.LOOPBACK) ? Messages.text(lang, "lesson.role.serving", lesson.id(), portOption())
                    : Messages.text(lang, "lesson.role.servingAt", lesson.id(), String.join(", ", RoleLink.reachableAt(at)), port));
            return p;
        }
        say.accept(host.equals(Ports.LOOPBACK) ? Messages.text(lang, "lesson.role.joining", lesson.id(), portOption())
                : Messages.text(lang, "lesson.role.joiningAt", lesson.id(), host, port));
        try {
            link = RoleLink.join(at, port);
        } catch (IOException e) {
            return cannot(e, lang);
        }
        return new Partners(lesson, link.ports(), side, at);
    }

    /** " --port N" when the two meet on a port of their own, for the command the other terminal starts with. */
    private String portOption() {
        return port == RoleLink.DEFAULT_PORT ? "" : " --port " + port;
    }

    private Partners cannot(IOException e, Lang lang) {
        say.accept(Messages.text(lang, "lesson.role.cannot", host + ":" + port, e.getMessage()));
        return null;
    }

    /** Whether this terminal takes step s: always, unless the other side takes it in a lesson played with another terminal. */
    boolean takes(Step s) {
        return link == null || s.role() == null || s.role().equals(side);
    }

    /** This side has entered step s: when s lets the other side go on meanwhile, it may once this session listens on {PORT}. */
    synchronized void entered(Step s, Ports ports) {
        armed = link != null && s.overlaps() && side.equals(s.role()) ? s.id() : null;
        armedPort = ports.port();
    }

    /** The learner's session has begun to listen on port (told on whichever thread listened). */
    synchronized void listening(int port) {
        if (armed != null && link != null && port == armedPort) {
            link.started(armed);
            armed = null;
        }
    }

    /** This side has finished step s (passed or moved past it). */
    synchronized void left(Step s) {
        armed = null;
        if (link != null && side.equals(s.role())) {
            link.did(s.id());
        }
    }

    /**
     * Waits for the other terminal to do step s (or only start it, when s lets this side go on
     * meanwhile): true when it has, false (said) when it has gone; Ctrl-C stops the wait.
     */
    boolean await(Step s, Lang lang) {
        say.accept(Messages.text(lang, "lesson.role.waiting", sideName(s.role(), lang)));
        if (!link.await(s.id(), s.overlaps())) {
            say.accept(Messages.text(lang, "lesson.role.gone", sideName(s.role(), lang)));
            return false;
        }
        say.accept(Messages.text(lang, s.overlaps() ? "lesson.role.theyStarted" : "lesson.role.theyDid", sideName(s.role(), lang)));
        return true;
    }

    private static String sideName(String side, Lang lang) {
        return Messages.text(lang, "lesson.role." + side);
    }

    /** The lesson ended here: the link to the other terminal closes. */
    @Override
    public synchronized void close() {
        armed = null;
        if (link != null) {
            link.close();
        }
        link = null;
    }
}
