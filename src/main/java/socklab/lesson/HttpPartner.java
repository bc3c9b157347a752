package socklab.lesson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The "http" partner: an HTTP/1.0 server on {PEER} with a small fixed site, so a lesson can show a
 * real protocol spoken by hand. It reads one request up to its blank line, answers, and closes the
 * connection, as HTTP/1.0 does; a request that never ends its header waits, as real servers do.
 */
final class HttpPartner {
    /** A request header larger than this is refused, so a learner's loop cannot fill memory. */
    private static final int MAX_HEAD = 8192;
    /** Longest request line shown in a report. */
    private static final int SHOWN = 60;

    /** One page of the site: its content type and body. */
    private record Page(String type, String body) {}

    private static final Map<String, Page> SITE = Map.of(
            "/", new Page("text/html; charset=utf-8",
                    "<html><body><h1>socklab</h1><p>A tiny site for HTTP by hand.</p>"
                            + "<a href=\"/hello.txt\">hello.txt</a> <a href=\"/zh.txt\">zh.txt</a></body></html>\n"),
            "/hello.txt", new Page("text/plain; charset=utf-8", "hello, socket\n"),
            "/zh.txt", new Page("text/plain; charset=utf-8", "你好，socket\n"));

    private final PartnerLink link;

    HttpPartner(PartnerLink link) {
        this.link = link;
    }

    /** Reads one request from ch, writes the answer; the caller closes ch. */
    void answer(SocketChannel ch) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(1024);
        while (!complete(head.toByteArray()) && head.size() <= MAX_HEAD) {
            if (ch.read(buf.clear()) < 0) {
                link.report(new Partners.Report("httpNoRequest"));
                return;
            }
            link.received(buf.flip());
            head.write(buf.array(), 0, buf.limit());
        }
        String requestLine = firstLine(head.toByteArray());
        byte[] reply = reply(requestLine, !complete(head.toByteArray()));
        String shown = requestLine.length() > SHOWN ? requestLine.substring(0, SHOWN) + "…" : requestLine;
        link.report(new Partners.Report("httpRequest", shown, firstLine(reply)));
        link.sending(ByteBuffer.wrap(reply));
        ByteBuffer out = ByteBuffer.wrap(reply);
        while (out.hasRemaining()) {
            ch.write(out);
        }
    }

    /** The whole response (status line, headers, body) to a request line. */
    static byte[] reply(String requestLine, boolean tooLarge) {
        String[] parts = requestLine.split(" ", -1);
        if (tooLarge) {
            return response(431, "Request Header Fields Too Large", "text/plain; charset=utf-8", "header too large\n");
        }
        if (parts.length != 3 || !parts[2].startsWith("HTTP/") || !parts[1].startsWith("/")) {
            return response(400, "Bad Request", "text/plain; charset=utf-8", "bad request\n");
        }
        if (!parts[0].equals("GET")) {
            return response(501, "Not Implemented", "text/plain; charset=utf-8", "only GET here\n");
        }
        Page page = SITE.get(parts[1]);
        return page == null
                ? response(404, "Not Found", "text/plain; charset=utf-8", "not found\n")
                : response(200, "OK", page.type(), page.body());
    }

    private static byte[] response(int code, String reason, String type, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.0 " + code + " " + reason + "\r\n"
                + "Server: socklab-partner\r\n"
                + "Content-Type: " + type + "\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + content.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        return all;
    }

    /** The first line without its line end, one char per byte (Latin-1), so no byte is lost. */
    private static String firstLine(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** True once the header has ended with an empty line (CRLF as the standard says, or bare LF as servers tolerate). */
    private static boolean complete(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains("\r\n\r\n") || text.contains("\n\n");
    }
}
