package socklab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import socklab.classroom.ClassroomCommands;
import socklab.classroom.Presenter;
import socklab.classroom.SavedScript;
import socklab.classroom.Transcript;
import socklab.i18n.Messages;
import socklab.lesson.Lesson;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Io;
import socklab.shell.MagicCommands;
import socklab.shell.MagicContext;
import socklab.shell.Repl;

/**
 * Puts the classroom tools on a shell: %sockets, %diagram and %trace (which see the lesson
 * partner's sockets through the lesson wiring), %save and %transcript hear the session's runs (and the
 * transcript tees its Io, so it must be in place before the interpreter is made), %demo types a
 * lesson through the shell's one loop. Files go where open() may write: the session's sandbox folder.
 */
final class ClassroomWiring {
    private final SavedScript script = new SavedScript();
    private final Transcript transcript = new Transcript();

    /** The Io a session made for this shell must write through, so the transcript sees what the learner sees. */
    Io tee(Io io) {
        return transcript.tee(io);
    }

    void attach(Repl repl, MagicCommands registry, LessonWiring lessonWiring) {
        ClassroomCommands.install(registry, lessonWiring::partnerSockets);
        Supplier<List<Lesson>> lessons = () -> lessonWiring.loaded().lessons();
        Interpreter interp = repl.interpreter();
        interp.subscribe(script);
        interp.subscribe(transcript);
        Presenter presenter = new Presenter(interp, lessons, repl.messages());
        interp.subscribe(presenter);
        repl.setTypist(presenter);
        // %reset starts the session afresh: a script saved after it holds only what came after.
        interp.onShutdown(script::clear);
        interp.onShutdown(presenter::close);
        registry.register("save", "magic.help.save", (ctx, args) -> write(ctx, args,
                () -> script.text(List.of(ctx.messages().get("save.header").split("\n"))), "save.done", script.size()));
        registry.register("transcript", "magic.help.transcript", (ctx, args) -> write(ctx, args,
                () -> transcript.markdown(ctx.messages().get("transcript.title")), "transcript.done", 0));
        registry.register("demo", "magic.help.demo", (ctx, args) -> {
            if (args.isEmpty()) {
                ctx.println(ctx.messages().get("demo.needsId"));
            } else {
                presenter.start(args);
            }
        }, () -> lessons.get().stream().map(Lesson::id).toList());
    }

    /** Writes a command's file inside the sandbox folder, as open(name, 'w') would, and says where. */
    private static void write(MagicContext ctx, String name, Supplier<String> text, String doneKey, int count) {
        Messages m = ctx.messages();
        if (name.isEmpty()) {
            ctx.println(m.get("classroom.needsFile"));
            return;
        }
        Interpreter interp = ctx.interpreter();
        Path path = interp.sandbox().resolve(name, true);
        if (path == null) {
            ctx.println(m.get("classroom.outside", name, interp.sandbox().cwd()));
            return;
        }
        try {
            Files.writeString(path, text.get(), StandardCharsets.UTF_8);
            ctx.println(m.get(doneKey, path, count));
        } catch (NoSuchFileException e) {
            ctx.println(m.get("classroom.noFolder", path.getParent()));
        } catch (IOException e) {
            // Java's words for why (a folder of that name, a full disk) are shown, never its exception's name.
            ctx.println(m.get("classroom.unwritable", path, e.getMessage() == null ? "" : e.getMessage()));
        }
    }
}
