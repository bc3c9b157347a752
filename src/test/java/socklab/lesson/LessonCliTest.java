package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;

class LessonCliTest {
    @TempDir
    Path home;

    @Test
    void helpListsEveryOptionInTheChosenLanguage() {
        Fixtures.Run en = Fixtures.cli(home, "", "--help");
        assertEquals(0, en.status());
        for (String option : List.of("-c CMD", "-i ", "--lesson ID", "--lessons ", "--progress", "--check-lessons", "--lessons-dir DIR",
                "--lang zh|en", "--help", "--version")) {
            assertTrue(en.out().contains(option), option + " in:\n" + en.out());
        }
        Fixtures.Run zh = Fixtures.cli(home, "", "--lang", "zh", "--help");
        assertTrue(zh.out().startsWith("用法：socklab"), zh.out());
        assertTrue(zh.out().contains("--check-lessons    运行每一课的答案"), zh.out());
    }

    @Test
    void aBadOptionOrLanguageIsAUsageErrorWithStatusTwo() {
        Fixtures.Run fr = Fixtures.cli(home, "", "--lang", "fr");
        assertEquals(2, fr.status());
        assertTrue(fr.err().startsWith("socklab: --lang takes zh or en, not \"fr\"\nusage: socklab"), fr.err());
        Fixtures.Run unknown = Fixtures.cli(home, "", "--frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("socklab: unknown option --frobnicate\n"), unknown.err());
        assertEquals(2, Fixtures.cli(home, "", "--lesson").status());
    }

    @Test
    void dashCRunsAProgramWithItsArgvAndPercentCommandsWorkPiped() {
        Fixtures.Run c = Fixtures.cli(home, "", "-c", "import sys; print(sys.argv); raise SystemExit(3)", "a", "b");
        assertEquals(3, c.status());
        assertEquals("['-c', 'a', 'b']\n", c.out());
        Fixtures.Run piped = Fixtures.cli(home, "%help\n%lessons\n1 + 1\n", "--lessons-dir", Fixtures.dir("tutorial").toString());
        assertEquals(0, piped.status());
        assertTrue(piped.out().contains("%lesson ID         start a lesson"), piped.out());
        assertTrue(piped.out().contains("%who "), piped.out());
        assertTrue(piped.out().contains("2  gethostname"), piped.out());
        assertTrue(piped.out().endsWith("2\n"), piped.out());
    }

    @Test
    void listsLessonsInOrderInEitherLanguage() {
        Fixtures.Run en = Fixtures.cli(home, "", "--lessons", "--lessons-dir", Fixtures.dir("good").toString(), "--lang", "en");
        assertEquals(0, en.status());
        assertEquals("1  numbers  Numbers and functions\n", en.out());
        Fixtures.Run zh = Fixtures.cli(home, "", "--lessons-dir", Fixtures.dir("good").toString(), "--lang", "zh", "--lessons");
        assertEquals("1  numbers  数字和函数\n", zh.out());
    }

    @Test
    void listingTheBundledLessonsShowsNumberIdAndTitle() {
        Fixtures.Run r = Fixtures.cli(home, "", "--lessons", "--lang", "en");
        assertEquals(0, r.status());
        List<String> ids = r.out().lines().map(line -> line.split("  ")[0] + " " + line.split("  ")[1]).limit(20).toList();
        // The tutorial's lessons keep their ids (they are what --lesson ID takes); their texts are rewritten, so no title is pinned.
        assertEquals(List.of("1 intro", "2 gethostname", "3 gethostbyname", "4 gethostbyname_ex", "5 gethostbyaddr",
                "6 getservbyname", "7 socket", "8 bind", "9 listen", "10 accept", "11 recv", "12 connect", "13 send",
                "14 sendall", "15 sendto", "16 settimeout", "17 getpeername", "18 getsockname", "19 fileno",
                "20 server-client"), ids);
        assertTrue(r.out().lines().allMatch(line -> line.matches("\\d+  \\S+  \\S.*")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void badLessonFilesAreReportedOnStderrWhileTheRestIsListed() {
        Fixtures.Run r = Fixtures.cli(home, "", "--lessons", "--lessons-dir", Fixtures.dir("mixed").toString(), "--lang", "en");
        assertEquals(0, r.status());
        assertEquals("1  numbers  Numbers and functions\n", r.out());
        assertTrue(r.err().contains("02-broken.json:7:51: "), r.err());
        assertTrue(r.err().contains("03-nozh.json:9:14: "), r.err());
    }

    @Test
    void progressShowsDoneOverTotalPerLesson() {
        Progress.open(home, Lang.EN, n -> { }).markDone("numbers", "multiply");
        Fixtures.Run r = Fixtures.cli(home, "", "--progress", "--lessons-dir", Fixtures.dir("good").toString());
        assertEquals(0, r.status());
        assertEquals("numbers  1/5\n", r.out());
    }

    @Test
    void optionErrorsExitWithStatusTwo() {
        Fixtures.Run r = Fixtures.cli(home, "", "--lessons", "--lang", "fr");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--lang"), r.err());
        Fixtures.Run unknown = Fixtures.cli(home, "", "--lesson", "nope", "--lessons-dir", Fixtures.dir("good").toString(), "--lang", "en");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("no lesson \"nope\""), unknown.err());
        assertEquals(2, Fixtures.cli(home, "", "--lesson").status());
    }

    @Test
    void checkLessonsPassesALessonOfEveryKind() {
        Fixtures.Run r = Fixtures.cli(home, "", "--check-lessons", "--lessons-dir", Fixtures.dir("engine").toString(), "--lang", "en");
        assertEquals(0, r.status(), r.out());
        assertEquals("ok    01-every-kind.json  8 steps\n1 lessons checked, 0 problems\n", r.out());
    }

    @Test
    void checkLessonsLintsTheDictatingFirstLessons() {
        Fixtures.Run r = Fixtures.cli(home, "", "--check-lessons", "--lessons-dir", Fixtures.dir("good").toString(), "--lang", "en");
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("FAIL  01-numbers.json: step multiply: lint: 2 hint(s); a step asking for input needs 3 or more\n"), r.out());
    }

    /** The every-kind fixture with one text replaced, written where --check-lessons can read it. */
    private static Path everyKindWith(Path dir, String from, String to) throws IOException {
        String text = Files.readString(Fixtures.dir("engine").resolve("01-every-kind.json"));
        assertTrue(text.contains(from), from);
        Files.writeString(dir.resolve("01-every-kind.json"), text.replace(from, to));
        return dir;
    }

    private Fixtures.Run checkLessons(Path dir) {
        return Fixtures.cli(home, "", "--check-lessons", "--lessons-dir", dir.toString(), "--lang", "en");
    }

    @Test
    void checkLessonsRejectsAWrongPredictionThatWouldBeTakenAsRight(@TempDir Path dir) throws IOException {
        Fixtures.Run r = checkLessons(everyKindWith(dir, "\"input\": \"2\"", "\"input\": \"6\""));
        assertEquals(1, r.status());
        assertTrue(r.out().contains("FAIL  01-every-kind.json: step guess: wrong prediction is taken as right: 6\n"), r.out());
    }

    @Test
    void checkLessonsRejectsAFixStepWhoseGivenCodeAlreadyPasses(@TempDir Path dir) throws IOException {
        Fixtures.Run r = checkLessons(everyKindWith(dir, "\"given\": \"c = socket.create_connection('127.0.0.1', {PEER})\"",
                "\"given\": \"c = socket.create_connection(('127.0.0.1', {PEER}))\""));
        assertEquals(1, r.status());
        assertTrue(r.out().contains("FAIL  01-every-kind.json: step mend: the given code passes the check: c = socket.create_connection"), r.out());
    }

    @Test
    void theLoaderRefusesAChoiceAnswerThatIsNoChoice(@TempDir Path dir) throws IOException {
        Fixtures.Run r = checkLessons(everyKindWith(dir, "\"solution\": \"2\"", "\"solution\": \"3\""));
        assertEquals(1, r.status());
        assertTrue(r.out().contains("FAIL  01-every-kind.json: step pick: solution 3 is not the number of one of the 2 choices\n"), r.out());
    }

    @Test
    void aPredictionWhoseCodeDoesNotBehaveFailsItsCheck(@TempDir Path dir) throws IOException {
        Fixtures.Run r = checkLessons(everyKindWith(dir, "\"check\": \"error == 'OSError' and error.errno == 22\"",
                "\"check\": \"error == 'OSError' and error.errno == 98\""));
        assertEquals(1, r.status());
        assertTrue(r.out().contains("FAIL  01-every-kind.json: step twice: solution does not pass the check"), r.out());
    }

    @Test
    void aSlowCheckIsReportedNotHung(@TempDir Path dir) throws IOException {
        Fixtures.Run r = checkLessons(everyKindWith(dir, "\"check\": \"'socket' in dir()\"",
                "\"check\": \"'socket' in dir() and socket.socket(socket.AF_INET, socket.SOCK_DGRAM).recv(1) == b''\""));
        assertEquals(1, r.status());
        assertTrue(r.out().contains("FAIL  01-every-kind.json: step bring: took longer than the time limit and was interrupted: import socket"),
                r.out());
    }

    @Test
    void checkLessonsNamesFileAndStepOfEachFailure(@TempDir Path dir) throws IOException {
        String good = Files.readString(Fixtures.dir("good").resolve("01-numbers.json"));
        String bad = good.replace("\"double(21) == 42\"", "\"double(21) == 43\"")
                .replace("\"input\": \"x = '42'\"", "\"input\": \"x = 42\"");
        Files.writeString(dir.resolve("01-numbers.json"), bad);
        Files.copy(Fixtures.dir("mixed").resolve("03-nozh.json"), dir.resolve("03-nozh.json"));
        Fixtures.Run r = Fixtures.cli(home, "", "--check-lessons", "--lessons-dir", dir.toString(), "--lang", "en");
        assertEquals(1, r.status());
        assertTrue(r.out().contains("FAIL  03-nozh.json:9:14: /steps/0/say: missing property \"zh\""), r.out());
        assertTrue(r.out().contains("FAIL  01-numbers.json: step define: solution does not pass the check"), r.out());
        assertTrue(r.out().contains("FAIL  01-numbers.json: step multiply: wrong answer passes the check: x = 42"), r.out());
    }

    @Test
    void checkLessonsCatchesACheckThatPassesBeforeTheSolutionEnds(@TempDir Path dir) throws IOException {
        String good = Files.readString(Fixtures.dir("good").resolve("01-numbers.json"));
        Files.writeString(dir.resolve("01-numbers.json"), good.replace("\"value == 84\"", "\"called('double')\""));
        Fixtures.Run r = Fixtures.cli(home, "", "--check-lessons", "--lessons-dir", dir.toString(), "--lang", "en");
        assertEquals(1, r.status());
        assertTrue(r.out().contains("FAIL  01-numbers.json: step call: check passes already after input 1 of 2 of the solution: y = double(x)"), r.out());
    }
}
