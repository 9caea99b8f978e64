package dev.tidings.infra.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.LongArticleTexts;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile drill's long articles: sent every way a producer may send them (a length, small
 * chunks, {@code Expect: 100-continue}, HTTP/2, the longest body escaped to one byte under the
 * limit), each must be accepted and then stored whole; one byte over the limit must be a 413; and
 * enrichment's preview must take the longest body too.
 */
final class LongArticlePosts {
    /** ingest's {@code tidings.ingest.limits.submission}. */
    static final int INGEST_LIMIT = 8 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STORED_WITHIN = Duration.ofMinutes(5);

    private final LocalStack stack;
    private final Map<String, String> headers;
    /** Per label: the body sent and the id ingest answered with. */
    private final Map<String, String[]> accepted = new LinkedHashMap<>();

    private final List<String> failures = new ArrayList<>();

    LongArticlePosts(LocalStack stack) {
        this.stack = stack;
        this.headers = Map.of("Content-Type", "application/json", "Authorization", "Bearer " + stack.ingestApiKey());
    }

    /** Sends them all; each outcome also goes through the drill's checks of every answer. */
    List<HostileDrill.Outcome> send() throws IOException, InterruptedException {
        List<HostileDrill.Outcome> outcomes = new ArrayList<>();
        int ingest = HostileDrill.port(stack.ingestUrl());
        String english100 = LongArticleTexts.english(100_000);
        String english300 = LongArticleTexts.english(300_000);
        String chinese = LongArticleTexts.chinese(LongArticleTexts.MAX_BODY_CHARACTERS);

        outcomes.add(expect(202, "100 KB with a length", english100, json("length", english100), ingest, Map.of(), 0));
        outcomes.add(expect(
                202, "300 KB in 1,000-byte chunks", english300, json("chunks", english300), ingest, Map.of(), 1_000));
        outcomes.add(expect(
                202,
                "1,000,000 Chinese characters (3 MB) after Expect: 100-continue",
                chinese,
                json("expect", chinese),
                ingest,
                Map.of("Expect", "100-continue"),
                0));
        outcomes.add(expect(
                202,
                "the longest body escaped, one byte under the limit, chunked",
                chinese,
                LongArticleTexts.largestEscapedJson(url("largest"), INGEST_LIMIT - 1),
                ingest,
                Map.of(),
                64 * 1024));
        outcomes.add(expect(
                413,
                "one byte over the limit, chunked",
                null,
                LongArticleTexts.largestEscapedJson(url("over"), INGEST_LIMIT + 1),
                ingest,
                Map.of(),
                64 * 1024));
        outcomes.add(overHttp2(english300));

        String preview = JSON.createObjectNode()
                .put("url", url("preview"))
                .put("title", "Keelung ferry crews accept the offer")
                .put("body", chinese)
                .toString();
        RawHttp.Response enriched = RawHttp.send(
                HostileDrill.port(stack.enrichmentUrl()),
                "POST",
                "/v1/enrich",
                Map.of("Content-Type", "application/json"),
                preview.getBytes(StandardCharsets.UTF_8));
        outcomes.add(outcome("enrichment", "/v1/enrich", "the longest body, previewed", enriched));
        if (enriched.status() != 200) {
            failures.add("enrichment's preview of the longest body answered " + enriched.status());
        }
        return outcomes;
    }

    /**
     * Waits until every accepted long article is stored, and compares its body.
     *
     * @return what went wrong with the long articles, sending them included; empty when nothing did
     */
    List<String> checkStoredWhole(PrintStream out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STORED_WITHIN.toNanos();
        int storedWhole = 0;
        for (Map.Entry<String, String[]> article : accepted.entrySet()) {
            HttpRequest get = HttpRequest.newBuilder(
                            URI.create(stack.queryUrl() + "/v1/articles/" + article.getValue()[1]))
                    .build();
            HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
            while (response.statusCode() == 404 && System.nanoTime() < deadline) {
                HostileDrill.pause(Duration.ofSeconds(1));
                response = http.send(get, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != 200) {
                failures.add(article.getKey() + ": not stored (query answered " + response.statusCode() + ")");
                continue;
            }
            String body = JSON.readTree(response.body()).path("body").asText();
            if (body.equals(article.getValue()[0])) {
                storedWhole++;
            } else {
                failures.add(article.getKey() + ": stored a body of " + body.length() + " characters, sent "
                        + article.getValue()[0].length());
            }
        }
        out.println();
        out.println("== Hostile drill: long articles ==");
        out.println("accepted               " + accepted.size() + " (100 KB to 8 MiB of JSON, framed every way)");
        out.println("stored whole           " + storedWhole);
        failures.forEach(failure -> out.println("  " + failure));
        return failures;
    }

    private HostileDrill.Outcome expect(
            int status, String label, String body, String json, int port, Map<String, String> extra, int chunkSize) {
        Map<String, String> requestHeaders = new LinkedHashMap<>(headers);
        requestHeaders.putAll(extra);
        RawHttp.Response response = RawHttp.send(
                port, "POST", "/v1/articles", requestHeaders, json.getBytes(StandardCharsets.UTF_8), chunkSize);
        record(status, label, body, response);
        return outcome("ingest", "/v1/articles", "long article: " + label, response);
    }

    private HostileDrill.Outcome overHttp2(String body) throws IOException, InterruptedException {
        String label = "300 KB over HTTP/2";
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        // The first request upgrades the connection (h2c); the post then goes over HTTP/2.
        http.send(
                HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/q/health/live"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/v1/articles"))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json("h2", body)));
        headers.forEach(post::header);
        HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        answer.headers().map().forEach((name, values) -> responseHeaders.put(name.toLowerCase(), values.get(0)));
        RawHttp.Response response = new RawHttp.Response(answer.statusCode(), responseHeaders, answer.body(), null);
        if (answer.version() != HttpClient.Version.HTTP_2) {
            failures.add(label + ": the client did not get HTTP/2 (" + answer.version() + ")");
        }
        record(202, label, body, response);
        return outcome("ingest", "/v1/articles", "long article: " + label, response);
    }

    private void record(int status, String label, String body, RawHttp.Response response) {
        if (response.status() != status) {
            failures.add(label + ": expected " + status + ", got " + response.status() + " "
                    + HostileRequests.abbreviate(response.body()));
            return;
        }
        if (status == 202) {
            try {
                accepted.put(label, new String[] {
                    body, JSON.readTree(response.body()).path("id").asText()
                });
            } catch (IOException e) {
                failures.add(label + ": the 202 body is not JSON");
            }
        }
    }

    private static HostileDrill.Outcome outcome(String service, String path, String label, RawHttp.Response response) {
        return new HostileDrill.Outcome(
                new HostileRequests.Request(service, label, "POST", path, Map.of(), new byte[0]), response);
    }

    private static String json(String name, String body) {
        return JSON.createObjectNode()
                .put("url", url(name))
                .put("title", "Keelung ferry crews accept the offer")
                .put("body", body)
                .toString();
    }

    private static String url(String name) {
        return "https://drill.tidings.invalid/long/" + name;
    }
}
