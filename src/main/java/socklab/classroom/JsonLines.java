package socklab.classroom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the class protocol's JSON lines. Reading stops at the size limit before any
 * parsing, so an endless line costs the reader nothing but the limit.
 */
final class JsonLines {
    /** Configured once here and never changed: Jackson's mapper is safe to share once configured. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A line longer than the limit: the peer is broken or hostile, and the connection ends. */
    static final class TooLong extends IOException {
        TooLong(int limit) {
            super("line longer than " + limit + " bytes");
        }
    }

    private final InputStream in;
    private final int maxBytes;

    JsonLines(InputStream in, int maxBytes) {
        this.in = new BufferedInputStream(in);
        this.maxBytes = maxBytes;
    }

    /** The next line without its newline; null at end of stream. */
    String next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() >= maxBytes) {
                throw new TooLong(maxBytes);
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** One message as its line, newline included. */
    static byte[] encode(ClassMessage m) {
        try {
            return (JSON.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a protocol record always serialises", e);
        }
    }

    /** The line as a tree, for the hello, whose version is read before its shape is trusted. */
    static JsonNode tree(String line) throws JsonProcessingException {
        return JSON.readTree(line);
    }

    static ClassMessage decode(JsonNode node) throws JsonProcessingException {
        return JSON.treeToValue(node, ClassMessage.class);
    }

    static ClassMessage decode(String line) throws JsonProcessingException {
        return decode(tree(line));
    }
}
