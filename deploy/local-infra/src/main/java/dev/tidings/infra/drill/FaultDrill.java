package dev.tidings.infra.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.infra.ConsumerGroups;
import dev.tidings.infra.IngestApiKeys;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.Ports;
import dev.tidings.infra.PostgresServer;
import dev.tidings.infra.ProjectPaths;
import dev.tidings.infra.QuietLibraryLogs;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code deploy/local/fault-drill.sh}: pushes generated articles through a durable local stack while
 * every process of it is killed or restarted once, then checks that every article ingest
 * acknowledged (202) is stored, in its latest acknowledged revision, exactly once.
 *
 * <p>The producer behaves like a real one: a bounded number of requests in flight, and on 429, 503,
 * 5xx or a connection failure it waits (Retry-After when given) and sends again. An article counts
 * as acknowledged only once it got a 202; each revision of one URL is sent only after the previous
 * one was acknowledged, as a producer that updates a page would.
 */
public final class FaultDrill {
    private static final PrintStream OUT = System.out;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(60);
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(15);

    private final LocalStack stack;
    private final int concurrency;
    // HTTP/1.1, what most producers speak to a plain-HTTP endpoint (the JDK's default asks for an h2c upgrade).
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final long started = System.nanoTime();

    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    /** Per article number: its id and the newest acknowledged revision with its version. */
    private final Map<Integer, Acknowledged> acks = new ConcurrentHashMap<>();

    record Acknowledged(String id, int revision, long version) {}

    record Submission(int article, int revision) {}

    private FaultDrill(LocalStack stack, int concurrency) {
        this.stack = stack;
        this.concurrency = concurrency;
    }

