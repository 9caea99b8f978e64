package dev.tidings.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code deploy/local/bench.sh}.
 *
 * @param limit articles to use, the first ones with a body; 0 for all
 * @param reuse the running stack to measure, by role ({@code ingest}, {@code enrichment},
 *     {@code query}, {@code kafka}, {@code postgres}); null to start one
 * @param profile record the services with JFR during the full-load phase and summarise the samples
 * @param queryOnly measure only the query phase, on the reused stack as it is (no article is pushed)
 * @param archive articles to load straight into PostgreSQL before the query phase ({@code --archive}); 0 for
 *     the whole-pipeline benchmark
 * @param archiveCorpora the JSONL corpora the archive's texts come from; made-up texts where none is readable
 * @param archiveBefore with {@code --archive}, also measure search as it was before issue 18 (every match
 *     searched and counted) on the same rows, first
 * @param archiveImport a JSONL file of enriched articles to load instead of generated ones; null to generate
 * @param stories {@code --stories}: the story modes ({@code on}, {@code off}) to run the full-load phase in,
 *     each on a fresh stack, in this order; empty for the whole benchmark
 */
public record BenchOptions(
        Path articles,
        int limit,
        Path json,
        Path work,
        Map<String, String> reuse,
        String apiKey,
        int concurrency,
        int warmUp,
        int ceilingPages,
        int kafkaRecords,
        int batchSize,
        int batchArticles,
        int batchConcurrency,
        int halfLoadSeconds,
        int querySeconds,
        List<Integer> queryRates,
        boolean profile,
        boolean queryOnly,
        long archive,
        List<Path> archiveCorpora,
        boolean archiveBefore,
        Path archiveImport,
        List<String> stories) {

    public static final Path DEFAULT_ARTICLES = Path.of("/work/shared/data/news/reuters21578.jsonl");

    /** The roles of {@code --reuse}, in the order positional values are read. */
    static final List<String> ROLES = List.of("ingest", "enrichment", "query", "kafka", "postgres");

    /** What a stack started by {@code deploy/local/run.sh} listens on. */
    static final Map<String, String> LOCAL_DEFAULTS = Map.of(
            "ingest", "http://127.0.0.1:8081",
            "enrichment", "http://127.0.0.1:8082",
            "query", "http://127.0.0.1:8083",
            "kafka", "127.0.0.1:19092",
            "postgres", "jdbc:postgresql://127.0.0.1:15432/postgres");

    public static final String USAGE = String.join(
            "\n",
            "usage: deploy/local/bench.sh [--articles FILE.jsonl] [--limit N] [--json OUT.json] [--reuse [URL...]]",
            "                             [--profile] [--no-build] [more options below]",
            "  --articles FILE    JSONL, one article a line (title, body; url optional), default " + DEFAULT_ARTICLES,
            "  --limit N          the first N articles with a body (default 3000; 0 = all)",
            "  --json OUT         where the figures go as JSON (default deploy/local/.run/bench.json)",
            "  --reuse [URL...]   measure a running stack instead of starting one: ingest, enrichment and query",
            "                     base URLs, the Kafka bootstrap address and the JDBC URL, in this order or as",
            "                     role=value (roles: ingest enrichment query kafka postgres); missing ones are",
            "                     run.sh's ports (8081 8082 8083 127.0.0.1:19092 jdbc:postgresql://127.0.0.1:15432/postgres)",
            "  --api-key KEY      the producer key for a reused stack (default: $TIDINGS_INGEST_API_KEY)",
            "  --profile          record the services with JFR during the full-load phase; prints the top frames",
            "  --concurrency N    requests in flight at full load (default 32)",
            "  --warm-up N        articles pushed end to end before measuring, the corpus repeated if need be"
                    + " (default 5000: the services' JIT needs thousands)",
            "  --ceiling-pages N  articles in the in-process enrichment measurement (default 300)",
            "  --kafka-records N  records per Kafka performance tool run (default 50000)",
            "  --batch-size N     articles per POST /v1/articles/batch (default 1000); the warm-up and the full",
            "                     load push in batches too",
            "  --batch-articles N articles in the batched ingest phase, the corpus repeated (default 30000)",
            "  --batch-concurrency N  batches in flight in it (default 4)",
            "  --half-seconds S   length of the half-load phase, at most --limit articles (default 120)",
            "  --query-seconds S  length of each fixed-rate query run (default 10)",
            "  --query-rates R,R  the fixed request rates (default 50,200)",
            "  --only query       with --reuse: only the query phase, on the stack's articles as they are (no",
            "                     article is pushed); for measuring search again and again while tuning it",
            "  --archive N        the archive benchmark instead: PostgreSQL and query-service only, N enriched",
            "                     articles loaded outside the pipeline (COPY, query-service's mapping), then the",
            "                     query phase over the issue's URLs (default --query-seconds 30 here); with",
            "                     --reuse postgres=JDBC query=URL loads into that stack (an archive import)",
            "  --archive N --only query  the query phase again on the archive a previous --archive run left in",
            "                     --work (no loading)",
            "  --archive-corpus F,F  the texts of the archive (default the Reuters and MasakhaNEWS corpora in",
            "                     /work/shared/data/news; made-up texts when none is readable)",
            "  --archive-import F.jsonl  the archive benchmark over the enriched articles of a file (ArticleEnriched",
            "                     JSON, one a line; duplicateOf kept) instead of generated ones: an archive import",
            "                     (with --reuse, into that stack's PostgreSQL)",
            "  --archive-now-only with --archive: only the query phase as configured, not also the one before",
            "                     (TIDINGS_QUERY_SEARCH_BOUNDED=false, every match searched and counted) first",
            "  --stories on,off   the stories comparison instead (issue 16): for each mode in order, a fresh stack",
            "                     (query-service with TIDINGS_QUERY_STORIES_ENABLED=true or false), --warm-up",
            "                     articles from past --limit in the corpus, then the full-load phase on the first",
            "                     --limit; prints each mode's end-to-end rate, latency and CPU, and on/off (the",
            "                     means when a mode is repeated, e.g. on,off,off,on)",
            "  --work DIR         the stack's folder, emptied at start (default deploy/local/.run/bench)");

    public static BenchOptions parse(String[] args, Path root) {
        Path articles = DEFAULT_ARTICLES;
        int limit = 3000;
        Path json = root.resolve("deploy/local/.run/bench.json");
        Path work = root.resolve("deploy/local/.run/bench");
        Map<String, String> reuse = null;
        String apiKey = System.getenv("TIDINGS_INGEST_API_KEY");
        int concurrency = 32;
        int warmUp = 5000;
        int ceilingPages = 300;
        int kafkaRecords = 50_000;
        int batchSize = 1000;
        int batchArticles = 30_000;
        int batchConcurrency = 4;
        int halfSeconds = 120;
        int querySeconds = 10;
        List<Integer> rates = List.of(50, 200);
        boolean profile = false;
        boolean queryOnly = false;
        long archive = 0;
        List<Path> archiveCorpora = List.of(
                Path.of("/work/shared/data/news/reuters21578.jsonl"),
                Path.of("/work/shared/data/news/masakhanews-eng.jsonl"));
        boolean secondsGiven = false;
        boolean archiveBefore = true;
        Path archiveImport = null;
        List<String> stories = List.of();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--articles" -> articles = Path.of(value(args, ++i, arg));
                case "--limit" -> limit = number(value(args, ++i, arg), arg);
                case "--json" -> json = Path.of(value(args, ++i, arg));
                case "--work" -> work = Path.of(value(args, ++i, arg));
                case "--api-key" -> apiKey = value(args, ++i, arg);
                case "--concurrency" -> concurrency = positive(value(args, ++i, arg), arg);
                case "--warm-up" -> warmUp = number(value(args, ++i, arg), arg);
                case "--ceiling-pages" -> ceilingPages = positive(value(args, ++i, arg), arg);
                case "--kafka-records" -> kafkaRecords = positive(value(args, ++i, arg), arg);
                case "--batch-size" -> batchSize = positive(value(args, ++i, arg), arg);
                case "--batch-articles" -> batchArticles = positive(value(args, ++i, arg), arg);
                case "--batch-concurrency" -> batchConcurrency = positive(value(args, ++i, arg), arg);
                case "--half-seconds" -> halfSeconds = positive(value(args, ++i, arg), arg);
                case "--query-seconds" -> {
                    querySeconds = positive(value(args, ++i, arg), arg);
                    secondsGiven = true;
                }
                case "--archive" -> archive = positive(value(args, ++i, arg), arg);
                case "--archive-corpus" -> {
                    List<Path> parsed = new ArrayList<>();
                    for (String path : value(args, ++i, arg).split(",")) {
                        parsed.add(Path.of(path.strip()));
                    }
                    archiveCorpora = List.copyOf(parsed);
                }
                case "--query-rates" -> {
                    List<Integer> parsed = new ArrayList<>();
                    for (String rate : value(args, ++i, arg).split(",")) {
                        parsed.add(positive(rate.strip(), arg));
                    }
                    rates = List.copyOf(parsed);
                }
                case "--profile" -> profile = true;
                case "--archive-now-only" -> archiveBefore = false;
                case "--archive-import" -> archiveImport = Path.of(value(args, ++i, arg));
                case "--stories" -> {
                    List<String> parsed = new ArrayList<>();
                    for (String mode : value(args, ++i, arg).split(",")) {
                        if (!mode.strip().equals("on") && !mode.strip().equals("off")) {
                            throw new IllegalArgumentException("--stories takes on and off, not " + mode);
                        }
                        parsed.add(mode.strip());
                    }
                    stories = List.copyOf(parsed);
                }
                case "--only" -> {
                    String phase = value(args, ++i, arg);
                    if (!phase.equals("query")) {
                        throw new IllegalArgumentException("--only takes query, not " + phase);
                    }
                    queryOnly = true;
                }
                case "--reuse" -> {
                    List<String> values = new ArrayList<>();
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        values.add(args[++i]);
                    }
                    reuse = reuseEndpoints(values);
                }
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or more");
        }
        if (queryOnly && reuse == null && archive == 0) {
            throw new IllegalArgumentException("--only query measures a running stack: give --reuse too");
        }
        if (!stories.isEmpty() && (reuse != null || queryOnly || archive > 0 || archiveImport != null)) {
            throw new IllegalArgumentException(
                    "--stories starts a fresh stack per mode: not with --reuse, --only or --archive");
        }
        if (archiveImport != null && archive == 0) {
            // The count is the file's; any positive number selects the archive benchmark.
            archive = 1;
        }
        if (archive > 0 && !secondsGiven) {
            querySeconds = 30;
        }
        return new BenchOptions(
                articles,
                limit,
                json,
                work,
                reuse,
                apiKey == null || apiKey.isBlank() ? null : apiKey.strip(),
                concurrency,
                warmUp,
                ceilingPages,
                kafkaRecords,
                batchSize,
                batchArticles,
                batchConcurrency,
                halfSeconds,
                querySeconds,
                rates,
                profile,
                queryOnly,
                archive,
                archiveCorpora,
                archiveBefore,
                archiveImport,
                stories);
    }

    /** role=value pairs, or values in {@link #ROLES} order; run.sh's addresses for the rest. */
    static Map<String, String> reuseEndpoints(List<String> values) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        int position = 0;
        for (String value : values) {
            int equals = value.indexOf('=');
            String role = equals > 0 ? value.substring(0, equals) : null;
            if (role != null && ROLES.contains(role)) {
                endpoints.put(role, value.substring(equals + 1));
            } else {
                if (position >= ROLES.size()) {
                    throw new IllegalArgumentException("--reuse takes at most " + ROLES.size() + " values");
                }
                endpoints.put(ROLES.get(position++), value);
            }
        }
        for (String role : ROLES) {
            endpoints.putIfAbsent(role, LOCAL_DEFAULTS.get(role));
        }
        endpoints.replaceAll(
                (role, value) -> role.equals("kafka") || role.equals("postgres") ? value : value.replaceAll("/+$", ""));
        return endpoints;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String text, String option) {
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + text);
        }
    }

    private static int positive(String text, String option) {
        int value = number(text, option);
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return value;
    }
}
