package socklab.runtime;

import socklab.runtime.object.Io;

/**
 * An Io that passes everything to another: a tap on a session's output (a transcript, what a
 * lesson attempt printed) extends it and overrides only what it watches.
 */
public class ForwardingIo implements Io {
    private final Io to;

    public ForwardingIo(Io to) {
        this.to = to;
    }

    @Override
    public void out(String text) {
        to.out(text);
    }

    @Override
    public void err(String text) {
        to.err(text);
    }

    @Override
    public void flush() {
        to.flush();
    }

    @Override
    public void outBytes(byte[] data) {
        to.outBytes(data);
    }

    @Override
    public void errBytes(byte[] data) {
        to.errBytes(data);
    }

    @Override
    public void traceback(String text) {
        to.traceback(text);
    }

    @Override
    public void prose(String text) {
        to.prose(text);
    }

    @Override
    public int columns() {
        return to.columns();
    }

    @Override
    public String readLine(String prompt) {
        return to.readLine(prompt);
    }

    @Override
    public String stdinLine(long limit) {
        return to.stdinLine(limit);
    }

    @Override
    public boolean stdinReady() {
        return to.stdinReady();
    }

    @Override
    public boolean isTerminal() {
        return to.isTerminal();
    }

    @Override
    public String ask(String prompt) {
        return to.ask(prompt);
    }
}
