package dev.tidings.bench.query;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept open across GETs, written and read with blocking I/O by the one
 * thread that owns it, as wrk2 drives each of its connections. The JDK's {@code HttpClient} hands
 * every answer from its selector thread to an executor; on two cores that hand-off alone put about
 * 4 ms on the p99 of a URL with no SQL behind it at 200 requests/s, more than the cheap statements
 * cost, so the load generator rather than query-service set those rows' figures.
 */
final class KeepAliveConnection implements AutoCloseable {
    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * GETs {@code target} (path and query) and reads the whole answer, so the connection is ready
     * for the next one; connects first when it is not open. Any failure closes the connection, and
     * the next GET opens a new one.
     *
     * @return the answer's status code
     */
    int get(String target) throws IOException {
        try {
            if (socket == null) {
                open();
            }
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: */*\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readAnswer();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket opened = new Socket();
        try {
            opened.connect(new InetSocketAddress(host, port), timeoutMillis);
            opened.setTcpNoDelay(true);
            opened.setSoTimeout(timeoutMillis);
            in = new BufferedInputStream(opened.getInputStream());
            out = opened.getOutputStream();
            socket = opened;
        } catch (IOException e) {
            opened.close();
            throw e;
        }
    }

    private int readAnswer() throws IOException {
        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = statusLine.startsWith("HTTP/1.0");
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(
                        lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:")) {
                closes = lower.contains("close");
            }
        }
        if (chunked) {
            skipChunks();
        } else if (length >= 0) {
            in.skipNBytes(length);
        } else {
            // Neither a length nor chunks: the body runs to the end of the connection.
            in.transferTo(OutputStream.nullOutputStream());
            closes = true;
        }
        if (closes) {
            close();
        }
        return status;
    }

    private void skipChunks() throws IOException {
        while (true) {
            String size = readLine();
            int extension = size.indexOf(';');
            long length = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
            if (length == 0) {
                // Trailers, if any, then the empty line that ends the answer.
                while (!readLine().isEmpty()) {}
                return;
            }
            in.skipNBytes(length);
            readLine();
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed in the middle of an answer");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a broken connection: nothing left to do with it.
            }
            socket = null;
        }
    }
}
