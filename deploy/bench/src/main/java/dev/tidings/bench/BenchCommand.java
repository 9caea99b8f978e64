package dev.tidings.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.bench.BenchReport.BatchPhase;
import dev.tidings.bench.BenchReport.IngestPhase;
import dev.tidings.bench.BenchReport.IngestSummary;
import dev.tidings.bench.BenchReport.LoadPhase;
import dev.tidings.bench.BenchReport.ProcessCost;
import dev.tidings.bench.cost.StackProcesses;
import dev.tidings.bench.endtoend.DeadLetters;
import dev.tidings.bench.endtoend.StoredArticles;
import dev.tidings.bench.enrichment.EnrichmentCeiling;
import dev.tidings.bench.ingest.IngestLoad;
import dev.tidings.bench.kafka.EventSizes;
import dev.tidings.bench.kafka.KafkaPerformance;
import dev.tidings.bench.profile.FlightRecording;
import dev.tidings.bench.query.QueryBench;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.infra.LocalInfra;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.Ports;
import dev.tidings.infra.ProjectPaths;
import dev.tidings.infra.QuietLibraryLogs;
import dev.tidings.infra.ServiceProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deploy/local/bench.sh}: measures the pipeline on real articles in one run, each figure
 * beside the limit of the part underneath it, and prints one table and one JSON file.
 *
 * <ol>
 *   <li>the enrichment ceiling: the tagging pipeline and the bare CRF in-process, before the stack starts;
 *   <li>the stack: started on free ports with durable PostgreSQL, or a running one ({@code --reuse});
 *   <li>a warm-up through the whole pipeline in batches (until the JIT is done), which also gives the
 *       size of real ingested events;
 *   <li>Kafka's own producer and consumer limit at that event size;
 *   <li>ingest's accept rate for single posts with enrichment paused, then the backlog draining;
 *   <li>end to end at full load, pushed in batches, with each process's CPU (and, with --profile, a
 *       JFR recording);
 *   <li>end to end at half that rate, single posts paced;
 *   <li>ingest's accept rate for batches, with enrichment paused from then on, so that their backlog
 *       costs the rest of the run nothing;
 *   <li>query latency at fixed rates, and its SQL under pgbench.
 * </ol>
 *
 * <p>{@code --stories on,off} runs the warm-up and the full load alone, once per mode on a fresh
 * stack, and compares the end-to-end rates ({@link StoriesComparison}).
 */
public final class BenchCommand {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final String INGEST = "ingest-service";
    private static final String ENRICHMENT = "enrichment-service";
    private static final String QUERY = "query-service";
    private static final Duration STALL = Duration.ofMinutes(3);
    /** Batches in flight when the warm-up and the full load push: enrichment sets the pace there. */
    private static final int BATCHES_IN_FLIGHT = 2;
    /**
     * Ingest's per-key rate limit (50/s, bursts of 100 by default) is lifted in the stack this
     * benchmark starts: the point is what the service can take, not what one producer may send.
     */
    static final Map<String, String> UNLIMITED_PRODUCER =
            Map.of("TIDINGS_INGEST_RATE_LIMIT_PER_SECOND", "1000000", "TIDINGS_INGEST_RATE_LIMIT_BURST", "1000000");
    // Held: the Kafka clients and zonky log every step at INFO, which would bury the progress.

    private final BenchOptions options;
    private final String runId = Long.toString(System.currentTimeMillis() / 1000, 36);
    private final Progress progress;
    private final List<String> notes = new ArrayList<>();

    private BenchCommand(BenchOptions options) {
        this.options = options;
        // --stories: a stack, a warm-up and the full load per mode.
        this.progress = new Progress(
                OUT, options.stories().isEmpty() ? 9 : 3 * options.stories().size());
    }

