package socklab.lang;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a block being typed, handed to a parser on another thread as lines arrive: a read
 * past the last token waits for the next line, the way CPython's parser asks its tokenizer for
 * more input. The typing side learns after each line whether the parser is waiting again or stopped.
 */
final class GrowingTokens extends AbstractList<Token> {
    /** Ends the parser's thread when the block is dropped (Ctrl-C, an error, or its end). */
    static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    private final List<Token> tokens = new ArrayList<>();
    private boolean waiting;
    private boolean stopped;
    private boolean abandoned;

    /** Adds tokens and returns once the parser has read them all and waits for more; false if it stopped instead. */
    synchronized boolean offer(List<Token> more) {
        tokens.addAll(more);
        waiting = false;
        notifyAll();
        while (!waiting && !stopped) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopped;
    }

    /** The parser's thread ended: it finished, failed, or was abandoned. */
    synchronized void stopped() {
        stopped = true;
        notifyAll();
    }

    synchronized void abandon() {
        abandoned = true;
        notifyAll();
    }

    /**
     * How long the parser waits for a line before it gives up; an input dropped without a word
     * then leaves no thread behind, and a line typed after a longer pause is decided by a full parse.
     */
    private static final long IDLE_MILLIS = 60_000;

    @Override
    public synchronized Token get(int index) {
        while (index >= tokens.size()) {
            if (abandoned) throw new Abandoned();
            waiting = true;
            notifyAll();
            long before = System.currentTimeMillis();
            try {
                wait(IDLE_MILLIS);
            } catch (InterruptedException e) {
                throw new Abandoned();
            }
            if (index >= tokens.size() && System.currentTimeMillis() - before >= IDLE_MILLIS) throw new Abandoned();
        }
        return tokens.get(index);
    }

    /** Unknown until the block ends: reads beyond the last token wait instead of running off the end. */
    @Override
    public int size() {
        return Integer.MAX_VALUE;
    }
}
