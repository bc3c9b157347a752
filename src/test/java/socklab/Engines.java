package socklab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** How tests start the two Pythons as processes: socklab from the test classpath, and CPython when the machine has it. */
final class Engines {
    private Engines() {}

    /** The command line running socklab's Main with these arguments, on the JVM running the tests. */
    static List<String> socklab(String... args) {
        // The flag stands for the jar manifest's Add-Opens, which lets an uncaught KeyboardInterrupt end the process by SIGINT.
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "socklab.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Whether python3 runs here (CI has no guarantee of it). */
    static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
