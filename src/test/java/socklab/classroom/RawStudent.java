package socklab.classroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A hand-written peer that sends whatever lines a test wants, as a broken or hostile student might. */
final class RawStudent implements AutoCloseable {
    final Socket socket;
    private final OutputStream out;
    private final BufferedReader in;

    RawStudent(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) ClassWatch.TIMEOUT.toMillis());
        out = socket.getOutputStream();
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void sendLine(String json) throws IOException {
        send(json + "\n");
    }

    /** The next line from the server; null once it has closed the connection. */
    String read() throws IOException {
        return in.readLine();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
