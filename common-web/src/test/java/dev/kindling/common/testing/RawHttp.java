package dev.kindling.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request written byte for byte on a socket, for what HTTP clients refuse to send (a
 * request target that is not valid percent-encoding): the answer's status, headers and body as text.
 */
public final class RawHttp {
    private RawHttp() {}

    public record Answer(int status, String head, String body) {
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    public static Answer get(String host, int port, String target, String token) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer "
                            + token + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            if ("chunked"
                    .equals(String.valueOf(headerOf(head, "transfer-encoding")).toLowerCase(Locale.ROOT))) {
                body = body.substring(body.indexOf("\r\n") + 2);
            }
            return new Answer(status, head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String headerOf(String head, String name) {
        return new Answer(0, head, "").header(name);
    }
}
