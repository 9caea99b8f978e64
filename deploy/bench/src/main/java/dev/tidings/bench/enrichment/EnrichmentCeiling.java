package dev.tidings.bench.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.bench.Progress;
import dev.tidings.infra.ProjectPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How fast enrichment could go on this machine: the tagging pipeline alone, without Kafka, HTTP or
 * the other services, and the bare CRF underneath it.
 *
 * @param method how it was measured: in-process ({@link EnricherSpeed}) or, when that cannot run,
 *     {@code POST /v1/enrich} from two concurrent clients (then without a bare-CRF figure)
 * @param bareSettings whose tokenizer and CRF settings the bare run used
 * @param leftOut articles of the sample the pipeline failed on, measured by neither run
 * @param pagesPerSecond the ceiling, by the clock: pages over the fastest round's wall time
 * @param bareTokensPerSecond the bare CRF's, the same way; 0 when not measured
 * @param uncontendedPagesPerSecond from CPU time instead: the workers' CPU time spread over the
 *     threads, plus GC pauses; what the cores would do with nothing else running, if a busy machine
 *     slowed the clock figures (optimistic on a VM, where a core is seldom whole)
 * @param cpuMillisPerPage CPU of the whole JVM (JIT and GC included) per page tagged by the
 *     pipeline: comparable with enrichment-service's CPU per article
 */
public record EnrichmentCeiling(
        String method,
        int pages,
        long tokens,
        int threads,
        double pagesPerSecond,
        double tokensPerSecond,
        double barePagesPerSecond,
        double bareTokensPerSecond,
        double uncontendedPagesPerSecond,
        double bareUncontendedPagesPerSecond,
        double cpuMillisPerPage,
        List<Double> pipelineRoundsSeconds,
        List<Double> bareRoundsSeconds,
        List<Double> pipelineRoundsUncontendedSeconds,
        List<Double> bareRoundsUncontendedSeconds,
        List<String> taggers,
        String bareSettings,
        int leftOut,
        String firstFailure) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@link EnricherSpeed} in a child JVM on the packaged enrichment-service's jars. */
    public static EnrichmentCeiling inProcess(
            List<ObjectNode> sample, int threads, int rounds, Path work, Progress progress)
            throws IOException, InterruptedException {
        Path app = ProjectPaths.root().resolve("enrichment-service/target/quarkus-app");
        if (!Files.isDirectory(app.resolve("lib/main"))) {
            throw new IllegalStateException(app + " is missing: build enrichment-service first");
        }
        Files.createDirectories(work);
        Path sampleFile = work.resolve("enrichment-sample.jsonl");
        List<String> lines = new ArrayList<>();
        for (ObjectNode article : sample) {
            ObjectNode line = JSON.createObjectNode();
            line.put("url", article.path("url").asText());
            line.put("title", article.path("title").asText());
            line.put("body", article.path("body").asText());
            lines.add(line.toString());
        }
        Files.write(sampleFile, lines);
        // lib/boot too: the taggers log through JBoss Logging and read MicroProfile Config, whose
        // jars (and smallrye-common's) Quarkus keeps there, not in lib/main.
        String classpath = String.join(
                java.io.File.pathSeparator,
                ownLocation().toString(),
                app.resolve("app/*").toString(),
                app.resolve("lib/main/*").toString(),
                app.resolve("lib/boot/*").toString());
        // The service's own JVM settings (ServiceProcess): the same heap and collector.
        List<String> command = List.of(
                ProjectPaths.java(),
                "-Xmx1g",
                "-XX:+UseSerialGC",
                "-cp",
                classpath,
                EnricherSpeed.class.getName(),
                sampleFile.toString(),
                Integer.toString(threads),
                Integer.toString(rounds));
        Path log = work.resolve("enrichment-ceiling.log");
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        String result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("{")) {
                    result = line;
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0 || result == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the in-process enrichment measurement failed; see " + log);
        }
        JsonNode figures = JSON.readTree(result);
        int pages = figures.path("pages").asInt();
        long tokens = figures.path("tokens").asLong();
        double pipeline = figures.path("pipelineSeconds").asDouble();
        double bare = figures.path("bareSeconds").asDouble();
        List<String> taggers = new ArrayList<>();
        figures.path("taggers").forEach(t -> taggers.add(t.asText()));
        progress.note(
                "models loaded in %.1f s; taggers %s",
                figures.path("loadSeconds").asDouble(), taggers);
        return new EnrichmentCeiling(
                "in-process: StandardPipeline.load() on the packaged enrichment-service jars, " + threads
                        + " threads, fastest of " + rounds + " alternating rounds after 2 warm-up passes",
                pages,
                tokens,
                figures.path("threads").asInt(),
                pages / pipeline,
                tokens / pipeline,
                pages / bare,
                tokens / bare,
                pages / figures.path("pipelineUncontendedSeconds").asDouble(),
                pages / figures.path("bareUncontendedSeconds").asDouble(),
                1000 * figures.path("pipelineProcessCpuSeconds").asDouble() / pages,
                doubles(figures.path("pipelineRoundsSeconds")),
                doubles(figures.path("bareRoundsSeconds")),
                doubles(figures.path("pipelineRoundsUncontendedSeconds")),
                doubles(figures.path("bareRoundsUncontendedSeconds")),
                taggers,
                figures.path("bareSettings").asText(),
                figures.path("leftOut").asInt(),
                figures.path("firstFailure").isNull()
                        ? null
                        : figures.path("firstFailure").asText());
    }

    /**
     * The fallback: {@code POST /v1/enrich} (tagging without Kafka) from {@code clients} concurrent
     * clients, one warm-up pass and one timed pass over the sample. HTTP and JSON are included.
     */
    public static EnrichmentCeiling overHttp(
            String enrichmentUrl, List<ObjectNode> sample, int clients, Progress progress) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI enrich = new URI(enrichmentUrl + "/v1/enrich");
        List<byte[]> bodies = new ArrayList<>();
        for (ObjectNode article : sample) {
            ObjectNode request = JSON.createObjectNode();
            request.put("title", article.path("title").asText());
            request.put("body", article.path("body").asText());
            bodies.add(request.toString().getBytes(StandardCharsets.UTF_8));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            passOverHttp(http, enrich, bodies, clients, pool);
            double seconds = passOverHttp(http, enrich, bodies, clients, pool);
            progress.note("POST /v1/enrich: %d pages in %.1f s", bodies.size(), seconds);
            return new EnrichmentCeiling(
                    "fallback: POST /v1/enrich, " + clients + " concurrent clients, 1 warm-up pass, 1 timed pass"
                            + " (HTTP and JSON included; no bare-CRF figure)",
                    bodies.size(),
                    0,
                    clients,
                    bodies.size() / seconds,
                    0,
                    0,
                    0,
                    bodies.size() / seconds,
                    0,
                    0,
                    List.of(seconds),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    0,
                    null);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double passOverHttp(
            HttpClient http, URI enrich, List<byte[]> bodies, int clients, ExecutorService pool) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(enrich)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)))
                            .build();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (status != 200) {
                        throw new IllegalStateException("POST /v1/enrich answered " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asDouble()));
        return values;
    }

    /** The jar or classes folder this class was loaded from: the child JVM needs it too. */
    private static Path ownLocation() {
        try {
            return Path.of(EnricherSpeed.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
