package socklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/** The class server with real clients on loopback: 40 students, the limits, a bad code, and either side vanishing. */
class ClassServerTest {
    private static final String CODE = "K7QF2M";
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private ClassServer server(ClassLimits limits, ClassWatch watch) throws IOException {
        ClassServer s = ClassServer.open(0, CODE, limits);
        s.addListener(watch);
        toClose.add(s);
        return s;
    }

    private ClassClient join(ClassServer s, String name, Inbox inbox) throws Exception {
        ClassClient c = ClassClient.join("127.0.0.1", s.port(), CODE.toLowerCase(), name, inbox);
        toClose.add(c);
        return c;
    }

    private static Inbox inbox() {
        return new Inbox(new CountDownLatch(1), new CountDownLatch(1));
    }

    @Test
    void fortyStudentsReportEveryEventAndTheTableShowsThem() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        List<ClassClient> students = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            students.add(join(s, "student" + i, inbox()));
        }
        watch.awaitCount(ClassEvent.Kind.JOINED, null, 40);
        for (int i = 0; i < 40; i++) {
            ClassClient c = students.get(i);
            c.stepEntered("bind", "make-socket", 0, 6);
            c.attempted(true, null);
            c.stepEntered("bind", "bind-port", 1, 6);
            for (int k = 0; k <= i % 3; k++) {
                c.attempted(false, i % 2 == 0 ? "OSError" : "TypeError");
            }
            if (i == 39) {
                c.finished("gethostname");
            }
        }
        List<ClassEvent> events = watch.await("every event of every student", es -> {
            for (int i = 0; i < 40; i++) {
                String name = "student" + i;
                if (ClassWatch.count(es, ClassEvent.Kind.STEP, name) < 2 || ClassWatch.count(es, ClassEvent.Kind.PASSED, name) < 1
                        || ClassWatch.count(es, ClassEvent.Kind.FAILED, name) < 1 + i % 3) {
                    return false;
                }
            }
            return ClassWatch.count(es, ClassEvent.Kind.FINISHED, "student39") == 1;
        });
        assertEquals(40 + 80 + 40 + (14 + 13 * 2 + 13 * 3) + 1, events.size(), "joined, steps, right tries, wrong tries, finished");
        List<String> table = ClassTable.render(s, Instant.now(), new Messages(Lang.EN), Integer.MAX_VALUE);
        assertEquals("class K7QF2M at " + s.addresses().get(0) + " · 40 here · 0 gone", table.get(0));
        assertEquals(42, table.size(), String.join("\n", table));
        for (int i = 0; i < 39; i++) {
            String name = "student" + i;
            String line = table.stream().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
            assertTrue(line.matches(name + " +bind +2/6 +" + (1 + i % 3) + " +" + (i % 2 == 0 ? "OSError" : "TypeError") + " +\\d+s"), line);
        }
        String last = table.stream().filter(l -> l.startsWith("student39 ")).findFirst().orElseThrow();
        assertTrue(last.matches("student39 +finished gethostname +\\d+s"), last);
    }

    @Test
    void theFortyFirstStudentIsRefusedAndOneWhoLeavesMakesRoom() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        List<ClassClient> students = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            students.add(join(s, "s" + i, inbox()));
        }
        ClassClient.Refused full = assertThrows(ClassClient.Refused.class, () -> join(s, "late", inbox()));
        assertEquals("full", full.reason());
        students.get(0).close();
        watch.awaitCount(ClassEvent.Kind.GONE, "s0", 1);
        join(s, "late", inbox());
        watch.awaitCount(ClassEvent.Kind.JOINED, "late", 1);
    }

    @Test
    void aWrongCodeABadNameAndATakenNameAreRefused() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        ClassClient.Refused code = assertThrows(ClassClient.Refused.class,
                () -> ClassClient.join("127.0.0.1", s.port(), "WRONG1", "ana", inbox()));
        assertEquals("code", code.reason());
        ClassClient.Refused badName = assertThrows(ClassClient.Refused.class, () -> join(s, "a\u001b[2Jb", inbox()));
        assertEquals("bad-name", badName.reason());
        join(s, "李雷", inbox());
        ClassClient.Refused taken = assertThrows(ClassClient.Refused.class, () -> join(s, "李雷", inbox()));
        assertEquals("name-taken", taken.reason());
        assertEquals(List.of("李雷"), s.rows().stream().map(StudentRow::name).toList());
    }

    @Test
    void anotherProtocolVersionIsRefusedWithAReadableReason() throws Exception {
        ClassServer s = server(ClassLimits.standard(), new ClassWatch());
        try (RawStudent raw = new RawStudent(s.port())) {
            raw.sendLine("{\"type\":\"hello\",\"version\":2,\"code\":\"" + CODE + "\",\"name\":\"ana\"}");
            ClassMessage.Refused r = (ClassMessage.Refused) JsonLines.decode(raw.read());
            assertEquals("version", r.reason());
            assertEquals("this class speaks protocol version 1, not 2", r.text());
            assertNull(raw.read(), "the server closes a refused connection");
        }
        assertTrue(s.rows().isEmpty());
    }

    @Test
    void anOversizedLineEndsThatStudentOnlyAndTheClassGoesOn() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        ClassClient good = join(s, "good", inbox());
        try (RawStudent raw = new RawStudent(s.port())) {
            raw.sendLine("{\"type\":\"hello\",\"version\":1,\"code\":\"" + CODE + "\",\"name\":\"big\"}");
            assertTrue(raw.read().contains("\"welcome\""));
            raw.send("{\"type\":\"share\",\"code\":\"" + "x".repeat(s.limits().maxLineBytes() + 10));
            ClassMessage.Refused r = (ClassMessage.Refused) JsonLines.decode(raw.read());
            assertEquals("too-long", r.reason());
            watch.awaitCount(ClassEvent.Kind.GONE, "big", 1);
            assertNull(s.row("big").orElseThrow().snippet());
        }
        good.stepEntered("bind", "make-socket", 0, 6);
        watch.awaitCount(ClassEvent.Kind.STEP, "good", 1);
        assertTrue(s.row("good").orElseThrow().present());
    }

    @Test
    void nothingAStudentSendsCanDriveTheTeachersTerminal() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        try (RawStudent raw = new RawStudent(s.port())) {
            raw.sendLine("{\"type\":\"hello\",\"version\":1,\"code\":\"" + CODE + "\",\"name\":\"mallory\"}");
            assertTrue(raw.read().contains("\"welcome\""));
            raw.sendLine("{\"type\":\"step\",\"lesson\":\"\\u001b[2J\",\"step\":\"s\",\"index\":0,\"count\":6}");
            raw.sendLine("{\"type\":\"step\",\"lesson\":\"bind\",\"step\":\"s\",\"index\":7,\"count\":6}");
            raw.sendLine("{\"type\":\"finished\",\"lesson\":\"\\u001b]0;owned\\u0007\"}");
            raw.sendLine("{\"type\":\"step\",\"lesson\":\"bind\",\"step\":\"make-socket\",\"index\":0,\"count\":6}");
            raw.sendLine("{\"type\":\"attempt\",\"passed\":false,\"error\":\"\\u001b[31mOSError\"}");
            raw.sendLine("{\"type\":\"share\",\"code\":\"print(1)\\u001b[2J\\n\\tx\\u009b\"}");
            watch.awaitCount(ClassEvent.Kind.SHARED, "mallory", 1);
        }
        assertEquals(1, watch.count(ClassEvent.Kind.STEP, "mallory"), "only the step with real ids and numbers");
        assertEquals(0, watch.count(ClassEvent.Kind.FINISHED, "mallory"));
        StudentRow row = s.row("mallory").orElseThrow();
        assertEquals("bind", row.lesson());
        assertEquals(1, row.attempts());
        assertNull(row.lastError(), "a type name with an escape in it is no type name");
        assertEquals("print(1)[2J\n\tx", row.snippet());
    }

    @Test
    void aFloodBeyondTheRateIsDroppedWhileOthersAreStillHeard() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        ClassClient good = join(s, "good", inbox());
        int flood = 2000;
        try (RawStudent raw = new RawStudent(s.port())) {
            raw.sendLine("{\"type\":\"hello\",\"version\":1,\"code\":\"" + CODE + "\",\"name\":\"flood\"}");
            assertTrue(raw.read().contains("\"welcome\""));
            raw.send("{\"type\":\"step\",\"lesson\":\"bind\",\"step\":\"s\",\"index\":0,\"count\":6}\n".repeat(flood));
        }
        watch.awaitCount(ClassEvent.Kind.GONE, "flood", 1); // the close comes after every flooded line was read
        long heard = watch.count(ClassEvent.Kind.STEP, "flood");
        StudentRow row = s.row("flood").orElseThrow();
        assertEquals(flood, heard + row.dropped());
        assertTrue(heard >= s.limits().burst() && heard < flood / 2, "heard " + heard);
        good.attempted(false, "OSError");
        watch.awaitCount(ClassEvent.Kind.FAILED, "good", 1);
    }

    @Test
    void aStudentWhoVanishesShowsAsGone() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard().withHeartbeat(Duration.ofMillis(300)), watch);
        ClassClient pinging = join(s, "pinging", inbox());
        // One who closes at once, and one who keeps the connection but falls silent (a frozen or unplugged machine).
        try (RawStudent closer = new RawStudent(s.port()); RawStudent silent = new RawStudent(s.port())) {
            closer.sendLine("{\"type\":\"hello\",\"version\":1,\"code\":\"" + CODE + "\",\"name\":\"closer\"}");
            silent.sendLine("{\"type\":\"hello\",\"version\":1,\"code\":\"" + CODE + "\",\"name\":\"silent\"}");
            assertTrue(closer.read().contains("\"welcome\""));
            assertTrue(silent.read().contains("\"welcome\""));
            closer.socket.setSoLinger(true, 0);
            closer.close();
            watch.awaitCount(ClassEvent.Kind.GONE, "closer", 1);
            watch.awaitCount(ClassEvent.Kind.GONE, "silent", 1);
        }
        assertFalse(s.row("silent").orElseThrow().present());
        List<String> table = ClassTable.render(s, Instant.now(), new Messages(Lang.EN), 10);
        assertTrue(table.stream().anyMatch(l -> l.matches("silent +- +gone")), String.join("\n", table));
        assertTrue(s.row("pinging").orElseThrow().present(), "a student who pings stays");
        assertFalse(pinging.isOver());
    }

    @Test
    void aPushReachesEveryStudentAsAnOfferOnly() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        CountDownLatch offered = new CountDownLatch(40);
        List<Inbox> inboxes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Inbox in = new Inbox(offered, new CountDownLatch(1));
            inboxes.add(in);
            join(s, "s" + i, in);
        }
        assertEquals(40, s.push("bind", 3));
        assertTrue(offered.await(ClassWatch.TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        for (Inbox in : inboxes) {
            assertEquals(List.of(new ClassMessage.Offer("bind", 3)), in.offers);
        }
    }

    @Test
    void aSharedSnippetReachesTheTeachersRowCutToTheLimit() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        ClassClient c = join(s, "ana", inbox());
        c.share("s = socket.socket()\ns.bind(('', 80))  # 端口");
        watch.awaitCount(ClassEvent.Kind.SHARED, "ana", 1);
        assertEquals("s = socket.socket()\ns.bind(('', 80))  # 端口", s.row("ana").orElseThrow().snippet());
        String big = "端".repeat(ClassLimits.MAX_SNIPPET_CHARS) + "口";
        c.share(big);
        watch.awaitCount(ClassEvent.Kind.SHARED, "ana", 2);
        assertEquals(big.substring(1), s.row("ana").orElseThrow().snippet(), "the last characters are sent");
        c.share("\u0001".repeat(ClassLimits.MAX_SNIPPET_CHARS) + "tail"); // six bytes a character on the wire, the worst case
        watch.awaitCount(ClassEvent.Kind.SHARED, "ana", 3);
        assertEquals("tail", s.row("ana").orElseThrow().snippet(), "it fits one line, and control characters never reach a screen");
        assertTrue(s.row("ana").orElseThrow().present());
    }

    @Test
    void aTeacherWhoVanishesTellsEachStudentOnce() throws Exception {
        ClassWatch watch = new ClassWatch();
        ClassServer s = server(ClassLimits.standard(), watch);
        CountDownLatch gone = new CountDownLatch(40);
        List<Inbox> inboxes = new ArrayList<>();
        List<ClassClient> students = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Inbox in = new Inbox(new CountDownLatch(1), gone);
            inboxes.add(in);
            students.add(join(s, "s" + i, in));
        }
        s.close();
        assertTrue(gone.await(ClassWatch.TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        for (int i = 0; i < 40; i++) {
            students.get(i).attempted(false, "OSError"); // reporting after the teacher left is harmless and silent
            assertTrue(students.get(i).isOver());
        }
        for (Inbox in : inboxes) {
            assertEquals(1, in.goneCalls.get());
        }
    }
}
