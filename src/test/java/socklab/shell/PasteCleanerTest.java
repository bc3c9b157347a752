package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import socklab.shell.PasteCleaner.Fix;

/** Lines copied from the tutorial page (seed/python-socket-tutorial-zh.txt) become the Python they show. */
class PasteCleanerTest {
    private static void cleans(String pasted, String expected, Fix... fixes) {
        PasteCleaner.Result r = PasteCleaner.clean(pasted);
        assertEquals(expected, r.text());
        assertEquals(fixes.length == 0 ? EnumSet.noneOf(Fix.class) : EnumSet.of(fixes[0], fixes), r.fixes());
    }

    @Test
    void tutorialPromptsBulletsAndQuotes() {
        cleans("- #>>> import socket", "import socket", Fix.PROMPTS, Fix.BULLETS);
        cleans("- #>>>socket.getservbyname(\u2018http\u2018,\u2018tcp\u2018)", "socket.getservbyname('http','tcp')",
                Fix.PROMPTS, Fix.BULLETS, Fix.QUOTES);
        cleans("- >>> #>>>socket.gethostbyname_ex(\u2018www.fishc.com\u2018)", "socket.gethostbyname_ex('www.fishc.com')",
                Fix.PROMPTS, Fix.BULLETS, Fix.QUOTES);
        cleans("- address = (\u2018127.0.0.1\u2018,9080)", "address = ('127.0.0.1',9080)", Fix.BULLETS, Fix.QUOTES);
        cleans("- print(sk)", "print(sk)", Fix.BULLETS);
        cleans("sk.sendto(b\u2018hi\u2019\uff0c(\u201c127.0.0.1\u201d\uff0c9))", "sk.sendto(b'hi',(\"127.0.0.1\",9))",
                Fix.QUOTES, Fix.FULLWIDTH);
    }

    @Test
    void outputLinesBetweenPromptsAreDropped() {
        cleans("- #>>> import socket\n- #>>> socket.gethostname()\n- #\u2018\u674e\u2018\n- #>>>",
                "import socket\nsocket.gethostname()\n", Fix.PROMPTS, Fix.BULLETS, Fix.OUTPUT);
        cleans(">>> for i in [1]:\n...     print(i)\n...\n1\n", "for i in [1]:\n    print(i)\n\n", Fix.PROMPTS, Fix.OUTPUT);
    }

    @Test
    void typedPythonIsLeftAlone() {
        for (String code : new String[] {"- 1", "- x", "...", "s = '\u2018quoted\u2019 \uff0c'", "x = 1  # \u2018note\u2019",
                "print('>>> ')"}) {
            PasteCleaner.Result r = PasteCleaner.clean(code);
            assertEquals(code, r.text());
            assertFalse(r.changed(), code);
        }
    }
}
