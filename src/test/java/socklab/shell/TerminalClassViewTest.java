package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.classroom.ClassClient;
import socklab.classroom.ClassLimits;
import socklab.classroom.ClassMessage;
import socklab.classroom.ClassServer;

/** The class view on real (headless) terminals: the teacher's table redrawn at the foot, a student's offer above the prompt. */
class TerminalClassViewTest {
    private static final Pattern OPEN = Pattern.compile("class: open at [^ ]+:(\\d+) · class code ([A-Z0-9]{6})");

    @TempDir
    Path home;

    @Test
    void theTeachersTableFollowsTheClassWhileTheTeacherTypes() throws Exception {
        try (ShellHarness teacher = new ShellHarness(home.resolve("t"))) {
            teacher.expect(">>> ");
            teacher.type("%teach 0" + ShellHarness.ENTER);
            teacher.expect("· 0 here · 0 gone"); // the table takes the foot of the screen first
            Matcher m = OPEN.matcher(teacher.expect("NAME in their shell)"));
            assertTrue(m.find());
            teacher.type("x = 6 *");
            try (ClassClient ana = ClassClient.join("127.0.0.1", Integer.parseInt(m.group(1)), m.group(2), "ana", new Quiet())) {
                // The foot is redrawn by difference, so only what changed is written: look for whole new words.
                teacher.expect("ana ");
                ana.stepEntered("bind", "make-socket", 1, 6);
                ana.attempted(false, "OSError");
                teacher.expect("OSError");
                teacher.type(" 7" + ShellHarness.ENTER + "x" + ShellHarness.ENTER);
                teacher.expect("42");
            }
            teacher.expect("gone");
        }
    }

    @Test
    void aStudentSeesTheOfferAboveThePromptAndEnterTakesIt() throws Exception {
        try (ClassServer server = ClassServer.open(0, "ABCDEF", ClassLimits.standard());
             ShellHarness student = new ShellHarness(home.resolve("s"))) {
            student.expect(">>> ");
            student.type("%join 127.0.0.1:" + server.port() + " ABCDEF bo" + ShellHarness.ENTER);
            student.expect("class: joined the class");
            student.expect(">>> ");
            server.push("gethostname", null);
            student.expect("class: your teacher suggests lesson gethostname.");
            student.expect(">>> ");
            student.type(ShellHarness.ENTER);
            student.expect("[gethostname 1/4] Step 1 of 4");
        }
    }

    /** A student that ignores what the class sends. */
    private static final class Quiet implements ClassClient.Events {
        @Override
        public void offered(ClassMessage.Offer offer) {}

        @Override
        public void teacherGone() {}
    }
}
