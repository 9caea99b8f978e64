package dev.tidings.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector small enough for a test: accepts OTLP/HTTP in protobuf ({@code POST /v1/traces},
 * an {@code ExportTraceServiceRequest}) on a loopback port, and keeps the spans' service name, trace
 * id, span id, parent span id and name.
 *
 * <p>It reads the few fields it needs straight from the protobuf wire format (see
 * opentelemetry-proto's trace.proto and common.proto), skipping every other field, rather than
 * depend on generated classes and a protobuf runtime.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One received span. Ids are lower-case hex, as in a traceparent header. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {}

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext("/", receiver::handle);
        server.start();
        return receiver;
    }

    /** The base URL to give exporters as their OTLP endpoint. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The request paths exporters posted to, for a failure message. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            paths.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = exchange.getRequestBody().readAllBytes();
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            if ("gzip".equalsIgnoreCase(encoding)) {
                try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = gzip.readAllBytes();
                }
            }
            if (exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                spans.addAll(exportTraceServiceRequest(body));
            }
            // An empty ExportTraceServiceResponse: everything accepted.
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    static List<ReceivedSpan> exportTraceServiceRequest(byte[] message) {
        List<ReceivedSpan> found = new ArrayList<>();
        for (Field field : Field.all(message)) {
            if (field.number == 1) {
                resourceSpans(field.bytes, found);
            }
        }
        return found;
    }

    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    private static void resourceSpans(byte[] message, List<ReceivedSpan> found) {
        String service = "";
        List<byte[]> scopeSpans = new ArrayList<>();
        for (Field field : Field.all(message)) {
            if (field.number == 1) {
                service = serviceName(field.bytes);
            } else if (field.number == 2) {
                scopeSpans.add(field.bytes);
            }
        }
        // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
        for (byte[] scope : scopeSpans) {
            for (Field field : Field.all(scope)) {
                if (field.number == 2) {
                    found.add(span(service, field.bytes));
                }
            }
        }
    }

    // Resource { repeated KeyValue attributes = 1; } KeyValue { string key = 1; AnyValue value = 2; }
    // AnyValue { oneof value { string string_value = 1; ... } }
    private static String serviceName(byte[] resource) {
        for (Field attribute : Field.all(resource)) {
            if (attribute.number != 1) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : Field.all(attribute.bytes)) {
                if (part.number == 1) {
                    key = part.text();
                } else if (part.number == 2) {
                    for (Field any : Field.all(part.bytes)) {
                        if (any.number == 1) {
                            value = any.text();
                        }
                    }
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return "";
    }

    // Span { bytes trace_id = 1; bytes span_id = 2; string trace_state = 3; bytes parent_span_id = 4;
    //        string name = 5; SpanKind kind = 6; ... }
    private static ReceivedSpan span(String service, byte[] message) {
        String traceId = "";
        String spanId = "";
        String parentSpanId = "";
        String name = "";
        int kind = 0;
        for (Field field : Field.all(message)) {
            switch (field.number) {
                case 1 -> traceId = HexFormat.of().formatHex(field.bytes);
                case 2 -> spanId = HexFormat.of().formatHex(field.bytes);
                case 4 -> parentSpanId = HexFormat.of().formatHex(field.bytes);
                case 5 -> name = field.text();
                case 6 -> kind = (int) field.varint;
                default -> {
                    // not needed
                }
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parentSpanId, name, kind);
    }

    /** One field of a protobuf message: its number, and its value as a varint or as bytes. */
    private record Field(int number, long varint, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        static List<Field> all(byte[] message) {
            List<Field> fields = new ArrayList<>();
            ByteBuffer in = ByteBuffer.wrap(message);
            while (in.hasRemaining()) {
                long tag = varint(in);
                int number = (int) (tag >>> 3);
                int wireType = (int) (tag & 7);
                switch (wireType) {
                    case 0 -> fields.add(new Field(number, varint(in), new byte[0]));
                    case 1 -> {
                        in.position(in.position() + 8);
                        fields.add(new Field(number, 0, new byte[0]));
                    }
                    case 2 -> {
                        byte[] bytes = new byte[(int) varint(in)];
                        in.get(bytes);
                        fields.add(new Field(number, 0, bytes));
                    }
                    case 5 -> {
                        in.position(in.position() + 4);
                        fields.add(new Field(number, 0, new byte[0]));
                    }
                    default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wireType);
                }
            }
            return fields;
        }

        private static long varint(ByteBuffer in) {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = in.get();
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("malformed varint");
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
