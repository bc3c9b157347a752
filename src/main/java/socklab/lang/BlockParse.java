package socklab.lang;

/**
 * Follows a compound statement typed line by line with one parser that reads each line's tokens
 * once, so a block of n lines costs O(n) instead of re-parsing the whole input at every line.
 * While the parser waits for more input, the prompt's answer is "more lines" without a re-parse;
 * anything else (an error, the block's end, a bracket closing a simple statement) is decided by
 * re-parsing the whole input once, so every message stays the one the full parse gives.
 */
final class BlockParse {
    /** Room for the parser's recursion on nesting as deep as the front end allows. */
    private static final long STACK_BYTES = 64L << 20;

    private final Lexer.Carry carry = new Lexer.Carry();
    private final GrowingTokens tokens = new GrowingTokens();
    private final boolean compound;
    /** Lines that end inside a token (a string, a backslash), lexed again with the next line. */
    private final StringBuilder pending = new StringBuilder();

    private BlockParse(boolean compound) {
        this.compound = compound;
    }

    /** A parser following source, the input so far; null if it cannot follow it (the caller re-parses). */
    static BlockParse start(String source, boolean compound) {
        BlockParse block = new BlockParse(compound);
        Thread parser = new Thread(null, block::parse, "socklab-block-parser", STACK_BYTES);
        parser.setDaemon(true);
        parser.start();
        if (!block.accepts(source)) {
            block.close();
            return null;
        }
        return block;
    }

    private void parse() {
        try {
            Parser.followInteractive(tokens);
        } catch (RuntimeException | StackOverflowError e) {
            // Any end of the parse sends the prompt back to a full parse, which reports it exactly.
        } finally {
            tokens.stopped();
        }
    }

    /**
     * Takes the next typed line; true when the input still needs more lines for certain (the
     * parser waits inside a compound statement or an open bracket), false when the caller must
     * decide by a full parse.
     */
    boolean accepts(String line) {
        if (pending.length() > 0) pending.append('\n');
        pending.append(line);
        java.util.List<Token> lexed;
        try {
            lexed = Lexer.continueLines(pending.toString(), carry);
        } catch (PySyntaxError e) {
            return false;
        }
        if (lexed == null) return true;
        pending.setLength(0);
        return tokens.offer(lexed) && (compound || carry.insideBrackets());
    }

    /** Ends the parser's thread. */
    void close() {
        tokens.abandon();
    }
}
