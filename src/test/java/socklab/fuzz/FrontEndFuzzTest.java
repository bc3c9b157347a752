package socklab.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import socklab.lang.InteractiveInput;
import socklab.lang.Lexer;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;

/**
 * Coverage-guided fuzzing of the lexer, the parser (file and prompt) and the compiler: any input
 * ends in tokens, statements or a Python error, never a Java exception. Plain test runs replay the
 * corpus under FrontEndFuzzTestInputs (seeded from the golden sessions, plus every finding);
 * JAZZER_FUZZ=1 fuzzes for real (see the README).
 */
class FrontEndFuzzTest {
    private static final FuzzSession SESSION = new FuzzSession();

    @FuzzTest(maxDuration = "5m")
    void lexer(FuzzedDataProvider data) {
        try {
            Lexer.tokenize(data.consumeRemainingAsString());
        } catch (PySyntaxError expected) {
            // a Python error is the right answer to bad input
        }
    }

    @FuzzTest(maxDuration = "5m")
    void parser(FuzzedDataProvider data) {
        String source = data.consumeRemainingAsString();
        try {
            Parser.parseModule(source);
        } catch (PySyntaxError expected) {
            // a Python error is the right answer to bad input
        }
        InteractiveInput prompt = new InteractiveInput();
        for (String line : source.split("\n", -1)) prompt.feed(line);
        prompt.finish();
    }

    @FuzzTest(maxDuration = "5m")
    void compiler(FuzzedDataProvider data) {
        SESSION.runChecked("compile(" + FuzzSession.literal(data.consumeRemainingAsString()) + ", '<fuzz>', 'exec')", false);
    }
}
