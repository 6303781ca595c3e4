package dev.kindling.hub.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A real HTTP receiver on loopback for webhook tests, on raw sockets so that it can misbehave as real
 * ones do: answer any status, never answer (a timeout), or reset the connection. Each request takes the
 * next scripted behaviour (then {@link #otherwise}); every request that arrived is kept.
 */
final class Receiver implements AutoCloseable {
    /** What to do with one request. */
    sealed interface Behaviour permits Answer, Hang, Reset {}

    record Answer(int status, String body) implements Behaviour {}

    record Hang(long millis) implements Behaviour {}

    record Reset() implements Behaviour {}

    /** A request as it arrived: headers (lower-case names) and the body. */
    record Request(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final ServerSocket server;
    private final Deque<Behaviour> script = new ConcurrentLinkedDeque<>();
    private final List<Request> received = Collections.synchronizedList(new ArrayList<>());
    private volatile Behaviour otherwise = new Answer(200, "{\"ok\":true}");
    private final Thread acceptor;

    Receiver() throws IOException {
        server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "webhook-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    Receiver then(Behaviour... behaviours) {
        script.addAll(List.of(behaviours));
        return this;
    }

    Receiver otherwise(Behaviour behaviour) {
        otherwise = behaviour;
        return this;
    }

    List<Request> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> handle(socket), "webhook-receiver-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            Map<String, String> headers = new LinkedHashMap<>();
            String head = readHead(in);
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).trim());
                }
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            received.add(new Request(headers, body));
            Behaviour behaviour = script.pollFirst();
            behave(socket, behaviour == null ? otherwise : behaviour);
        } catch (IOException | InterruptedException e) {
            // the sender gave up on this connection: nothing to do
        }
    }

    private static void behave(Socket socket, Behaviour behaviour) throws IOException, InterruptedException {
        if (behaviour instanceof Answer answer) {
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 " + answer.status() + " X\r\nContent-Type: text/plain\r\nContent-Length: "
                            + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } else if (behaviour instanceof Hang hang) {
            Thread.sleep(hang.millis());
        } else {
            socket.setSoLinger(true, 0);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
