package socklab;

/** Entry point: picks the run mode from the command line. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("socklab");
    }
}
