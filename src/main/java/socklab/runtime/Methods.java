package socklab.runtime;

/** Installs the methods of every built-in type, once. */
public final class Methods {
    private Methods() {}

    public static void installAll() {
    }
}
