package socklab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the runtime's packages layered by reading their sources: the value model (object) uses
 * nothing of the rest, what fills the built-in types (builtins) only the value model, the
 * tree-walker (exec) those two, and only the engine's face (socklab.runtime) all of them. No runtime
 * package reaches up to the shell, lessons, classroom, modules or the socket facade.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/socklab");
    private static final Path RUNTIME = SOURCES.resolve("runtime");

    /** What each runtime package may name of socklab's own packages (and their subpackages), besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "object", Set.of("lang", "text"),
            "builtins", Set.of("lang", "text", "runtime.object"),
            "exec", Set.of("lang", "text", "runtime.object", "runtime.builtins"),
            "", Set.of("lang", "text", "runtime.object", "runtime.builtins", "runtime.exec"));

    /** A use of one of our packages: an import or a fully qualified name, minus the class it names. */
    private static final Pattern USE = Pattern.compile("\\bsocklab\\.((?:[a-z]\\w*\\.)*)[A-Z]");

    @Test
    void everyRuntimePackageNamesOnlyTheLayersBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(RUNTIME)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String layer = RUNTIME.relativize(file.getParent()).toString().replace('/', '.');
                String code = withoutCommentsAndStrings(Files.readString(file));
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String used = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                    String own = layer.isEmpty() ? "runtime" : "runtime." + layer;
                    if (!used.equals(own) && ALLOWED.get(layer).stream().noneMatch(a -> used.equals(a) || used.startsWith(a + "."))) {
                        violations.add(RUNTIME.relativize(file) + " uses socklab." + used);
                    }
                }
            }
        }
        assertTrue(files > 100, "found the runtime's sources");
        assertEquals(List.of(), violations);
    }

    /**
     * The engine's clients (modules, the socket facade, shell, lessons, classroom) never reach into
     * the tree-walker nor into what fills the built-in types: they work through the value model.
     */
    @Test
    void clientsOfTheEngineNeverNameTheTreeWalkerNorTheBuiltins() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java") && !p.startsWith(RUNTIME)).toList()) {
                String code = withoutCommentsAndStrings(Files.readString(file));
                for (String inner : List.of("socklab.runtime.exec.", "socklab.runtime.builtins.")) {
                    if (code.contains(inner)) {
                        violations.add(SOURCES.relativize(file) + " uses " + inner);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The check reads code only: a comment or message may name any package. */
    private static String withoutCommentsAndStrings(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\\n]*", "")
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
