package socklab.lesson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import socklab.runtime.object.ThreadState;

/**
 * How the two sides of a two-terminal lesson (--role server, --role client) find each other and
 * keep in step, over loopback: the server side listens on a known port, tells the client the
 * lesson's ports (so {PORT} is one number in both terminals), and each side says which of its
 * steps it has done; a side reaching the other's step waits for that word (Ctrl-C stops waiting).
 * Lines of text: "ports PORT PEER" and "done STEP".
 */
final class RoleLink implements AutoCloseable {
    /** The port the server side listens on unless told otherwise: beside the class server's 7341. */
    static final int DEFAULT_PORT = 7342;
    private static final int MAX_LINE = 200;

    private final Set<String> done = new HashSet<>();
    /** Steps done before the other side connected, told as soon as it does. */
    private final List<String> pendingDone = new ArrayList<>();
    private final ServerSocket listener;
    private volatile Socket peer;
    private volatile Ports ports;
    private volatile boolean closed;
    /** The other side's connection ended: no word of it will come any more. */
    private boolean gone;

    private RoleLink(ServerSocket listener) {
        this.listener = listener;
    }

    /** The server side: listens now, and tells the client ports once it connects. */
    static RoleLink serve(int port, Ports lessonPorts) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        RoleLink link = new RoleLink(s);
        link.ports = lessonPorts;
        Thread t = new Thread(link::acceptClient, "socklab-role-server");
        t.setDaemon(true);
        t.start();
        return link;
    }

    /** The client side: connects to the server side (waiting for it to start) and learns the lesson's ports. */
    static RoleLink join(int port) throws IOException {
        RoleLink link = new RoleLink(null);
        ThreadState ts = ThreadState.current();
        while (link.peer == null) {
            try {
                link.peer = new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (java.net.ConnectException e) {
                ts.sleep(0.2); // the server side is not up yet; Ctrl-C stops waiting
            }
        }
        link.startReading();
        ts.await(link, () -> link.ports != null, -1);
        return link;
    }

    Ports ports() {
        return ports;
    }

    private void acceptClient() {
        try {
            Socket s = listener.accept();
            peer = s;
            send("ports " + ports.port() + " " + ports.peer());
            startReading();
        } catch (IOException e) {
            // closed before a client came: the lesson ended
        }
    }

    private void startReading() {
        Thread t = new Thread(this::read, "socklab-role-reader");
        t.setDaemon(true);
        t.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null && line.length() <= MAX_LINE; ) {
                String[] words = line.split(" ");
                synchronized (this) {
                    if (words.length == 3 && words[0].equals("ports") && words[1].matches("\\d{1,5}") && words[2].matches("\\d{1,5}")) {
                        ports = new Ports(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
                    } else if (words.length == 2 && words[0].equals("done")) {
                        done.add(words[1]);
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the other side has gone, as at the end of its input
        }
        synchronized (this) {
            gone = true;
            notifyAll();
        }
    }

    /** Tells the other side this side has done step. */
    void did(String step) {
        if (peer != null) {
            send("done " + step);
        } else {
            synchronized (this) {
                pendingDone.add(step);
            }
        }
    }

    private synchronized void send(String line) {
        try {
            OutputStream out = peer.getOutputStream();
            for (String p : pendingDone) {
                out.write(("done " + p + "\n").getBytes(StandardCharsets.UTF_8));
            }
            pendingDone.clear();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the other side has gone; its steps will not be waited for in vain: close() ends waits
        }
    }

    /** Waits until the other side has done step (true), or has gone (false); KeyboardInterrupt on Ctrl-C. */
    boolean awaitDone(String step) {
        ThreadState.current().await(this, () -> done.contains(step) || gone || closed, -1);
        synchronized (this) {
            return done.contains(step);
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
        try {
            if (listener != null) {
                listener.close();
            }
            if (peer != null) {
                peer.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }
}
