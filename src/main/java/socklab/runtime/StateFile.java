package socklab.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes the small text files socklab keeps or is handed (history, progress, lesson
 * files) so that no such file can stop it: a file that is not a plain file (a FIFO, a device, a
 * folder), too big, or not UTF-8 is refused before it is read, and a damaged one of socklab's own
 * can be set aside under a new name instead of being overwritten.
 */
public final class StateFile {
    private StateFile() {}

    /** What reading gave: the text, or why there is none (missing is not a problem). */
    public sealed interface Read {
        record Text(String text) implements Read {}
        record Missing() implements Read {}
        record Refused(String why) implements Read {}
    }

    /** The file's text if it is a regular file of at most maxBytes of UTF-8. */
    public static Read read(Path file, long maxBytes) {
        try {
            if (!Files.exists(file)) {
                return new Read.Missing();
            }
            if (!Files.isRegularFile(file)) {
                return new Read.Refused("not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return new Read.Refused("larger than " + maxBytes + " bytes");
            }
            byte[] bytes;
            try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ)) {
                ByteBuffer buf = ByteBuffer.allocate((int) size);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // a file growing while read is cut at the size it had
                }
                bytes = java.util.Arrays.copyOf(buf.array(), buf.position());
            }
            CharBuffer text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return new Read.Text(text.toString());
        } catch (NoSuchFileException e) {
            return new Read.Missing();
        } catch (CharacterCodingException e) {
            return new Read.Refused("not UTF-8 text");
        } catch (IOException | SecurityException e) {
            return new Read.Refused(e.getMessage() == null ? "cannot be read" : e.getMessage());
        }
    }

    /** Moves a file out of the way as NAME.bad-STAMP; returns where it went, or null if it could not move. */
    public static Path setAside(Path file, String tag) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + "." + tag + "-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return aside;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Writes a temporary file beside it, forces it to disk, then renames it over the old one in one step. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
