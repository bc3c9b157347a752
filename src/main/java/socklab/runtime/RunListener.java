package socklab.runtime;

/** Told of every input the session runs (the lesson coach, classroom tools); never polls the interpreter. */
@FunctionalInterface
public interface RunListener {
    void onRun(RunResult result);

    /** Whether this listener needs {@link RunResult#calls()}: recording calls costs a little on every call. */
    default boolean wantsCalls() {
        return false;
    }
}