    public static void main(String[] args) throws Exception {
        QuietLibraryLogs.apply();
        Path root = ProjectPaths.root();
        if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
            OUT.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, root);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.archive() > 0) {
            dev.tidings.bench.archive.ArchiveBench.run(
                    options.archive(),
                    options.archiveCorpora(),
                    options.reuse(),
                    options.work().toAbsolutePath(),
                    options.json(),
                    options.queryRates(),
                    options.querySeconds(),
                    options.queryOnly(),
                    options.archiveBefore(),
                    options.archiveImport(),
                    OUT);
            return;
        }
        if (!Files.isReadable(options.articles())) {
            System.err.println("cannot read " + options.articles());
            System.exit(2);
        }
        new BenchCommand(options).run();
    }

    private void run() throws Exception {
        if (options.queryOnly()) {
            runQueryOnly();
            return;
        }
        if (!options.stories().isEmpty()) {
            runStories();
            return;
        }
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadBefore = loadAverage();
        List<ObjectNode> articles = BenchArticles.read(options.articles(), options.limit());
        if (articles.isEmpty()) {
            throw new IllegalStateException("no article with a title and a body in " + options.articles());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        OUT.printf(
                "Tidings benchmark %s: %,d articles from %s, %d cores, load average %s%n",
                runId, articles.size(), options.articles(), cores, loadBefore);
        Path work = options.work().toAbsolutePath();
        // Beside the stack's folder, which LocalStack empties when it starts.
        Path output = work.resolveSibling(work.getFileName() + "-output");
        Files.createDirectories(output);

        // 1. Before the stack starts, so that nothing else of ours competes for the cores.
        List<ObjectNode> sample = articles.subList(0, Math.min(articles.size(), options.ceilingPages()));
        progress.phase(
                "Enrichment ceiling: the tagging pipeline and the bare CRF in-process on %d articles", sample.size());
        EnrichmentCeiling ceiling = null;
        try {
            ceiling = EnrichmentCeiling.inProcess(
                    BenchArticles.tagged(sample, runId + "-ceiling"), cores, 5, output, progress);
            if (ceiling.leftOut() > 0) {
                note("enrichment ceiling: " + ceiling.leftOut() + " of " + sample.size()
                        + " articles left out, the pipeline fails on them: " + ceiling.firstFailure());
            }
            progress.note(
                    "pipeline %.1f pages/s, %.0f tokens/s; bare CRF %.1f pages/s, %.0f tokens/s",
                    ceiling.pagesPerSecond(),
                    ceiling.tokensPerSecond(),
                    ceiling.barePagesPerSecond(),
                    ceiling.bareTokensPerSecond());
        } catch (RuntimeException | IOException e) {
            note("in-process enrichment measurement failed (" + e.getMessage()
                    + "); measured over POST /v1/enrich instead");
        }

        LocalStack stack = null;
        StackEndpoints endpoints;
        if (options.reuse() == null) {
            progress.phase(
                    "Starting PostgreSQL (durable), Kafka and the three services on free ports; logs in %s",
                    work.resolve("logs"));
            stack = startStack(work, Map.of());
            endpoints = StackEndpoints.of(stack);
        } else {
            progress.phase("Using the running stack at %s", options.reuse());
            endpoints = StackEndpoints.reused(options.reuse(), options.apiKey());
        }
        LocalStack started = stack;
        StackProcesses processes = new StackProcesses(endpoints.pids(), endpoints.postgresPid());
        Thread cleanUp = new Thread(() -> {
            processes.resume(ENRICHMENT);
            if (started != null) {
                started.close();
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanUp);
        progress.note("processes: %s", processes.pids());

        EventSizes.Summary sizes = null;
        KafkaPerformance.Figures kafka = null;
        IngestPhase ingestPhase = null;
        BatchPhase batchPhase = null;
        LoadPhase full = null;
        LoadPhase half = null;
        List<QueryBench.PathFigures> query = List.of();
        List<ProcessCost> cost = new ArrayList<>();
        List<FlightRecording.Summary> profiles = new ArrayList<>();
        Map<String, Long> peakRss;
        try (StoredArticles stored = new StoredArticles(endpoints.connect());
                DeadLetters deadLetters = new DeadLetters(endpoints.kafkaBootstrapServers())) {
            IngestLoad ingest = new IngestLoad(endpoints.ingestUrl(), endpoints.apiKey());

            // The JIT is what a warm-up is for: C2 spends tens of CPU seconds on CoreNLP alone
            // (WordsToSentencesAnnotator.annotate takes ~10 s to compile), and until it is done every
            // service costs several times its steady CPU per article.
            progress.phase(
                    "Warm-up: %,d articles end to end, in batches of %,d", options.warmUp(), options.batchSize());
            // Attaching JFR makes the JVM retransform JDK classes, and the JIT then recompiles for
            // tens of seconds: recording from before the warm-up keeps that out of the phases profiled.
            Map<String, FlightRecording> recordings =
                    options.profile() ? startRecordings(processes, output, INGEST, ENRICHMENT, QUERY) : Map.of();
            warmUp(ingest, stored, deadLetters, BenchArticles.cycled(articles, options.warmUp(), runId + "-warmup"));
            if (ceiling == null) {
                ceiling = EnrichmentCeiling.overHttp(endpoints.enrichmentUrl(), sample, 2, progress);
            }

            sizes = EventSizes.of(endpoints.kafkaBootstrapServers(), "articles.ingested", 2000);
            progress.phase(
                    "Kafka's own limit: ProducerPerformance and ConsumerPerformance, %,d records of %,d B"
                            + " (the median of %,d ingested events)",
                    options.kafkaRecords(), sizes.medianBytes(), sizes.records());
            try {
                kafka = KafkaPerformance.measure(
                        endpoints.kafkaBootstrapServers(),
                        LocalInfra.PARTITIONS,
                        options.kafkaRecords(),
                        Math.max(1, sizes.medianBytes()),
                        output,
                        runId,
                        progress);
                progress.note(
                        "producer %.0f records/s, consumer %.0f records/s",
                        kafka.producer().recordsPerSecond(), kafka.consumer().recordsPerSecond());
            } catch (RuntimeException | IOException e) {
                note("Kafka performance tools failed: " + e.getMessage());
            }

            progress.phase(
                    "Ingest alone: %,d articles, %d in flight, enrichment paused",
                    articles.size(), options.concurrency());
            boolean paused = processes.suspend(ENRICHMENT);
            if (!paused) {
                note("could not pause enrichment-service: the ingest phase ran beside it");
            }
            IngestLoad.Result ingestResult;
            Instant resumed;
            Instant ingestStart = Instant.now();
            Instant ingestEnd;
            try {
                ingestResult = ingest.closedLoop(
                        BenchArticles.tagged(articles, runId + "-ingest"), options.concurrency(), progress, "posted");
            } finally {
                if (paused) {
                    processes.resume(ENRICHMENT);
                }
                resumed = Instant.now();
                ingestEnd = resumed;
            }
            requireAccepted(ingestResult, "ingest alone");
            progress.note(
                    "%.0f accepted/s, p50 %.1f ms, p99 %.1f ms; enrichment resumed, draining the backlog",
                    ingestResult.acceptedPerSecond(),
                    ingestResult.latency().p50Ms(),
                    ingestResult.latency().p99Ms());
            int ingestDead = stored.awaitAll(ingestResult.ids(), deadLetters, STALL, progress, "drained");
            noteDeadLetters("ingest alone", ingestResult, ingestDead, deadLetters);
            ingestPhase = new IngestPhase(
                    options.concurrency(),
                    paused,
                    IngestSummary.of(ingestResult),
                    paused ? stored.summarise(ingestResult.ids(), resumed, ingestDead) : null);

            Instant fullStart = Instant.now();
            full = fullLoad(ingest, stored, deadLetters, processes, articles, runId + "-full", cost);
            Instant fullEnd = Instant.now();
            if (!recordings.isEmpty()) {
                stopRecordings(recordings);
                summarise(recordings.get(INGEST), "ingest alone", ingestStart, ingestEnd, profiles);
                summarise(recordings.get(ENRICHMENT), "full load", fullStart, fullEnd, profiles);
                summarise(recordings.get(QUERY), "full load", fullStart, fullEnd, profiles);
            }

            double halfRate = full.stored().perSecond() / 2;
            int halfCount =
                    (int) Math.max(1, Math.min(articles.size(), Math.round(halfRate * options.halfLoadSeconds())));
            progress.phase("End to end at half load: %,d articles paced at %.1f/s", halfCount, halfRate);
            IngestLoad.Result halfResult = ingest.paced(
                    BenchArticles.tagged(articles.subList(0, halfCount), runId + "-half"),
                    halfRate,
                    progress,
                    "posted");
            requireAccepted(halfResult, "half load");
            int halfDead = stored.awaitAll(halfResult.ids(), deadLetters, STALL, progress, "queryable");
            half = new LoadPhase(
                    "half",
                    halfResult.accepted(),
                    halfRate,
                    options.concurrency(),
                    IngestSummary.of(halfResult),
                    stored.summarise(halfResult.ids(), halfResult.firstSend(), halfDead));
            noteDeadLetters("half load", halfResult, halfDead, deadLetters);
            progress.note(
                    "ingest→queryable p50 %.2f s, p95 %.2f s, p99 %.2f s",
                    half.stored().latency().p50Ms() / 1000,
                    half.stored().latency().p95Ms() / 1000,
                    half.stored().latency().p99Ms() / 1000);

            batchPhase = measureBatches(
                    ingest, processes, articles, endpoints, sizes == null ? 0 : sizes.medianBytes(), output);

            progress.phase(
                    "Query: %d URLs at %s requests/s, %d s each, over HTTP and their SQL under pgbench",
                    QueryBench.PATHS.size(), options.queryRates(), options.querySeconds());
            if (options.reuse() == null) {
                int copies = stored.deleteBenchDuplicates(runId);
                progress.note(
                        "%,d rows left: the %,d later copies of the same texts, which query-service hides as"
                                + " duplicates, are deleted first",
                        stored.countRun(runId), copies);
            } else {
                note("query: measured on the reused stack as it is, with this run's copies of each text in it");
            }
            try {
                query = QueryBench.measure(endpoints, options.queryRates(), options.querySeconds(), output, progress);
            } catch (Exception e) {
                note("query measurement failed: " + e);
            }
        } finally {
            // The batched phase leaves enrichment paused; a paused process would not stop either.
            processes.resume(ENRICHMENT);
            peakRss = processes.peakRssKb();
            processes.close();
            if (stack != null) {
                progress.note("stopping the stack");
                stack.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException e) {
                // Already shutting down (Ctrl-C): the hook is running.
            }
        }
        List<ProcessCost> costs = new ArrayList<>();
        for (ProcessCost c : cost) {
            costs.add(new ProcessCost(
                    c.process(),
                    c.pid(),
                    c.cpuSeconds(),
                    c.cpuSecondsPerArticle(),
                    peakRss.getOrDefault(c.process(), 0L) / 1024.0));
        }

        BenchReport report = new BenchReport(
                meta(
                        startedAt,
                        loadBefore,
                        options.articles().toString(),
                        articles.size(),
                        options.reuse() == null
                                ? "started (durable PostgreSQL, free ports, ingest's per-key rate limit lifted)"
                                : "reused (its own ingest rate limit applies)",
                        endpointsOf(endpoints)),
                ceiling,
                sizes,
                kafka,
                ingestPhase,
                batchPhase,
                full,
                half,
                query,
                costs,
                profiles,
                BenchReport.targets(ceiling, kafka, ingestPhase, batchPhase, full, half),
                notes);
        OUT.println();
        OUT.print(BenchTable.render(report));
        writeJson(report);
    }

    /**
     * {@code --only query}: phase 8 alone, on a running stack's articles as they are, so that search
     * can be measured again after each change without pushing the corpus through the pipeline again.
     */
    private void runQueryOnly() throws Exception {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadBefore = loadAverage();
        StackEndpoints endpoints = StackEndpoints.reused(options.reuse(), options.apiKey());
        Path work = options.work().toAbsolutePath();
        Path output = work.resolveSibling(work.getFileName() + "-output");
        Files.createDirectories(output);
        int rows;
        int listed;
        try (var db = endpoints.connect();
                var statement = db.createStatement();
                var result = statement.executeQuery(
                        "select count(*), count(*) filter (where duplicate_of is null) from articles")) {
            result.next();
            rows = result.getInt(1);
            listed = result.getInt(2);
        }
        OUT.printf(
                "Tidings benchmark %s, query phase only: %,d stored articles (%,d not flagged as duplicates) at %s,"
                        + " %d cores, load average %s%n",
                runId, rows, listed, endpoints.queryUrl(), Runtime.getRuntime().availableProcessors(), loadBefore);
        progress.phase(
                "Query: %d URLs at %s requests/s, %d s each, over HTTP and their SQL under pgbench",
                QueryBench.PATHS.size(), options.queryRates(), options.querySeconds());
        List<QueryBench.PathFigures> query = List.of();
        try {
            query = QueryBench.measure(endpoints, options.queryRates(), options.querySeconds(), output, progress);
        } catch (Exception e) {
            note("query measurement failed: " + e);
        }
        note("query phase only (--only query): " + rows + " stored articles, " + listed
                + " not flagged as duplicates; no article pushed, no other phase measured");
        BenchReport report = new BenchReport(
                meta(
                        startedAt,
                        loadBefore,
                        "(none: query phase only)",
                        rows,
                        "reused, query phase only",
                        endpointsOf(endpoints)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                query,
                List.of(),
                List.of(),
                BenchReport.targets(null, null, null, null, null, null),
                notes);
        OUT.println();
        OUT.print(BenchTable.render(report));
        writeJson(report);
    }

    /** The run's description, ended now. */
    private BenchReport.Meta meta(
            String startedAt,
            String loadBefore,
            String articlesFile,
            int articles,
            String stack,
            Map<String, String> endpoints) {
        return new BenchReport.Meta(
                runId,
                startedAt,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                articlesFile,
                articles,
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                loadAverage(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                stack,
                endpoints,
                packagedAt());
    }

    private void writeJson(Object report) throws IOException {
        Path json = options.json().toAbsolutePath();
        Files.createDirectories(json.getParent());
        ObjectMapper mapper = ArticleEventJson.configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(json.toFile(), report);
        OUT.println("Figures written to " + json);
    }

    /**
     * {@code --stories on,off}: the full-load phase once per mode, each on a fresh stack (so a fresh
     * store) whose query-service has stories on or off, the same articles each time. The warm-up
     * pushes other articles of the corpus (those past {@code --limit}): the same texts would be
     * stored as near-duplicates of the warm-up's, and a near-duplicate joins its original's story
     * without the matching that every other article costs.
     */
    private void runStories() throws Exception {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadBefore = loadAverage();
        int limit = options.limit();
        List<ObjectNode> corpus = BenchArticles.read(options.articles(), limit == 0 ? 0 : limit + options.warmUp());
        List<ObjectNode> articles = corpus.subList(0, limit == 0 ? corpus.size() : Math.min(limit, corpus.size()));
        if (articles.isEmpty()) {
            throw new IllegalStateException("no article with a title and a body in " + options.articles());
        }
        List<ObjectNode> rest = corpus.subList(articles.size(), corpus.size());
        if (rest.isEmpty() && options.warmUp() > 0) {
            note("warm-up: no article past --limit in the corpus, so it repeats the measured ones, which are then"
                    + " stored as near-duplicates of it (joining their stories without matching)");
        } else if (rest.size() < options.warmUp()) {
            note("warm-up: " + rest.size() + " articles past --limit in the corpus, repeated to " + options.warmUp());
        }
        List<ObjectNode> warmUpSource = rest.isEmpty() ? articles : rest;
        int cores = Runtime.getRuntime().availableProcessors();
        OUT.printf(
                "Tidings benchmark %s, stories %s: %,d articles from %s end to end per mode, %d cores, load average"
                        + " %s%n",
                runId, String.join(",", options.stories()), articles.size(), options.articles(), cores, loadBefore);
        List<StoriesComparison.Run> runs = new ArrayList<>();
        for (String mode : options.stories()) {
            StoriesComparison.Run run = storiesRun(mode, runs.size(), articles, warmUpSource);
            runs.add(run);
        }
        StoriesComparison comparison = StoriesComparison.of(
                meta(
                        startedAt,
                        loadBefore,
                        options.articles().toString(),
                        articles.size(),
                        "started per mode (durable PostgreSQL, free ports, ingest's per-key rate limit lifted)",
                        Map.of()),
                options.warmUp(),
                runs,
                notes);
        OUT.println();
        OUT.print(comparison.render());
        writeJson(comparison);
    }

    /** One mode of {@code --stories}: a fresh stack, the warm-up, the full load, the stack stopped. */
    private StoriesComparison.Run storiesRun(
            String mode, int index, List<ObjectNode> articles, List<ObjectNode> warmUpSource) throws Exception {
        String loadBefore = loadAverage();
        Path work = options.work().toAbsolutePath();
        String tag = runId + "-" + index + "-stories-" + mode;
        progress.phase(
                "Stories %s: PostgreSQL (durable), Kafka and the three services on free ports, query-service with"
                        + " TIDINGS_QUERY_STORIES_ENABLED=%s; logs in %s",
                mode, mode.equals("on"), work.resolve("logs"));
        LocalStack stack =
                startStack(work, Map.of("TIDINGS_QUERY_STORIES_ENABLED", Boolean.toString(mode.equals("on"))));
        Thread cleanUp = new Thread(stack::close);
        Runtime.getRuntime().addShutdownHook(cleanUp);
        StackEndpoints endpoints = StackEndpoints.of(stack);
        try (StackProcesses processes = new StackProcesses(endpoints.pids(), endpoints.postgresPid());
                StoredArticles stored = new StoredArticles(endpoints.connect());
                DeadLetters deadLetters = new DeadLetters(endpoints.kafkaBootstrapServers())) {
            IngestLoad ingest = new IngestLoad(endpoints.ingestUrl(), endpoints.apiKey());
            progress.phase(
                    "Warm-up: %,d other articles end to end, in batches of %,d", options.warmUp(), options.batchSize());
            warmUp(ingest, stored, deadLetters, BenchArticles.cycled(warmUpSource, options.warmUp(), tag + "-warmup"));
            List<ProcessCost> cost = new ArrayList<>();
            LoadPhase full = fullLoad(ingest, stored, deadLetters, processes, articles, tag, cost);
            int withStory;
            int storedRows;
            try (var db = endpoints.connect();
                    var statement = db.createStatement();
                    var result = statement.executeQuery(
                            "select count(*) filter (where story_id is not null), count(*) from articles")) {
                result.next();
                withStory = result.getInt(1);
                storedRows = result.getInt(2);
            }
            progress.note("%,d of %,d stored articles have a story", withStory, storedRows);
            return new StoriesComparison.Run(mode, loadBefore, loadAverage(), full, withStory, storedRows, cost);
        } finally {
            progress.note("stopping the stack");
            stack.close();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException e) {
                // Already shutting down (Ctrl-C): the hook is running.
            }
        }
    }

    /**
     * A fresh stack on free ports with durable PostgreSQL and ingest's per-key rate limit lifted,
     * {@code queryEnvironment} added to query-service's.
     */
    private LocalStack startStack(Path work, Map<String, String> queryEnvironment) {
        LocalStack.Options stackOptions = new LocalStack.Options(
                work, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), true);
        long starting = System.nanoTime();
        LocalStack stack = LocalStack.start(
                stackOptions, Map.of("ingest-service", UNLIMITED_PRODUCER, "query-service", queryEnvironment));
        progress.note("ready in %.1f s", (System.nanoTime() - starting) / 1e9);
        return stack;
    }

    /** Phase 2: articles end to end in batches, until the JIT is done; nothing measured. */
    private void warmUp(IngestLoad ingest, StoredArticles stored, DeadLetters deadLetters, List<ObjectNode> warmUp)
            throws SQLException {
        if (warmUp.isEmpty()) {
            return;
        }
        IngestLoad.Result result = ingest.batched(warmUp, options.batchSize(), BATCHES_IN_FLIGHT, progress, "posted");
        requireAccepted(result, "warm-up");
        noteDeadLetters(
                "warm-up", result, stored.awaitAll(result.ids(), deadLetters, STALL, progress, "stored"), deadLetters);
    }

    /**
     * Phase 5: every article under {@code tag}, in batches, as fast as the pipeline takes them: the
     * rate from the first POST to the last article stored, and each process's CPU over it (added to
     * {@code cost}).
     */
    private LoadPhase fullLoad(
            IngestLoad ingest,
            StoredArticles stored,
            DeadLetters deadLetters,
            StackProcesses processes,
            List<ObjectNode> articles,
            String tag,
            List<ProcessCost> cost)
            throws SQLException {
        progress.phase("End to end at full load: %,d articles in batches of %,d", articles.size(), options.batchSize());
        Map<String, Double> cpuBefore = processes.cpuSeconds();
        IngestLoad.Result fullResult = ingest.batched(
                BenchArticles.tagged(articles, tag), options.batchSize(), BATCHES_IN_FLIGHT, progress, "posted");
        requireAccepted(fullResult, "full load");
        int fullDead = stored.awaitAll(fullResult.ids(), deadLetters, STALL, progress, "queryable");
        Map<String, Double> cpuAfter = processes.cpuSeconds();
        LoadPhase full = new LoadPhase(
                "full",
                fullResult.accepted(),
                0,
                BATCHES_IN_FLIGHT,
                IngestSummary.of(fullResult),
                stored.summarise(fullResult.ids(), fullResult.firstSend(), fullDead));
        noteDeadLetters("full load", fullResult, fullDead, deadLetters);
        progress.note(
                "%.1f articles/s end to end; ingest→queryable p50 %.2f s, p99 %.2f s",
                full.stored().perSecond(),
                full.stored().latency().p50Ms() / 1000,
                full.stored().latency().p99Ms() / 1000);
        for (String name : cpuBefore.keySet()) {
            double seconds = cpuAfter.get(name) - cpuBefore.get(name);
            cost.add(new ProcessCost(
                    name, processes.pids().get(name), seconds, seconds / Math.max(1, fullResult.accepted()), 0));
        }
        return full;
    }

    /**
     * Ingest taking batches as fast as it can, enrichment paused and left paused to the end of the
     * run (the query phase needs it not, and a backlog of tens of thousands would take it an hour):
     * the corpus repeated to {@code --batch-articles}, after a round of a tenth of that to warm the
     * batch path.
     */
    private BatchPhase measureBatches(
            IngestLoad ingest,
            StackProcesses processes,
            List<ObjectNode> articles,
            StackEndpoints endpoints,
            int recordBytes,
            Path output) {
        progress.phase(
                "Ingest in batches: %,d articles, %,d a batch, %d in flight; enrichment paused from now to the end",
                options.batchArticles(), options.batchSize(), options.batchConcurrency());
        boolean paused = processes.suspend(ENRICHMENT);
        if (!paused) {
            note("could not pause enrichment-service: the batched ingest phase ran beside it");
        }
        List<ObjectNode> warm = BenchArticles.cycled(
                articles, Math.max(options.batchSize(), options.batchArticles() / 10), runId + "-batch-warm");
        ingest.batched(warm, options.batchSize(), options.batchConcurrency(), progress, "warming");
        IngestLoad.Result result = ingest.batched(
                BenchArticles.cycled(articles, options.batchArticles(), runId + "-batch"),
                options.batchSize(),
                options.batchConcurrency(),
                progress,
                "posted");
        requireAccepted(result, "batched ingest");
        progress.note(
                "%.0f articles/s accepted, batch p50 %.0f ms, p99 %.0f ms",
                result.acceptedPerSecond(),
                result.latency().p50Ms(),
                result.latency().p99Ms());
        // Kafka's producer again, now: on a shared machine the load moves within a run, and the
        // batched rate is held against what the broker takes at the same moment.
        KafkaPerformance.ProducerFigures alongside = null;
        try {
            alongside = KafkaPerformance.measure(
                            endpoints.kafkaBootstrapServers(),
                            LocalInfra.PARTITIONS,
                            options.kafkaRecords(),
                            Math.max(1, recordBytes),
                            output,
                            runId + "-alongside",
                            progress)
                    .producer();
            progress.note("Kafka producer right after: %.0f records/s", alongside.recordsPerSecond());
        } catch (RuntimeException | IOException | InterruptedException e) {
            note("Kafka performance tools failed after the batched phase: " + e.getMessage());
        }
        if (options.reuse() != null) {
            note("batched ingest: the reused stack's enrichment is resumed at the end and then works through "
                    + count(result.accepted()) + " bench articles");
        }
        return new BatchPhase(
                options.batchSize(), options.batchConcurrency(), paused, IngestSummary.of(result), alongside);
    }

    private static String count(long value) {
        return String.format("%,d", value);
    }

    /** JFR on each service, from before the warm-up to the end of the full-load phase. */
    private Map<String, FlightRecording> startRecordings(StackProcesses processes, Path output, String... services) {
        Map<String, FlightRecording> recordings = new LinkedHashMap<>();
        for (String service : services) {
            processes.pid(service).ifPresent(pid -> {
                try {
                    recordings.put(
                            service,
                            FlightRecording.start(service, pid, output.resolve(service + "-" + runId + ".jfr")));
                } catch (IOException e) {
                    note("JFR could not start on " + service + ": " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        progress.note("recording %s with JFR", recordings.keySet());
        return recordings;
    }

    private void stopRecordings(Map<String, FlightRecording> recordings) {
        for (FlightRecording recording : recordings.values()) {
            try {
                recording.stop();
            } catch (IOException e) {
                note("JFR of " + recording.service() + " failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The part of a service's recording that covers one phase. */
    private void summarise(
            FlightRecording recording, String phase, Instant from, Instant to, List<FlightRecording.Summary> profiles) {
        if (recording == null) {
            return;
        }
        try {
            profiles.add(recording.summarise(phase, from, to, 12));
        } catch (IOException e) {
            note("reading the JFR of " + recording.service() + " failed: " + e.getMessage());
        }
    }

    private void requireAccepted(IngestLoad.Result result, String phase) {
        if (result.accepted() < result.sent()) {
            note(phase + ": " + (result.sent() - result.accepted()) + " of " + result.sent()
                    + " articles not accepted, by status " + result.byStatus() + ", e.g. " + result.problems());
        }
        if (result.accepted() == 0) {
            throw new IllegalStateException(phase + ": ingest accepted no article: " + result.problems());
        }
    }

    private void noteDeadLetters(String phase, IngestLoad.Result result, int dead, DeadLetters deadLetters) {
        if (dead > 0) {
            note(phase + ": " + dead + " of " + result.accepted()
                    + " articles went to a dead-letter topic, not counted as stored; reasons: "
                    + deadLetters.reasons(result.ids(), 3));
        }
    }

    private void note(String text) {
        notes.add(text);
        progress.note("note: %s", text);
    }

    private static Map<String, String> endpointsOf(StackEndpoints e) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("ingest", e.ingestUrl());
        endpoints.put("enrichment", e.enrichmentUrl());
        endpoints.put("query", e.queryUrl());
        endpoints.put("kafka", e.kafkaBootstrapServers());
        endpoints.put("postgres", e.jdbcUrl());
        return endpoints;
    }

    private static Map<String, String> packagedAt() {
        Map<String, String> built = new LinkedHashMap<>();
        for (String module : List.of("ingest-service", "enrichment-service", "query-service")) {
            Path jar = ServiceProcess.runnerJar(module).resolveSibling("app");
            try (var jars = Files.list(jar)) {
                built.put(
                        module,
                        jars.map(j -> {
                                    try {
                                        return Files.getLastModifiedTime(j)
                                                .toInstant()
                                                .truncatedTo(ChronoUnit.SECONDS);
                                    } catch (IOException e) {
                                        return Instant.EPOCH;
                                    }
                                })
                                .max(Instant::compareTo)
                                .map(Instant::toString)
                                .orElse("?"));
            } catch (IOException e) {
                built.put(module, "not packaged");
            }
        }
        return built;
    }

    /** The machine's load average over 1, 5 and 15 minutes, as the reports print it. */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
