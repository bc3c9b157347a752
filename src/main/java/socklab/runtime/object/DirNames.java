package socklab.runtime.object;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What CPython 3.11's dir() lists for built-in types (recorded by src/test/tools/record_dir_names.py),
 * so that exploring with dir() shows a learner CPython's names, dunders included. Read on first use.
 */
public final class DirNames {
    private static Map<String, List<String>> table;

    private DirNames() {}

    /** The recorded names for instances of t or its nearest recorded base class, or null. */
    public static List<String> ofType(PyType t) {
        for (PyType k = t; k != null; k = k.base()) {
            List<String> names = table().get("type:" + k.qualifiedName());
            if (names != null) {
                return names;
            }
        }
        return null;
    }

    private static synchronized Map<String, List<String>> table() {
        if (table == null) {
            Map<String, List<String>> t = new HashMap<>();
            try (InputStream in = DirNames.class.getResourceAsStream("dir-names.txt");
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] parts = line.split(" ");
                    t.put(parts[0], Arrays.asList(parts).subList(1, parts.length));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            table = t;
        }
        return table;
    }
}
