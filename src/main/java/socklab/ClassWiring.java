package socklab;

import java.util.List;
import socklab.classroom.ClassCommands;
import socklab.classroom.ClassLimits;
import socklab.classroom.LiveClassView;
import socklab.classroom.StudentRow;
import socklab.shell.MagicCommands;
import socklab.shell.Repl;

/**
 * Puts the class view on a shell: %teach, %join, %share, %push, %spotlight and %class in the one
 * registry, the class as a listener of the lesson coach and of every run (for the idle column),
 * and Enter on an empty line accepting the teacher's offer before a lesson's explain-only step
 * sees it. screen is null for a piped shell, whose teacher sees plain lines.
 */
final class ClassWiring {
    private ClassWiring() {}

    static ClassCommands attach(Repl repl, MagicCommands registry, LessonWiring lessons, LiveClassView.Screen screen,
            ClassLimits limits) {
        ClassCommands cmds = new ClassCommands(repl.interpreter().io(), repl.messages(), screen, lessons::lessonIds, limits);
        for (String name : ClassCommands.NAMES) {
            registry.register(name, "magic.help." + name, (ctx, args) -> cmds.run(name, args, ctx.history(), ctx::println),
                    switch (name) {
                        case "push" -> lessons::lessonIds;
                        case "spotlight" -> () -> cmds.server() == null ? List.of()
                                : cmds.server().rows().stream().map(StudentRow::name).toList();
                        default -> List::of;
                    });
        }
        lessons.addLessonListener(cmds.lessonListener());
        repl.interpreter().subscribe(result -> cmds.noteInput(result.source()));
        repl.onEnd(cmds::close);
        repl.setBlankLineHandler(() -> cmds.onEmptyLine(repl::runCommand) || lessons.onEmptyLine());
        return cmds;
    }
}
