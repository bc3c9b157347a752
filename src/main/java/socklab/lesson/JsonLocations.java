package socklab.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each value of a JSON text starts, by JSON Pointer, so schema violations can name a line. */
final class JsonLocations {
    private final Map<String, JsonLocation> starts = new HashMap<>();

    JsonLocations(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME && !t.isStructEnd()) {
                    starts.putIfAbsent(p.getParsingContext().pathAsPointer(false).toString(), p.currentTokenLocation());
                }
            }
        }
    }

    /** The location of the value at pointer, or of its nearest enclosing value. */
    JsonLocation of(String pointer) {
        String at = pointer;
        while (true) {
            JsonLocation loc = starts.get(at);
            if (loc != null || at.isEmpty()) {
                return loc;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
