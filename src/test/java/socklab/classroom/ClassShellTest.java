package socklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.Main;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/** Teacher and students as whole socklab shells: the commands, the plain-line view, offers, and either side leaving. */
class ClassShellTest {
    private static final Pattern OPEN = Pattern.compile("class: open at [^ ]+:(\\d+) · class code ([A-Z0-9]{6})");

    @TempDir
    Path home;

    /** A teacher shell after %teach 0, and its port and code as it printed them. */
    private record Teacher(PipedShell shell, int port, String code) {}

    private Teacher teacher() throws Exception {
        PipedShell t = new PipedShell(home.resolve("teacher"), Lang.EN);
        t.type("%teach 0");
        Matcher m = OPEN.matcher(t.expect("(or %join"));
        assertTrue(m.find());
        return new Teacher(t, Integer.parseInt(m.group(1)), m.group(2));
    }

    private PipedShell student(Teacher t, String name) throws Exception {
        PipedShell s = new PipedShell(home.resolve(name), Lang.EN);
        s.type("%join 127.0.0.1:" + t.port() + " " + t.code() + " " + name);
        s.expect("class: joined the class at 127.0.0.1:" + t.port() + " as " + name + ".");
        t.shell().expect("class: " + name + " joined");
        return s;
    }

    @Test
    void aStudentsLessonShowsInTheTeachersViewButTheirCodeDoesNot() throws Exception {
        Teacher t = teacher();
        try (PipedShell teacher = t.shell(); PipedShell ana = student(t, "ana")) {
            ana.type("%lesson gethostname");
            ana.type("");
            ana.type("import socket");
            ana.expect("[gethostname 2/4] Step 2 of 4");
            ana.type("socket.gethostname(1)");
            ana.expect("TypeError");
            ana.type("socket.gethostname()");
            ana.expect("[gethostname 3/4] Step 3 of 4");
            teacher.expect("class: ana is on gethostname step 1/4");
            teacher.expect("class: ana is on gethostname step 2/4");
            teacher.expect("class: ana tried gethostname step 2/4 (try 1) and got TypeError");
            teacher.expect("class: ana got gethostname step 2/4 right (try 2)");
            teacher.expect("class: ana is on gethostname step 3/4");
            teacher.type("%class");
            String table = teacher.expect("idle\n") + teacher.expect("\n");
            assertTrue(table.matches("(?s).*class " + t.code() + " at [0-9.]+:" + t.port() + " · 1 here · 0 gone\n.*"), table);
            assertTrue(table.matches("(?s).*\nana +gethostname +3/4 +0 +\\d+s\n"), table);
            assertFalse(teacher.all().contains("gethostname("), "the teacher never sees the student's code unless shared");
        }
    }

    @Test
    void fortyStudentShellsJoinReportTheirLessonsAndOutliveTheTeacher() throws Exception {
        ClassWatch watch = new ClassWatch();
        try (ClassServer server = ClassServer.open(0, "ABCDEF", ClassLimits.standard())) {
            server.addListener(watch);
            List<PipedShell> shells = new ArrayList<>();
            try {
                for (int i = 0; i < 40; i++) {
                    PipedShell s = new PipedShell(home.resolve("s" + i), Lang.EN);
                    shells.add(s);
                    s.type("%join 127.0.0.1:" + server.port() + " ABCDEF s" + i);
                    s.type("%lesson gethostname");
                    s.type("");
                    s.type(i % 2 == 0 ? "import socket" : "import sockets");
                }
                for (int i = 0; i < 40; i++) {
                    if (i % 2 == 0) {
                        watch.awaitCount(ClassEvent.Kind.STEP, "s" + i, 2); // a right answer moves the student on to step 2
                    } else {
                        watch.awaitCount(ClassEvent.Kind.FAILED, "s" + i, 1);
                    }
                }
                List<String> table = ClassTable.render(server, Instant.now(), new Messages(Lang.EN), 100);
                assertEquals(42, table.size(), String.join("\n", table));
                for (int i = 0; i < 40; i++) {
                    String row = "s" + i + (i % 2 == 0 ? " +gethostname +2/4 +0 +\\d+s" : " +gethostname +1/4 +1 +ModuleNotFoundError +\\d+s");
                    assertTrue(table.stream().anyMatch(l -> l.matches(row)), row + "\n" + String.join("\n", table));
                }
                server.close(); // the teacher's machine goes away mid-class
                for (PipedShell s : shells) {
                    s.expect("class: the teacher's server has gone. Your shell carries on as before.");
                    s.type("6 * 7");
                    s.expect("42\n");
                }
            } finally {
                for (PipedShell s : shells) {
                    s.close();
                }
            }
            watch.awaitCount(ClassEvent.Kind.GONE, null, 40);
        }
    }

    @Test
    void aSharedSnippetIsWhatTheSpotlightShows() throws Exception {
        Teacher t = teacher();
        try (PipedShell teacher = t.shell(); PipedShell bo = student(t, "bo")) {
            teacher.type("%spotlight bo");
            teacher.expect("class: bo has not shared anything yet.");
            bo.type("msg = '你好'");
            bo.type("for c in msg:");
            bo.type("    print(c)");
            bo.type("");
            bo.expect("好\n");
            bo.type("%share");
            bo.expect("class: sent 2 line(s) to your teacher.");
            teacher.expect("class: bo shared some code (%spotlight bo)");
            teacher.type("%spotlight bo");
            String shown = teacher.expect("        print(c)\n");
            assertTrue(shown.endsWith("class: bo shared this:\n    for c in msg:\n        print(c)\n"), shown);
            bo.type("%share 3");
            bo.expect("class: sent 3 line(s) to your teacher.");
            teacher.expect("class: bo shared some code");
            teacher.type("%spotlight bo");
            shown = teacher.expect("        print(c)\n");
            assertTrue(shown.endsWith("class: bo shared this:\n    msg = '你好'\n    for c in msg:\n        print(c)\n"), shown);
        }
    }

