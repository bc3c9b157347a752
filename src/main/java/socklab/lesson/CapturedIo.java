package socklab.lesson;

import socklab.runtime.object.Io;

/** Io that keeps a session's output to itself (rehearsals) and answers input() with end of file. */
final class CapturedIo implements Io {
    private final StringBuilder output = new StringBuilder();

    @Override
    public void out(String text) {
        output.append(text);
    }

    @Override
    public void err(String text) {
        output.append(text);
    }

    @Override
    public void flush() {
    }

    @Override
    public String readLine(String prompt) {
        return null;
    }

    String text() {
        return output.toString();
    }
}
