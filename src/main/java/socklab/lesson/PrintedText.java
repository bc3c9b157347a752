package socklab.lesson;

import socklab.runtime.ForwardingIo;
import socklab.runtime.object.Io;

/**
 * What a session wrote to stdout since it was last asked: the "output" a step's check and a
 * prediction see. It taps the session's Io (so no lesson concept lives in the runtime); socklab's
 * own prose and the error reports are not the program's output and pass by untouched. A flood is
 * kept to its first part.
 */
public final class PrintedText {
    private static final int MAX_CHARS = 1 << 16;
    private final StringBuilder text = new StringBuilder();

    /** The Io the session writes to: everything reaches io, and stdout is noted here too. */
    public Io tap(Io io) {
        return new ForwardingIo(io) {
            @Override
            public void out(String s) {
                note(s);
                super.out(s);
            }
        };
    }

    private synchronized void note(String s) {
        text.append(s, 0, Math.min(s.length(), Math.max(0, MAX_CHARS - text.length())));
    }

    /** What was printed since the last take, and a fresh start. */
    public synchronized String take() {
        String s = text.toString();
        text.setLength(0);
        return s;
    }
}
