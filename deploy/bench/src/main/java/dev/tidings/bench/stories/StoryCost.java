package dev.tidings.bench.stories;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.bench.BenchCommand;
import dev.tidings.bench.archive.ArchiveArticles;
import dev.tidings.bench.archive.ArchiveTexts;
import dev.tidings.bench.cost.ProcessTable;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.Embedding;
import dev.tidings.infra.KafkaBroker;
import dev.tidings.infra.Ports;
import dev.tidings.infra.PostgresServer;
import dev.tidings.infra.ProjectPaths;
import dev.tidings.infra.QuietLibraryLogs;
import dev.tidings.infra.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code deploy/local/stories-cost.sh N}: what story assignment costs query-service and PostgreSQL
 * as the store grows (issue 16). For each mode, stories on and off, on a fresh PostgreSQL and
 * broker: N enriched archive articles ({@link ArchiveArticles}) are published straight to
 * {@code articles.enriched} (ingest and enrichment would be the bottleneck) as soon as query-service
 * is ready and idle, and it stores them as they arrive (the producer is far faster). Every {@code window}
 * stored articles it prints the assignment timer's mean, p50 and p99 over the window, the CPU
 * seconds per stored article of query-service and of PostgreSQL (its postmaster and backends, from
 * /proc), the store rate and the load average.
 *
 * <p>The archive articles carry no embedding; each gets a synthetic one: a direction per source
 * text (articles drawn from the same text are the archive's stories and near-duplicates) plus noise
 * per article, so that the cosine work on the mean embeddings is what real vectors cost. The vectors
 * are not a model's: the figures measure cost, never grouping quality.
 */
public final class StoryCost {
    private static final int DIMENSIONS = 384;
    private static final String MODEL = "all-MiniLM-L6-v2-int8";

    private StoryCost() {}

    public static void main(String[] args) throws Exception {
        QuietLibraryLogs.apply();
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 20_000;
        long window = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : Math.max(1_000, count / 10);
        List<String> modes = args.length > 2 ? List.of(args[2].split(",")) : List.of("on", "off");
        Path work = ProjectPaths.root().resolve("deploy/local/.run/stories-cost");
        System.out.printf(
                "Tidings stories cost: %,d archive articles straight to articles.enriched, window %,d, %d cores,"
                        + " load average %s%n"
                        + "Embeddings are SYNTHETIC (a direction per source text plus noise per article): cost, not"
                        + " grouping quality. The machine is shared: figures are noisy.%n",
                count, window, Runtime.getRuntime().availableProcessors(), BenchCommand.loadAverage());
        ArchiveArticles articles = new ArchiveArticles(
                ArchiveTexts.read(List.of(
                        Path.of("/work/shared/data/news/reuters21578.jsonl"),
                        Path.of("/work/shared/data/news/masakhanews-eng.jsonl"))),
                count,
                Instant.now().truncatedTo(ChronoUnit.DAYS),
                18,
                ProjectPaths.root().resolve("enrichment-service/src/main/resources/topic/iptc-media-topics.tsv"));
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String mode : modes) {
            rates.put(mode, run(articles, window, mode.equals("on"), work.resolve(mode)));
        }
        if (rates.containsKey("on") && rates.containsKey("off")) {
            System.out.printf(
                    "whole-run store rate: stories on %.1f/s, off %.1f/s, ratio on/off %.3f (target >= 0.9)%n",
                    rates.get("on"), rates.get("off"), rates.get("on") / rates.get("off"));
        }
    }

    /** One mode on a fresh stack; returns the whole run's store rate (articles per second). */
    private static double run(ArchiveArticles articles, long window, boolean stories, Path work) throws Exception {
        deleteTree(work);
        Path logs = Files.createDirectories(work.resolve("logs"));
        System.out.printf(
                "%n== stories %s: PostgreSQL, broker and query-service in %s%n", stories ? "ON" : "OFF", work);
        PostgresServer postgres = null;
        KafkaBroker broker = null;
        ServiceProcess query = null;
        try {
            postgres = PostgresServer.start(work.resolve("pgdata"), logs.resolve("postgres.log"), Ports.free(), false);
            broker = KafkaBroker.start(
                    work.resolve("kafka"), logs.resolve("kafka.log"), Ports.free(), Ports.free(), "512m");
            broker.createTopics(1);
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl());
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
            env.put("QUARKUS_DEVSERVICES_ENABLED", "false");
            env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            env.put("TIDINGS_QUERY_STORIES_ENABLED", Boolean.toString(stories));
            int port = Ports.free();
            query = ServiceProcess.start("query-service", port, "384m", env, logs.resolve("query-service.log"));
            query.awaitReady(Duration.ofSeconds(180));
            long queryPid = ProcessTable.listeningOn(port).orElseThrow();
            long postgresPid = ProcessTable.listeningOn(postgres.port()).orElseThrow();
            String metricsUrl = "http://127.0.0.1:" + port + "/q/metrics";

            System.out.printf(
                    "%9s %8s %9s %9s %9s %11s %11s %9s  %s%n",
                    "stored",
                    "rate/s",
                    "assign ms",
                    "p50 ms",
                    "p99 ms",
                    "query cpu ms",
                    "pg cpu ms",
                    "store ms",
                    "load average (per article figures over the window)");
            Snapshot first = Snapshot.take(metricsUrl, queryPid, postgresPid);
            // While idle query-service is ready at once; then it stores as the events arrive (the
            // producer, far faster, is done within the first window).
            long started = System.nanoTime();
            publish(articles, broker.bootstrapServers());
            System.out.printf(
                    "published %,d events in %.0f s%n", articles.count(), (System.nanoTime() - started) / 1e9);

            Snapshot previous = first;
            long next = window;
            long deadline = System.nanoTime() + Duration.ofHours(3).toNanos();
            while (true) {
                Thread.sleep(1000);
                Snapshot now = Snapshot.take(metricsUrl, queryPid, postgresPid);
                boolean done = now.handled() >= articles.count();
                if (now.stored() >= next || done) {
                    print(previous, now);
                    previous = now;
                    while (next <= now.stored()) {
                        next += window;
                    }
                }
                if (done) {
                    double rate = (now.stored() - first.stored()) / ((now.nanos() - first.nanos()) / 1e9);
                    System.out.printf(
                            "stories %s: %,d stored, %,d skipped, %,d failed; %.1f stored/s from query-service's start"
                                    + " of consumption; assign timer count %,d%n",
                            stories ? "ON" : "OFF",
                            (long) now.stored(),
                            (long) now.metric("tidings_query_articles_skipped_total"),
                            (long) now.metric("tidings_query_articles_failed_total"),
                            rate,
                            (long) now.metric("tidings_stories_assign_seconds_count"));
                    return rate;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not all articles stored within 3 hours");
                }
            }
        } finally {
            if (query != null) {
                query.close();
            }
            if (broker != null) {
                broker.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
            deleteTree(work.resolve("pgdata"));
            deleteTree(work.resolve("kafka"));
        }
    }

    private static void print(Snapshot from, Snapshot to) {
        double articles = to.stored() - from.stored();
        if (articles <= 0) {
            return;
        }
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        double assigned =
                to.metric("tidings_stories_assign_seconds_count") - from.metric("tidings_stories_assign_seconds_count");
        double assignMean = assigned == 0
                ? Double.NaN
                : (to.metric("tidings_stories_assign_seconds_sum") - from.metric("tidings_stories_assign_seconds_sum"))
                        / assigned
                        * 1000;
        double stores = to.metric("tidings_query_store_duration_seconds_count")
                - from.metric("tidings_query_store_duration_seconds_count");
        double storeMean = (to.metric("tidings_query_store_duration_seconds_sum")
                        - from.metric("tidings_query_store_duration_seconds_sum"))
                / stores
                * 1000;
        System.out.printf(
                "%,9d %8.1f %9.2f %9.2f %9.2f %11.2f %11.2f %9.2f  %s%n",
                (long) to.stored(),
                articles / seconds,
                assignMean,
                quantile(from, to, 0.5) * 1000,
                quantile(from, to, 0.99) * 1000,
                (to.queryCpu() - from.queryCpu()) / articles * 1000,
                (to.postgresCpu() - from.postgresCpu()) / articles * 1000,
                storeMean,
                BenchCommand.loadAverage());
    }

    /** The bucket bound under which the share {@code q} of the window's assignments fell. */
    private static double quantile(Snapshot from, Snapshot to, double q) {
        TreeMap<Double, Double> window = new TreeMap<>();
        to.buckets().forEach((le, n) -> window.put(le, n - from.buckets().getOrDefault(le, 0.0)));
        double total = window.isEmpty() ? 0 : window.lastEntry().getValue();
        if (total <= 0) {
            return Double.NaN;
        }
        for (var bucket : window.entrySet()) {
            if (bucket.getValue() >= q * total) {
                return bucket.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static void publish(ArchiveArticles articles, String bootstrap) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                KafkaBroker.MAX_RECORD_BYTES);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (long i = 0; i < articles.count(); i++) {
                ObjectNode event = articles.article(i).event();
                event.set("embedding", ArticleEventJson.mapper().valueToTree(embedding(event, i)));
                sends.add(producer.send(new ProducerRecord<>(
                        "articles.enriched", event.get("id").asText(), event.toString())));
                if (sends.size() >= 5_000) {
                    for (Future<RecordMetadata> send : sends) {
                        send.get();
                    }
                    sends.clear();
                }
            }
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        }
    }

    /**
     * A synthetic vector: the direction of the article's source text (its title), plus noise of its
     * own at about a third of that length, so that two articles of one text are at a cosine of about
     * 0.9 and two of different texts near 0.
     */
    static Embedding embedding(ObjectNode event, long i) {
        SplittableRandom story =
                new SplittableRandom(event.path("title").asText().hashCode());
        SplittableRandom own = new SplittableRandom(0x5EED_0000_0000L + i);
        float[] vector = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            vector[d] = (float) (gaussian(story) + 0.33 * gaussian(own));
        }
        return Embedding.of(MODEL, vector);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Prometheus text of query-service and CPU seconds from /proc, at one moment. */
    record Snapshot(
            long nanos, Map<String, Double> metrics, Map<Double, Double> buckets, double queryCpu, double postgresCpu) {

        static Snapshot take(String url, long queryPid, long postgresPid) throws IOException, InterruptedException {
            String text = HTTP.send(
                            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Map<String, Double> metrics = new LinkedHashMap<>();
            Map<Double, Double> buckets = new TreeMap<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                // OpenMetrics exemplars follow the value: "name{…} 12.0 # {trace_id=…} 1.0 1796318217.0".
                int exemplar = line.indexOf(" # ");
                if (exemplar >= 0) {
                    line = line.substring(0, exemplar);
                }
                int space = line.lastIndexOf(' ');
                String name = line.substring(0, space);
                double value = Double.parseDouble(line.substring(space + 1));
                if (name.startsWith("tidings_stories_assign_seconds_bucket")) {
                    String le = name.replaceAll(".*le=\"([^\"]+)\".*", "$1");
                    buckets.put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), value);
                }
                int brace = name.indexOf('{');
                metrics.merge(brace < 0 ? name : name.substring(0, brace), value, Double::sum);
            }
            return new Snapshot(
                    System.nanoTime(),
                    metrics,
                    buckets,
                    ProcessTable.cpuSeconds(queryPid),
                    ProcessTable.treeCpuSeconds(postgresPid));
        }

        double metric(String name) {
            return metrics.getOrDefault(name, 0.0);
        }

        double stored() {
            return metric("tidings_query_articles_stored_total");
        }

        double handled() {
            return stored()
                    + metric("tidings_query_articles_skipped_total")
                    + metric("tidings_query_articles_failed_total");
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