    public static void main(String[] args) throws Exception {
        // Its own lines only: the stack's start-up messages too.
        QuietLibraryLogs.apply("dev.tidings.infra");
        int total = 10_000;
        int concurrency = 16;
        Path work = ProjectPaths.root().resolve("deploy/local/.drills/fault");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> total = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> {
                    System.err.println(
                            "usage: deploy/local/fault-drill.sh [--articles N] [--concurrency N] [--work DIR]");
                    System.exit(2);
                }
            }
        }
        OUT.println("Fault drill: " + total + " submissions, " + concurrency + " in flight; work dir " + work);
        long start = System.nanoTime();
        LocalStack.Options options = new LocalStack.Options(
                work, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), true);
        int exit;
        try (LocalStack stack = LocalStack.start(options)) {
            // Ctrl-C or SIGTERM: stop every process the stack started.
            Thread stopStack = new Thread(stack::close);
            Runtime.getRuntime().addShutdownHook(stopStack);
            OUT.printf("Stack ready in %.0f s; logs in %s%n", seconds(start), stack.logs());
            exit = new FaultDrill(stack, concurrency).run(total);
            Runtime.getRuntime().removeShutdownHook(stopStack);
        }
        OUT.printf("Fault drill took %.1f min in all%n", seconds(start) / 60);
        System.exit(exit);
    }

    private int run(int total) throws Exception {
        List<Submission> plan = plan(total);
        AtomicBoolean producerFinished = new AtomicBoolean();
        Faults faults = new Faults(stack, acknowledged, plan.size(), producerFinished::get, this::log);
        Thread faultThread = new Thread(faults, "faults");
        faultThread.start();
        Thread progress = new Thread(() -> reportProgress(producerFinished), "progress");
        progress.setDaemon(true);
        progress.start();

        push(plan);
        producerFinished.set(true);
        log(
                "all %d submissions answered: %d acknowledged, %d given up, %d refused; %d HTTP attempts, by status %s",
                plan.size(), acknowledged.get(), gaveUp.get(), refused.get(), attempts.get(), new TreeMap<>(byStatus));
        faultThread.join();
        double pushedAt = seconds(started);

        awaitIdle();
        double idleAt = seconds(started);
        Report report = check();
        report.print(OUT, faults.log(), pushedAt, idleAt);
        return report.passed() && gaveUp.get() == 0 && refused.get() == 0 && faults.failure() == null ? 0 : 1;
    }

    /**
     * Nine in ten submissions are new articles; the others are an update (revision 1, changed body) of
     * an article sent some 900 submissions earlier, spread evenly over the run.
     */
    static List<Submission> plan(int total) {
        int updates = total / 10;
        int originals = total - updates;
        int lead = Math.min(900, originals / 10);
        int step = Math.max(1, (originals - lead) / Math.max(1, updates));
        List<Submission> plan = new ArrayList<>(total);
        int updated = 0;
        for (int article = 0; article < originals; article++) {
            plan.add(new Submission(article, 0));
            if (article >= lead && (article - lead) % step == 0 && updated < updates) {
                plan.add(new Submission(updated * step, 1));
                updated++;
            }
        }
        while (updated < updates) {
            plan.add(new Submission(updated * step, 1));
            updated++;
        }
        return plan;
    }

    private void push(List<Submission> plan) {
        Semaphore inFlight = new Semaphore(concurrency);
        Map<Integer, CompletableFuture<Boolean>> originals = new HashMap<>();
        List<CompletableFuture<Boolean>> all = new ArrayList<>(plan.size());
        for (Submission submission : plan) {
            inFlight.acquireUninterruptibly();
            CompletableFuture<Boolean> previous = submission.revision() == 0
                    ? CompletableFuture.completedFuture(true)
                    : originals.get(submission.article());
            CompletableFuture<Boolean> done = previous.thenCompose(previousAcked -> previousAcked
                            ? submit(submission, System.nanoTime())
                            : CompletableFuture.completedFuture(false))
                    .whenComplete((ok, failure) -> inFlight.release());
            if (submission.revision() == 0) {
                originals.put(submission.article(), done);
            }
            all.add(done);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    /** Sends one submission until it is acknowledged, refused for good, or given up. */
    private CompletableFuture<Boolean> submit(Submission submission, long firstTry) {
        ObjectNode article = DrillArticles.submission(submission.article(), submission.revision());
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/v1/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", IngestApiKeys.bearer(stack.ingestApiKey()))
                .POST(HttpRequest.BodyPublishers.ofString(article.toString()))
                .build();
        return attempt(submission, request, firstTry, 1);
    }

    private CompletableFuture<Boolean> attempt(Submission submission, HttpRequest request, long firstTry, int n) {
        attempts.incrementAndGet();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    int status = failure != null ? 0 : response.statusCode();
                    byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status == 202) {
                        acknowledge(submission, response.body());
                        return CompletableFuture.completedFuture(true);
                    }
                    if (status != 0 && !RETRYABLE.contains(status)) {
                        refused.incrementAndGet();
                        log(
                                "article %d revision %d refused for good: HTTP %d %s",
                                submission.article(), submission.revision(), status, response.body());
                        return CompletableFuture.completedFuture(false);
                    }
                    if (System.nanoTime() - firstTry > GIVE_UP_AFTER.toNanos()) {
                        gaveUp.incrementAndGet();
                        log(
                                "article %d revision %d given up after %d tries",
                                submission.article(), submission.revision(), n);
                        return CompletableFuture.completedFuture(false);
                    }
                    long delayMillis = Math.min(5_000, 250L << Math.min(n - 1, 5));
                    if (response != null) {
                        delayMillis = response.headers()
                                .firstValue("Retry-After")
                                .map(FaultDrill::retryAfterMillis)
                                .orElse(delayMillis);
                    }
                    return CompletableFuture.supplyAsync(
                                    () -> null, CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS))
                            .thenCompose(ignored -> attempt(submission, request, firstTry, n + 1));
                })
                .thenCompose(result -> result);
    }

    private static long retryAfterMillis(String header) {
        try {
            return Math.min(5_000, Math.max(100, Long.parseLong(header.trim()) * 1_000));
        } catch (NumberFormatException e) {
            return 1_000;
        }
    }

    private void acknowledge(Submission submission, String body) {
        try {
            JsonNode accepted = JSON.readTree(body);
            Acknowledged ack = new Acknowledged(
                    accepted.path("id").asText(),
                    submission.revision(),
                    accepted.path("version").asLong());
            acks.merge(submission.article(), ack, (old, now) -> now.revision() >= old.revision() ? now : old);
            acknowledged.incrementAndGet();
        } catch (IOException e) {
            throw new IllegalStateException("ingest's 202 body is not JSON: " + body, e);
        }
    }

    private void reportProgress(AtomicBoolean producerFinished) {
        while (!producerFinished.get()) {
            Ports.pause(Duration.ofSeconds(20));
            log(
                    "progress: %d acknowledged, %d HTTP attempts, by status %s",
                    acknowledged.get(), attempts.get(), new TreeMap<>(byStatus));
        }
    }

    /** Waits until both consumer groups have no lag and no row was written for a while. */
    private void awaitIdle() throws SQLException {
        log("waiting for the pipeline to drain (lag 0 on both groups, no new rows for %d s)", QUIET_PERIOD.toSeconds());
        long deadline = System.nanoTime() + IDLE_TIMEOUT.toNanos();
        long lastChange = System.nanoTime();
        String lastState = "";
        long lastLog = 0;
        try (ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers())) {
            while (System.nanoTime() < deadline) {
                long enrichmentLag = groups.lag("tidings-enrichment", "articles.ingested");
                long queryLag = groups.lag("tidings-query", "articles.enriched");
                String rows = rowState();
                String state = enrichmentLag + "/" + queryLag + "/" + rows;
                if (!state.equals(lastState)) {
                    lastState = state;
                    lastChange = System.nanoTime();
                }
                if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(30)) {
                    log("draining: enrichment lag %d, query lag %d, rows/last write %s", enrichmentLag, queryLag, rows);
                    lastLog = System.nanoTime();
                }
                if (enrichmentLag == 0 && queryLag == 0 && System.nanoTime() - lastChange > QUIET_PERIOD.toNanos()) {
                    log("idle: both lags 0, %s", rows);
                    return;
                }
                Ports.pause(Duration.ofSeconds(2));
            }
        }
        log("the pipeline did not drain within %d min; checking what is there", IDLE_TIMEOUT.toMinutes());
    }

    private String rowState() throws SQLException {
        try (Connection db = database();
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("select count(*), max(stored_at) from articles")) {
            result.next();
            return result.getLong(1) + " rows, last " + result.getString(2);
        } catch (SQLException e) {
            // PostgreSQL restarting: not idle.
            return "database unreachable";
        }
    }

    private Connection database() throws SQLException {
        PostgresServer postgres = stack.postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    private Report check() throws Exception {
        Map<String, String[]> rows = new HashMap<>();
        try (Connection db = database();
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(
                        "select id, title, version, enrichment_version, language_code, md5(body) from articles")) {
            while (result.next()) {
                rows.put(result.getString(1), new String[] {
                    result.getString(2),
                    result.getString(3),
                    result.getString(4),
                    result.getString(5),
                    result.getString(6)
                });
            }
        }
        Report report = new Report();
        report.acknowledgedSubmissions = acknowledged.get();
        report.acknowledgedArticles = acks.size();
        report.rows = rows.size();
        Set<String> ackedIds = new HashSet<>();
        for (Map.Entry<Integer, Acknowledged> entry : acks.entrySet()) {
            Acknowledged ack = entry.getValue();
            ackedIds.add(ack.id());
            String[] row = rows.get(ack.id());
            if (ack.revision() > 0) {
                report.updatesAcknowledged++;
            }
            if (row == null) {
                report.missing++;
                report.examples.add("missing: article " + entry.getKey() + " id " + ack.id());
                continue;
            }
            String expected = DrillArticles.title(entry.getKey(), ack.revision());
            long storedVersion = Long.parseLong(row[1]);
            boolean enriched = row[3] != null && Integer.parseInt(row[2]) >= 1;
            boolean whole =
                    md5(DrillArticles.mainStory(entry.getKey(), ack.revision())).equals(row[4]);
            if (DrillArticles.isLong(entry.getKey())) {
                report.longAcknowledged++;
                if (expected.equals(row[0]) && whole) {
                    report.longStoredWhole++;
                }
            }
            if (expected.equals(row[0]) && enriched && !whole) {
                report.wrongContent++;
                report.examples.add("body not stored whole: article " + entry.getKey() + " id " + ack.id());
            } else if (expected.equals(row[0]) && enriched) {
                report.stored++;
                if (storedVersion < ack.version()) {
                    // A retried submission: an earlier try of the same content reached Kafka before
                    // ingest could answer, and query keeps unchanged content at its first version.
                    report.storedAtEarlierTry++;
                }
            } else if (!enriched) {
                report.notEnriched++;
                report.examples.add("not enriched: " + ack.id());
            } else if (isOlderRevision(entry.getKey(), ack.revision(), row[0])) {
                report.olderRevision++;
                report.examples.add("older revision: article " + entry.getKey() + " stored '" + row[0]
                        + "', acknowledged revision " + ack.revision());
            } else {
                report.wrongContent++;
                report.examples.add("unexpected title for " + ack.id() + ": " + row[0]);
            }
        }
        report.rowsNeverAcknowledged = (int)
                rows.keySet().stream().filter(id -> !ackedIds.contains(id)).count();
        listing(report);
        try (ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers())) {
            report.ingestedDlq = groups.recordCount("articles.ingested.dlq");
            report.enrichedDlq = groups.recordCount("articles.enriched.dlq");
        }
        return report;
    }

    /** As PostgreSQL's {@code md5(text)}: hex MD5 of the UTF-8 bytes. */
    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isOlderRevision(int article, int revision, String storedTitle) {
        for (int r = 0; r < revision; r++) {
            if (DrillArticles.title(article, r).equals(storedTitle)) {
                return true;
            }
        }
        return false;
    }

    /** Pages through query's listing, newest first, and counts ids seen twice. */
    private void listing(Report report) throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        String extra = "&includeDuplicates=true";
        do {
            String url = stack.queryUrl() + "/v1/articles?limit=100" + extra
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 400 && !extra.isEmpty() && cursor == null) {
                extra = ""; // an older query-service without the duplicates filter
                continue;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("listing answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode page = JSON.readTree(response.body());
            for (JsonNode item : page.path("items")) {
                if (!seen.add(item.path("id").asText())) {
                    report.listedTwice++;
                }
            }
            cursor = page.path("nextCursor").isTextual()
                    ? page.path("nextCursor").asText()
                    : null;
        } while (cursor != null);
        report.listed = seen.size();
    }

    private void log(String format, Object... args) {
        OUT.printf("[%6.1f s] %s%n", seconds(started), String.format(format, args));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** What the drill found. */
    static final class Report {
        int acknowledgedSubmissions;
        int acknowledgedArticles;
        int updatesAcknowledged;
        int rows;
        int stored;
        int storedAtEarlierTry;
        int missing;
        int olderRevision;
        int notEnriched;
        int wrongContent;
        int longAcknowledged;
        int longStoredWhole;
        int rowsNeverAcknowledged;
        int listed;
        int listedTwice;
        long ingestedDlq;
        long enrichedDlq;
        final List<String> examples = new ArrayList<>();

        int duplicates() {
            return olderRevision + listedTwice;
        }

        boolean passed() {
            return missing == 0
                    && duplicates() == 0
                    && notEnriched == 0
                    && wrongContent == 0
                    && longStoredWhole == longAcknowledged;
        }

        void print(PrintStream out, List<String> faults, double pushedAt, double idleAt) {
            out.println();
            out.println("== Fault drill result ==");
            out.println("faults injected:");
            faults.forEach(f -> out.println("  " + f));
            out.printf(
                    "acknowledged           %d submissions (202), %d articles, %d of them updated%n",
                    acknowledgedSubmissions, acknowledgedArticles, updatesAcknowledged);
            out.printf("stored                 %d (latest acknowledged revision, enriched)%n", stored);
            out.printf(
                    "  of which at an earlier version number of the same content: %d (a retried submission"
                            + " whose first try had reached Kafka)%n",
                    storedAtEarlierTry);
            out.printf("missing                %d%n", missing);
            out.printf(
                    "duplicates             %d (older revision stored: %d; listed twice: %d)%n",
                    duplicates(), olderRevision, listedTwice);
            out.printf(
                    "not enriched           %d; unexpected content %d (a title or body other than the"
                            + " acknowledged one)%n",
                    notEnriched, wrongContent);
            out.printf(
                    "long articles          %d acknowledged (20 KB to 2.7 MB), %d stored whole%n",
                    longAcknowledged, longStoredWhole);
            out.printf(
                    "rows                   %d in the table, %d listed by GET /v1/articles, %d never"
                            + " acknowledged%n",
                    rows, listed, rowsNeverAcknowledged);
            out.printf(
                    "in DLQ                 articles.ingested.dlq %d, articles.enriched.dlq %d%n",
                    ingestedDlq, enrichedDlq);
            out.printf(
                    "time                   all answered after %.0f s, pipeline idle after %.0f s%n", pushedAt, idleAt);
            examples.stream().limit(10).forEach(e -> out.println("  " + e));
            out.println(passed() ? "PASSED" : "FAILED");
        }
    }
}
