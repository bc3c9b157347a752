package socklab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WrapTest {
    private static final String EN = "A server has to be easy to find, so it needs an address that does not change. "
            + "`sk.bind(('127.0.0.1', 9080))` ties that address to the socket, and the tuple holds the host and the port. "
            + "Read more at https://docs.python.org/3/library/socket.html#socket.socket.bind before you go on.";
    private static final String ZH = "服务端要让客户端找得到，就得有一个固定的地址。`sk.bind(address)` 把一个地址和套接字绑在一起，"
            + "地址是（主机 IP，端口号）这样的元组。端口号小于 1024 的端口需要 root 权限，所以课程里用的都是大一些的端口号。";

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 100})
    void englishBreaksBetweenWordsWithinTheWidth(int width) {
        String wrapped = Wrap.wrap(EN, width);
        List<String> lines = wrapped.lines().toList();
        for (String line : lines) {
            assertTrue(Wrap.columns(line) <= width || line.startsWith("https://") || line.startsWith("`"), line);
            assertFalse(line.endsWith(" ") || line.startsWith(" "), line);
        }
        assertEquals(EN, String.join(" ", lines), "only spaces became line breaks");
        assertFillsGreedily(lines, width, " ");
        assertTrue(wrapped.contains("`sk.bind(('127.0.0.1', 9080))`"), "a code span stays whole");
        assertTrue(wrapped.contains("https://docs.python.org/3/library/socket.html#socket.socket.bind"), "a URL stays whole");
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 100})
    void chineseBreaksBetweenCharactersCountingTwoColumnsEach(int width) {
        String wrapped = Wrap.wrap(ZH, width);
        List<String> lines = wrapped.lines().toList();
        for (String line : lines) {
            assertTrue(Wrap.columns(line) <= width, line + " is " + Wrap.columns(line) + " columns");
            assertFalse("，。）、".indexOf(line.charAt(0)) >= 0, "a closing mark never starts a line: " + line);
            assertFalse(line.endsWith("（"), "an opening mark never ends a line: " + line);
        }
        assertEquals(ZH.replace(" ", ""), wrapped.replace("\n", "").replace(" ", ""), "nothing but breaks added");
        assertTrue(wrapped.contains("`sk.bind(address)`"));
        assertTrue(lines.size() > 1);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = lines.get(i + 1);
            if (Wrap.columns(next.substring(0, 1)) == 2 && "，。）、".indexOf(next.charAt(1)) < 0) {
                assertTrue(Wrap.columns(lines.get(i)) + 2 > width, "the next character would have fitted: " + lines);
            }
        }
    }

    @Test
    void chineseAtFortyColumnsHoldsTwentyCharacters() {
        assertEquals("一二三四五六七八九十一二三四五六七八九十\n一二三", Wrap.wrap("一二三四五六七八九十一二三四五六七八九十一二三", 40));
        assertEquals("一二三四五六七八九十一二三四五六七八九\n十，一二", Wrap.wrap("一二三四五六七八九十一二三四五六七八九十，一二", 40),
                "the comma takes its character with it to the next line");
    }

    @Test
    void codeLinesAndParagraphsAreKept() {
        String code = "    data = conn.recv(1024)  # a line of code far longer than the width we wrap this text at";
        String text = "First paragraph, which is long enough to need breaking at forty.\n\n" + code + "\n>>> " + code.strip();
        String wrapped = Wrap.wrap(text, 40);
        assertTrue(wrapped.startsWith("First paragraph, which is long enough to\nneed breaking at forty.\n\n"), wrapped);
        assertTrue(wrapped.endsWith("\n\n" + code + "\n>>> " + code.strip()), wrapped);
    }

    @Test
    void indentedProseKeepsItsIndentOnEveryLine() {
        assertEquals("  one two three four\n  five six", Wrap.wrap("  one two three four five six", 20));
    }

    @Test
    void aWordWiderThanTheLineIsCut() {
        assertEquals("abcdefghij\nklm", Wrap.wrap("abcdefghijklm", 10));
    }

    /** No line could have taken the next line's first word. */
    private static void assertFillsGreedily(List<String> lines, int width, String gap) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String rest = lines.get(i + 1);
            String next = rest.startsWith("`") ? rest.substring(0, rest.indexOf('`', 1) + 1) : rest.split(" ")[0];
            assertTrue(Wrap.columns(lines.get(i) + gap + next) > width, lines.get(i) + " | " + next);
        }
    }

    @Test
    void listItemsAndTasksHangUnderTheirText() {
        assertEquals("→ Type three lines:\n  `sk = socket.socket()`\n  then bind it",
                Wrap.wrap("→ Type three lines: `sk = socket.socket()` then bind it", 24));
        assertEquals("  2. one two three\n     four", Wrap.wrap("  2. one two three four", 18));
        assertEquals("→ 这是一个全新的会话：先输\n  入 `import socket`。", Wrap.wrap("→ 这是一个全新的会话：先输入 `import socket`。", 26));
    }
}
