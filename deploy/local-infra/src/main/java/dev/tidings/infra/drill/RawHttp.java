package dev.tidings.infra.drill;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deliberately minimal HTTP/1.1 client over a plain socket, one connection per request (closed by
 * this side once the answer is read, unless the server closes it first). The JDK's
 * client refuses to send what the hostile drill must send (malformed percent-escapes, braces and
 * raw bytes in the target, odd header values); this writes the bytes as given.
 */
final class RawHttp {
    private static final int MAX_BODY = 4 * 1024 * 1024;

    /**
     * What came back. {@code status} is 0 when the server closed the connection without an answer.
     * Header names are lower case.
     */
    record Response(int status, Map<String, String> headers, String body, String failure) {
        String contentType() {
            String type = headers.getOrDefault("content-type", "");
            int semicolon = type.indexOf(';');
            return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        }
    }

    private RawHttp() {}

    static Response send(int port, String method, String target, Map<String, String> headers, byte[] body) {
        return send(port, method, target, headers, body, 0);
    }

    /**
     * @param chunkSize over 0: the body is sent chunked ({@code Transfer-Encoding: chunked}) in
     *     chunks of this many bytes, rather than with a {@code Content-Length}
     */
    static Response send(
            int port, String method, String target, Map<String, String> headers, byte[] body, int chunkSize) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
            if (!headers.containsKey("Host")) {
                head.writeBytes(("Host: 127.0.0.1:" + port + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            // Keep-alive, as clients send by default: the server closing the connection on its own then
            // tells a refusal by Vert.x's HTTP codec from an answer of the application.
            for (Map.Entry<String, String> header : headers.entrySet()) {
                head.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (body != null && chunkSize > 0) {
                head.writeBytes("Transfer-Encoding: chunked\r\n".getBytes(StandardCharsets.UTF_8));
            } else if (body != null) {
                head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            head.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            String writeFailure = null;
            try {
                out.write(head.toByteArray());
                if (body != null && chunkSize > 0) {
                    writeChunked(out, body, chunkSize);
                } else if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // The server may answer (413) and close before taking the whole body: read what it said.
                writeFailure = e.toString();
            }
            return read(new BufferedInputStream(socket.getInputStream()), method, writeFailure);
        } catch (IOException e) {
            return new Response(0, Map.of(), "", e.toString());
        }
    }

    private static void writeChunked(OutputStream out, byte[] body, int chunkSize) throws IOException {
        for (int from = 0; from < body.length; from += chunkSize) {
            int length = Math.min(chunkSize, body.length - from);
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, from, length);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Response read(InputStream in, String method, String writeFailure) throws IOException {
        String statusLine;
        try {
            statusLine = line(in);
            // An interim answer (100 Continue to an Expect header) comes before the real one.
            while (statusLine != null && statusLine.matches("HTTP/\\S+ 1\\d\\d.*")) {
                String header = line(in);
                while (header != null && !header.isEmpty()) {
                    header = line(in);
                }
                statusLine = line(in);
            }
        } catch (IOException e) {
            return new Response(0, Map.of(), "", writeFailure != null ? writeFailure : e.toString());
        }
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            return new Response(0, Map.of(), "", "no status line" + (writeFailure == null ? "" : "; " + writeFailure));
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        Response headOnly = new Response(status, headers, "", null);
        if (method.equals("HEAD")
                || status == 204
                || status == 304
                || headOnly.contentType().equals("text/event-stream")) {
            // An event stream never ends: the headers say enough.
            return headOnly;
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            long length = Long.parseLong(headers.get("content-length"));
            body = in.readNBytes((int) Math.min(length, MAX_BODY));
        } else {
            body = in.readNBytes(MAX_BODY);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8), null);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (body.size() < MAX_BODY) {
            String size = line(in);
            if (size == null) {
                break;
            }
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                break;
            }
            body.writeBytes(in.readNBytes(length));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            if (line.size() > 64 * 1024) {
                throw new IOException("header line too long");
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
