package socklab.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import socklab.net.NetModules;
import socklab.net.SocketInfo;
import socklab.shell.MagicCommands;
import socklab.shell.MagicContext;

/**
 * The classroom's view of a session's sockets as % commands: %sockets (the table), %diagram
 * (the picture, or --svg FILE for slides) and %trace on|off (a sentence after each socket call).
 * Registered once in the shell's registry; the lesson's partners come from the root's wiring.
 */
public final class ClassroomCommands {
    private final Supplier<List<SocketInfo>> partners;
    private SocketTrace trace;

    private ClassroomCommands(Supplier<List<SocketInfo>> partners) {
        this.partners = partners;
    }

    /** Adds %sockets, %diagram and %trace to a session's registry; partners lists the lesson partner's sockets. */
    public static void install(MagicCommands registry, Supplier<List<SocketInfo>> partners) {
        ClassroomCommands c = new ClassroomCommands(partners);
        registry.register("sockets", "magic.help.sockets", c::sockets);
        registry.register("diagram", "magic.help.diagram", c::diagram, () -> List.of("--svg"));
        registry.register("trace", "magic.help.trace", c::trace, () -> List.of("on", "off"));
    }

    private List<SocketRow> rows(MagicContext ctx) {
        return new SessionSockets(ctx.interpreter(), partners).rows();
    }

    private void sockets(MagicContext ctx, String args) {
        SocketTableView.render(rows(ctx), ctx.messages()).forEach(ctx::println);
    }

    private void diagram(MagicContext ctx, String args) {
        List<String> picture = SocketDiagram.render(rows(ctx), ctx.messages());
        if (args.isEmpty()) {
            picture.forEach(line -> ctx.println(ctx.colour() ? Painter.ansi(line) : line));
            return;
        }
        String[] words = args.split("\\s+", 2);
        if (!words[0].equals("--svg") || words.length < 2) {
            ctx.println(ctx.messages().get("magic.help.diagram"));
            return;
        }
        Path file = ctx.interpreter().sandbox().resolve(words[1], true);
        if (file == null) {
            ctx.println(ctx.messages().get("diagram.svg.outside", words[1], ctx.interpreter().sandbox().cwd()));
            return;
        }
        try {
            Files.writeString(file, SvgPicture.of(picture), StandardCharsets.UTF_8);
            ctx.println(ctx.messages().get("diagram.svg.written", file));
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "No such file or directory"
                    : e instanceof java.nio.file.AccessDeniedException ? "Permission denied" : e.getMessage();
            ctx.println(ctx.messages().get("diagram.svg.failed", words[1], why));
        }
    }

    private void trace(MagicContext ctx, String args) {
        switch (args) {
            case "on" -> {
                if (trace == null) {
                    trace = new SocketTrace(ctx.messages(), ctx::println, Thread.currentThread());
                    NetModules.view(ctx.interpreter()).subscribe(trace);
                    ctx.interpreter().subscribe(trace);
                }
                ctx.println(ctx.messages().get("trace.on"));
            }
            case "off" -> {
                if (trace != null) {
                    NetModules.view(ctx.interpreter()).unsubscribe(trace);
                    ctx.interpreter().unsubscribe(trace);
                    trace.close();
                    trace = null;
                }
                ctx.println(ctx.messages().get("trace.off"));
            }
            default -> ctx.println(ctx.messages().get(trace == null ? "trace.isOff" : "trace.isOn"));
        }
    }
}
