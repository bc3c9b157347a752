package socklab.lesson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
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
 * keep in step, over loopback or, when the server side's host is given, over the class's network:
 * the server side listens on a known port, tells the client the lesson's ports (so {PORT} is one
 * number in both terminals), and each side says which of its steps it has started or done; a side
 * reaching the other's step waits for that word (Ctrl-C stops waiting).
 * Lines of text: "ports PORT PEER", "started STEP" and "done STEP".
 */
final class RoleLink implements AutoCloseable {
    /** The port the server side listens on unless told otherwise: beside the class server's 7341. */
    static final int DEFAULT_PORT = 7342;
    private static final int MAX_LINE = 200;
    /** A lesson has a few dozen steps: more words than this from the other side are not kept. */
    private static final int MAX_TOLD = 1000;
    /** How long one attempt to reach a server side on another machine may take before the next. */
    private static final int CONNECT_MS = 2000;

    /** What the other side has told: "done STEP" and "started STEP" lines as they came. */
    private final Set<String> told = new HashSet<>();
    /** Lines for the other side said before it connected, told as soon as it does. */
    private final List<String> pending = new ArrayList<>();
    /** The server side's address as this side names it: {HOST} of the ports this side learns. */
    private final String host;
    private final ServerSocket listener;
    private volatile Socket peer;
    private volatile Ports ports;
    private volatile boolean closed;
    /** The other side's connection ended: no word of it will come any more. */
    private boolean gone;

    private RoleLink(ServerSocket listener, String host) {
        this.listener = listener;
        this.host = host;
    }

    /** The server side: listens now on lessonPorts' host, and tells the client the ports once it connects. */
    static RoleLink serve(int port, Ports lessonPorts) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        try {
            s.bind(new InetSocketAddress(InetAddress.getByName(lessonPorts.host()), port));
        } catch (IOException e) {
            s.close();
            throw e;
        }
        RoleLink link = new RoleLink(s, lessonPorts.host());
        link.ports = lessonPorts;
        Thread t = new Thread(link::acceptClient, "socklab-role-server");
        t.setDaemon(true);
        t.start();
        return link;
    }

    /** The client side: connects to the server side at host (waiting for it to start) and learns the lesson's ports. */
    static RoleLink join(String host, int port) throws IOException {
        RoleLink link = new RoleLink(null, host);
        ThreadState ts = ThreadState.current();
        InetSocketAddress server = new InetSocketAddress(InetAddress.getByName(host), port);
        while (link.peer == null) {
            Socket s = new Socket();
            try {
                s.connect(server, CONNECT_MS);
                link.peer = s;
            } catch (java.net.ConnectException | java.net.SocketTimeoutException e) {
                s.close();
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

    /**
     * The addresses another machine may use to reach a server side listening on host: host
     * itself, or for a wildcard (0.0.0.0) this machine's IPv4 addresses other than loopback.
     */
    static List<String> reachableAt(String host) {
        if (!host.equals("0.0.0.0")) {
            return List.of(host);
        }
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    nic.inetAddresses().filter(a -> a instanceof java.net.Inet4Address).forEach(a -> out.add(a.getHostAddress()));
                }
            }
        } catch (IOException e) {
            // no list of interfaces: the learner finds the address with the system's own tools
        }
        return out;
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
                        ports = new Ports(Integer.parseInt(words[1]), Integer.parseInt(words[2]), host);
                    } else if (words.length == 2 && (words[0].equals("done") || words[0].equals("started"))) {
                        if (told.size() < MAX_TOLD) {
                            told.add(line);
                        }
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
        tell("done " + step);
    }

    /** Tells the other side this side has started step, for a side that may go on meanwhile. */
    void started(String step) {
        tell("started " + step);
    }

    private void tell(String line) {
        if (peer != null) {
            send(line);
        } else {
            synchronized (this) {
                pending.add(line);
            }
        }
    }

    private synchronized void send(String line) {
        try {
            OutputStream out = peer.getOutputStream();
            for (String p : pending) {
                out.write((p + "\n").getBytes(StandardCharsets.UTF_8));
            }
            pending.clear();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the other side has gone; its steps will not be waited for in vain: close() ends waits
        }
    }

    /**
     * Waits until the other side has done step, or only started it when meanwhile (true), or has
     * gone (false); KeyboardInterrupt on Ctrl-C.
     */
    boolean await(String step, boolean meanwhile) {
        ThreadState.current().await(this, () -> said(step, meanwhile) || gone || closed, -1);
        synchronized (this) {
            return said(step, meanwhile);
        }
    }

    private boolean said(String step, boolean meanwhile) {
        return told.contains("done " + step) || meanwhile && told.contains("started " + step);
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