    @Test
    void aPushIsAnOfferThatOnlyEnterAccepts() throws Exception {
        Teacher t = teacher();
        try (PipedShell teacher = t.shell(); PipedShell cy = student(t, "cy")) {
            teacher.type("%push no-such-lesson");
            teacher.expect("class: there is no lesson \"no-such-lesson\"");
            teacher.type("%push gethostname 3");
            teacher.expect("class: offered lesson gethostname to 1 student(s)");
            cy.expect("class: your teacher suggests lesson gethostname from step 3. Press Enter on an empty line to start it");
            cy.type("1+1");
            cy.expect("2\n");
            assertFalse(cy.all().contains("== Lesson"), "nothing starts until the student says so");
            cy.type("");
            cy.expect("== Lesson 2");
            cy.expect("[gethostname 3/4] Step 3 of 4");
            teacher.expect("class: cy is on gethostname step 3/4");
            cy.type("");
            cy.type("2+2");
            cy.expect("4\n");
            assertEquals(1, count(cy.all(), "== Lesson"), "an offer is taken once");
            cy.close();
            teacher.expect("class: cy has gone");
        }
    }

    @Test
    void aTeacherWhoVanishesLeavesTheStudentsShellWorking() throws Exception {
        ClassServer server = ClassServer.open(0, "ABCDEF", ClassLimits.standard());
        ClassWatch watch = new ClassWatch();
        server.addListener(watch);
        try (PipedShell dee = new PipedShell(home, Lang.EN)) {
            dee.type("%join 127.0.0.1:" + server.port() + " abcdef dee");
            dee.expect("class: joined the class");
            watch.awaitCount(ClassEvent.Kind.JOINED, "dee", 1);
            server.close();
            dee.expect("class: the teacher's server has gone. Your shell carries on as before.");
            dee.type("1+1");
            dee.expect("2\n");
            dee.type("%lesson gethostname");
            dee.expect("[gethostname 1/4]");
            dee.type("print('still here')");
            dee.expect("still here\n");
            assertEquals(1, count(dee.all(), "the teacher's server has gone"));
        } finally {
            server.close();
        }
    }

    @Test
    void refusalsAndTheWrongSideOfTheClassAreSaidInTheLearnersLanguage() throws Exception {
        Teacher t = teacher();
        try (PipedShell teacher = t.shell(); PipedShell zh = new PipedShell(home.resolve("zh"), Lang.ZH)) {
            zh.type("%share");
            zh.expect("课堂：请先加入课堂：%join 主机:端口 课堂码 名字");
            zh.type("%join 127.0.0.1:" + t.port() + " WRONG1 小明");
            zh.expect("课堂：课堂码不对，请跟老师再核对一下。");
            zh.type("%join 127.0.0.1:" + t.port() + " " + t.code() + " 小明");
            zh.expect("课堂：已用“小明”这个名字加入");
            teacher.expect("class: 小明 joined");
            zh.type("%push gethostname");
            zh.expect("课堂：这个命令只有老师的 shell（用 socklab --teach 打开的）才能用。");
            zh.type("%spotlight 小明");
            zh.expect("课堂：这个命令只有老师的 shell");
            zh.type("%class");
            zh.expect("课堂：这个命令只有老师的 shell");
            teacher.type("%share");
            teacher.expect("class: %share is for students, and this shell is teaching.");
            teacher.type("%join 127.0.0.1:1 X y");
            teacher.expect("class: this shell is teaching; it cannot join a class too");
            zh.type("%teach 0");
            zh.expect("课堂：这个 shell 正以学生身份在课堂里，不能同时开课");
            zh.type("%help");
            String help = zh.expect("%who");
            for (String c : List.of("%teach", "%join", "%share", "%push", "%spotlight", "%class")) {
                assertTrue(help.contains("  " + c + " "), help);
            }
        }
    }

    @Test
    void joinOnTheCommandLineIsTheShellsJoinAndLeavingTheShellLeavesTheClass() throws Exception {
        ClassWatch watch = new ClassWatch();
        try (ClassServer server = ClassServer.open(0, "ABCDEF", ClassLimits.standard())) {
            server.addListener(watch);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(List.of("--join", "127.0.0.1:" + server.port(), "--code", "ABCDEF", "--name", "eve"),
                    Map.of("SOCKLAB_HOME", home.toString(), "LANG", "en_US.UTF-8"), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader("1+1\n")), false);
            assertEquals(0, status);
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("class: joined the class at 127.0.0.1:" + server.port() + " as eve."));
            assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("\n2\n"), out.toString(StandardCharsets.UTF_8));
            watch.awaitCount(ClassEvent.Kind.JOINED, "eve", 1);
            watch.awaitCount(ClassEvent.Kind.GONE, "eve", 1);
        }
    }

    @Test
    void classOptionsThatDoNotFitAreUsageErrors() throws Exception {
        for (List<String> args : List.of(List.of("--port", "7341"), List.of("--teach", "--port", "70000"),
                List.of("--teach", "--join", "h:1", "--code", "A", "--name", "b"), List.of("--code", "ABC"),
                List.of("--join", "nohost", "--code", "A", "--name", "b"), List.of("--join", "h:1", "--name", "b"),
                List.of("--teach", "-c", "1"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args, Map.of("SOCKLAB_HOME", home.toString(), "LANG", "en_US.UTF-8"),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader("")), false);
            assertEquals(2, status, args.toString());
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("socklab: "), err.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: socklab"));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
