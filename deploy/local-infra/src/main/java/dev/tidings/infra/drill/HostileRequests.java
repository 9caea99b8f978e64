package dev.tidings.infra.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile drill's bad requests, generated: for each JSON endpoint, malformed and truncated JSON,
 * wrong types, missing fields, fields over their limits, invalid UTF-8, control characters and
 * {@code <script>} in every text field; for each GET endpoint, SQL metacharacters, scripts, control
 * characters, huge and repeated values in every query parameter its OpenAPI document names, bad
 * cursors and absurd limits, unknown parameters; for every path, wrong content types and methods.
 */
final class HostileRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request: what it tries, and the bytes to send. {@code body} null means no body. */
    record Request(
            String service,
            String label,
            String method,
            String pathAndQuery,
            Map<String, String> headers,
            byte[] body) {}

    static final List<String> SQL = List.of(
            "' OR '1'='1",
            "1' OR 1=1--",
            "\"; DROP TABLE articles; --",
            "'; select pg_sleep(5); --",
            "1) UNION SELECT null, current_user, version() --",
            "%' AND '%'='",
            "_%_%_",
            "\\",
            "\\'",
            "$$; drop table articles; $$",
            "'::text || chr(65) || '",
            "' AND (select count(*) from pg_authid) > 0 --",
            "1; COPY articles TO '/tmp/x'",
            "))))",
            "a' collate \"C\" --",
            "title:*",
            "!!!|||&&&:*<->");
    static final List<String> SCRIPTS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(document.cookie)",
            "<svg/onload=alert(1)>");
    static final List<String> CONTROL =
            List.of("a\u0000b", "\u0007\u0008\u001b[31m", "line\r\nInjected: 1", "\u202e\u200b");
    static final List<String> ABSURD_NUMBERS = List.of(
            "-1",
            "0",
            "101",
            "1000000",
            "2147483648",
            "99999999999999999999",
            "1e9",
            "NaN",
            "Infinity",
            "0x10",
            "1.5",
            "",
            " ",
            "ten",
            "-0",
            "+5",
            "١٢",
            "5;drop");
    static final List<String> BAD_CURSORS = List.of(
            "x",
            "====",
            "not base64 at all!",
            "eyJ2IjoxfQ",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "MTsyMDI1LTAxLTAxVDAwOjAwOjAwWjsnIE9SIDE9MS0t",
            "bnVsbA",
            "A".repeat(20_000),
            "%00%00",
            "..%2F..%2Fetc%2Fpasswd");

    private final String ingestKey;

    HostileRequests(String ingestKey) {
        this.ingestKey = ingestKey;
    }

    /** Requests against a JSON POST endpoint whose valid body is {@code valid}. */
    List<Request> jsonPost(
            String service, String path, ObjectNode valid, Map<String, Integer> textLimits, boolean authenticated) {
        List<Request> requests = new ArrayList<>();
        Map<String, String> json = headers(authenticated, "application/json");
        String text = valid.toString();

        // Malformed and truncated JSON.
        for (int cut : new int[] {1, 2, 5, 10, 20, 40, 80, text.length() / 2, text.length() - 2, text.length() - 1}) {
            if (cut > 0 && cut < text.length()) {
                requests.add(post(service, "truncated JSON at " + cut, path, json, text.substring(0, cut)));
            }
        }
        for (String malformed : List.of(
                "",
                " ",
                "{",
                "}",
                "{{}}",
                "{\"title\":}",
                "{\"title\" \"x\"}",
                "{'title':'single quotes'}",
                "{\"title\":\"x\",}",
                "{\"title\":\"unterminated}",
                "{\"title\":\"x\" \"body\":\"y\"}",
                "{\"title\":NaN}",
                "{\"title\":undefined}",
                "/* comment */ {}",
                "null",
                "true",
                "42",
                "\"a string\"",
                "[]",
                "[" + text + "]",
                text + text,
                text + "garbage",
                "\uFEFF" + text,
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000))) {
            requests.add(post(service, "malformed JSON " + abbreviate(malformed), path, json, malformed));
        }

        // Every field: wrong types, missing, over its limit, invalid UTF-8, control characters, scripts.
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            for (JsonNode wrong : List.of(
                    JSON.getNodeFactory().numberNode(12345),
                    JSON.getNodeFactory().numberNode(1.5e300),
                    JSON.getNodeFactory().booleanNode(true),
                    JSON.getNodeFactory().arrayNode().add("x"),
                    JSON.getNodeFactory().objectNode().put("nested", "x"),
                    JSON.getNodeFactory().nullNode())) {
                ObjectNode changed = valid.deepCopy();
                changed.set(field, wrong);
                requests.add(post(service, field + " as " + wrong.getNodeType(), path, json, changed.toString()));
            }
            ObjectNode missing = valid.deepCopy();
            missing.remove(field);
            requests.add(post(service, "missing " + field, path, json, missing.toString()));

            if (!valid.get(field).isTextual()) {
                continue;
            }
            int limit = textLimits.getOrDefault(field, 100_000);
            ObjectNode huge = valid.deepCopy();
            huge.put(field, "x".repeat(limit + 1));
            requests.add(post(service, field + " over its limit of " + limit, path, json, huge.toString()));
            for (byte[] invalid : List.of(
                    new byte[] {(byte) 0xC3, 0x28},
                    new byte[] {(byte) 0xFF, (byte) 0xFE},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})) {
                requests.add(new Request(
                        service,
                        field + " with invalid UTF-8",
                        "POST",
                        path,
                        json,
                        withRawBytes(valid, field, invalid)));
            }
            for (String control : CONTROL) {
                ObjectNode changed = valid.deepCopy();
                changed.put(field, valid.get(field).asText() + control);
                requests.add(
                        post(service, field + " with control characters (escaped)", path, json, changed.toString()));
            }
            // Raw control characters inside a JSON string are not JSON.
            requests.add(new Request(
                    service,
                    field + " with a raw control character",
                    "POST",
                    path,
                    json,
                    withRawBytes(valid, field, new byte[] {0x01, 0x0A, 0x1F})));
            for (String script : SCRIPTS) {
                ObjectNode changed = valid.deepCopy();
                changed.put(field, script);
                requests.add(post(service, field + " = " + script, path, json, changed.toString()));
            }
            for (String sql : SQL.subList(0, 4)) {
                ObjectNode changed = valid.deepCopy();
                changed.put(field, sql);
                requests.add(post(service, field + " = SQL " + sql, path, json, changed.toString()));
            }
        }
        ObjectNode unknown = valid.deepCopy();
        unknown.put("isAdmin", true).put("__proto__", "x").put("$where", "1");
        requests.add(post(service, "unknown fields", path, json, unknown.toString()));
        ObjectNode duplicateKeys = valid.deepCopy();
        requests.add(post(
                service,
                "duplicate keys",
                path,
                json,
                duplicateKeys.toString().replaceFirst("\\{", "{\"title\":\"first\",")));
        ArrayNode manyAuthors = JSON.createArrayNode();
        for (int i = 0; i < 1_000; i++) {
            manyAuthors.add("Author " + i);
        }
        ObjectNode authors = valid.deepCopy();
        authors.set("authors", manyAuthors);
        requests.add(post(service, "1,000 authors", path, json, authors.toString()));
        // Over every service's limit (ingest takes batches of up to 16 MiB).
        byte[] overall = new byte[17 * 1024 * 1024 + 10];
        java.util.Arrays.fill(overall, (byte) 'x');
        requests.add(new Request(service, "17 MiB body", "POST", path, json, overall));

        // Wrong content types, methods, paths.
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json-patch+json",
                "application/javascript",
                "image/png",
                "text/html; charset=utf-8",
                "*/*",
                "application/json; charset=ebcdic",
                "garbage")) {
            requests.add(post(service, "Content-Type " + type, path, headers(authenticated, type), text));
        }
        requests.add(new Request(service, "no Content-Type", "POST", path, headers(authenticated, null), bytes(text)));
        Map<String, String> xmlAccept = new LinkedHashMap<>(json);
        xmlAccept.put("Accept", "application/xml");
        requests.add(post(service, "Accept application/xml", path, xmlAccept, text));
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            requests.add(new Request(service, method + " " + path, method, path, json, bytes(text)));
        }
        for (String other : List.of(
                path + "/x",
                path + "/../../../etc/passwd",
                path + "%00",
                path + "?debug=true&admin=1",
                path + "?" + "a=" + "b".repeat(4_000),
                "/" + "a".repeat(3_000),
                "/v2" + path,
                "/q/../v1/admin",
                "/%2e%2e/%2e%2e/",
                "/v1/%ff%fe",
                path + "?x=%zz",
                path + "?x=%",
                path + "?x=%C3%28")) {
            requests.add(post(service, "POST " + abbreviate(other), other, json, text));
        }
        for (String host : List.of("ZAP%n%s%n%s%n%s%n%s", "", "[::1", "a b", "x".repeat(300), "127.0.0.1:99999")) {
            Map<String, String> withHost = new LinkedHashMap<>(json);
            withHost.put("Host", host);
            requests.add(post(service, "Host: " + abbreviate(host), path, withHost, text));
        }
        return requests;
    }

    /** Requests against a GET endpoint with these query parameters (from its OpenAPI document). */
    List<Request> get(String service, String path, List<String> parameters, List<String> headerParameters) {
        List<Request> requests = new ArrayList<>();
        Map<String, String> none = Map.of();
        for (String parameter : parameters) {
            List<String> values = new ArrayList<>();
            values.addAll(SQL);
            values.addAll(SCRIPTS);
            values.addAll(CONTROL);
            values.add("x".repeat(10_000));
            values.add("ünïcödé 北京 😀");
            if (parameter.equals("cursor")) {
                values.addAll(BAD_CURSORS);
            }
            if (List.of("limit", "size", "minTone", "maxTone", "from", "to").contains(parameter)) {
                values.addAll(ABSURD_NUMBERS);
            }
            for (String value : values) {
                requests.add(new Request(
                        service,
                        path + " " + parameter + "=" + abbreviate(value),
                        "GET",
                        path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                        none,
                        null));
            }
            // Invalid UTF-8 and raw escapes that are not percent-encodings.
            for (String raw : List.of("%C3%28", "%FF%FE", "%ED%A0%80", "%", "%zz", "%00")) {
                requests.add(new Request(
                        service,
                        path + " " + parameter + "=" + raw,
                        "GET",
                        path + "?" + parameter + "=" + raw,
                        none,
                        null));
            }
            StringBuilder repeated = new StringBuilder(path).append('?');
            for (int i = 0; i < 200; i++) {
                repeated.append(parameter).append("=v").append(i).append('&');
            }
            requests.add(new Request(
                    service, path + " " + parameter + " 200 times", "GET", repeated.toString(), none, null));
        }
        for (String header : headerParameters) {
            for (String value : List.of("abc", "-1", "99999999999999999999999", "1' OR '1'='1", "<script>", "")) {
                requests.add(new Request(
                        service, path + " header " + header + "=" + value, "GET", path, Map.of(header, value), null));
            }
        }
        for (String unknown : List.of("debug=1", "admin=true", "sql=select", "__proto__=x", "limit[]=5", "q[$ne]=1")) {
            requests.add(new Request(
                    service, path + " unknown parameter " + unknown, "GET", path + "?" + unknown, none, null));
        }
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            requests.add(new Request(
                    service,
                    method + " " + path,
                    method,
                    path,
                    Map.of("Content-Type", "application/json"),
                    bytes("{}")));
        }
        requests.add(new Request(
                service, path + " Accept application/xml", "GET", path, Map.of("Accept", "application/xml"), null));
        for (String host : List.of("ZAP%n%s%n%s", "a b", "[::1")) {
            requests.add(new Request(service, path + " Host: " + host, "GET", path, Map.of("Host", host), null));
        }
        return requests;
    }

    /** {@code GET /v1/articles/{id}}-style paths with bad ids. */
    List<Request> badIds(String service, String pathTemplate) {
        List<Request> requests = new ArrayList<>();
        List<String> ids = new ArrayList<>(List.of(
                "not-a-uuid",
                "00000000-0000-0000-0000-000000000000",
                "5d3a1bd4-2f63-5b3e-9d2e-2f1c7a1e9b4c",
                "5d3a1bd4-2f63-5b3e-9d2e-2f1c7a1e9b4",
                "5D3A1BD4-2F63-5B3E-9D2E-2F1C7A1E9B4C",
                "{5d3a1bd4-2f63-5b3e-9d2e-2f1c7a1e9b4c}",
                "1",
                "-1",
                "x".repeat(5_000),
                "..%2F..%2Fetc%2Fpasswd",
                "%00",
                "%C3%28",
                "%FF"));
        for (String sql : SQL) {
            ids.add(URLEncoder.encode(sql, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        for (String script : SCRIPTS) {
            ids.add(URLEncoder.encode(script, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        for (String id : ids) {
            String path = pathTemplate.replaceAll("\\{[^}]+}", id);
            requests.add(new Request(service, "GET " + abbreviate(path), "GET", path, Map.of(), null));
        }
        String someId = pathTemplate.replaceAll("\\{[^}]+}", "5d3a1bd4-2f63-5b3e-9d2e-2f1c7a1e9b4c");
        requests.add(new Request(service, "GET with unknown parameter", "GET", someId + "?fields=*", Map.of(), null));
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            requests.add(new Request(
                    service,
                    method + " " + pathTemplate,
                    method,
                    someId,
                    Map.of("Content-Type", "application/json"),
                    bytes("{}")));
        }
        return requests;
    }

    /** Requests for ingest's authentication: none, malformed, unknown. */
    List<Request> credentials(String service, String path, ObjectNode valid) {
        List<Request> requests = new ArrayList<>();
        List<String> values = new ArrayList<>(List.of(
                "",
                "Bearer",
                "Bearer ",
                "bearer " + ingestKey + "x",
                "Basic dXNlcjpwYXNz",
                "Token " + ingestKey,
                "Bearer " + ingestKey + " extra",
                "Bearer " + "k".repeat(6_000),
                "Bearer ' OR '1'='1",
                "Bearer <script>alert(1)</script>",
                "Bearer \u00e9\u00e8",
                "Bearer null",
                "Bearer " + ingestKey.substring(1),
                "Bearer " + ingestKey.toUpperCase(java.util.Locale.ROOT)));
        for (String value : values) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("Authorization", value);
            requests.add(post(service, "Authorization: " + abbreviate(value), path, headers, valid.toString()));
        }
        requests.add(
                post(service, "no Authorization", path, Map.of("Content-Type", "application/json"), valid.toString()));
        return requests;
    }

    private Map<String, String> headers(boolean authenticated, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (authenticated) {
            headers.put("Authorization", "Bearer " + ingestKey);
        }
        return headers;
    }

    private static Request post(String service, String label, String path, Map<String, String> headers, String body) {
        return new Request(service, label, "POST", path, headers, bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The valid JSON with {@code raw} spliced into the string value of {@code field}. */
    private static byte[] withRawBytes(ObjectNode valid, String field, byte[] raw) {
        ObjectNode marked = valid.deepCopy();
        String marker = "@@RAW@@";
        marked.put(field, valid.get(field).asText() + marker);
        String text = marked.toString();
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(text.substring(0, at)));
        out.writeBytes(raw);
        out.writeBytes(bytes(text.substring(at + marker.length())));
        return out.toByteArray();
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...(" + text.length() + ")";
    }

    /** The query and header parameters an OpenAPI operation declares. */
    static List<String> parameters(JsonNode operation, String in) {
        List<String> names = new ArrayList<>();
        for (Iterator<JsonNode> it = operation.path("parameters").elements(); it.hasNext(); ) {
            JsonNode parameter = it.next();
            if (in.equals(parameter.path("in").asText())) {
                names.add(parameter.path("name").asText());
            }
        }
        return names;
    }
}
