package dev.tidings.query.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.events.Country;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Topic;
import dev.tidings.infra.Ports;
import dev.tidings.infra.PostgresServer;
import dev.tidings.infra.ProjectPaths;
import dev.tidings.infra.ServiceProcess;
import dev.tidings.query.article.ArticleColumns;
import dev.tidings.query.article.ArticleStore;
import dev.tidings.query.search.ArticleSearchRepository;
import dev.tidings.query.search.ArticleSearchRepository.Statement;
import dev.tidings.query.search.CursorCodec;
import dev.tidings.query.search.FacetRequest;
import dev.tidings.query.search.SearchRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search benchmark: a PostgreSQL of its own, the packaged query-service against it, at least
 * 20,000 articles stored with the service's own upsert statements, then the typical searches at a
 * fixed rate over HTTP, and the very SQL they send under pgbench at the same rate.
 *
 * <p>Run by {@code query-service/bench/search-bench.sh}; arguments: {@code articles=20000
 * rate=200 seconds=30 corpus=/work/shared/data/news/reuters21578.jsonl}.
 */
public final class SearchBench {
    /** The typical searches of a front end: a term, a phrase with a filter, and the facets of a term. */
    static final Map<String, String> SEARCHES = linked(
            "term", "/v1/articles?q=oil",
            "phrase+filter", "/v1/articles?q=%22interest+rates%22&country=US",
            "facets", "/v1/facets?q=oil&facet=topic,country,organization");

    private static final ObjectMapper JSON = ArticleEventJson.mapper();
    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>(Map.of(
                "articles", "20000",
                "rate", "200",
                "seconds", "30",
                "corpus", "/work/shared/data/news/reuters21578.jsonl",
                "pgbench", "/usr/lib/postgresql/15/bin/pgbench"));
        for (String arg : args) {
            if (!arg.contains("=")) {
                continue;
            }
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv[1]);
        }
        int articles = Integer.parseInt(options.get("articles"));
        int rate = Integer.parseInt(options.get("rate"));
        int seconds = Integer.parseInt(options.get("seconds"));
        Path work = ProjectPaths.root().resolve("query-service/target/search-bench");
        Files.createDirectories(work);
        System.out.println("search-bench: " + options + ", output in " + work);

        try (PostgresServer postgres =
                PostgresServer.start(work.resolve("pgdata"), work.resolve("postgres.log"), Ports.free(), false)) {
            int port = Ports.free();
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_REACTIVE_URL",
                    postgres.reactiveUrl(),
                    "QUARKUS_DATASOURCE_JDBC_URL",
                    postgres.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME",
                    PostgresServer.USER,
                    "QUARKUS_DATASOURCE_PASSWORD",
                    PostgresServer.PASSWORD,
                    // Reads only: no broker, and the consumer channel is off.
                    "KAFKA_BOOTSTRAP_SERVERS",
                    "127.0.0.1:" + Ports.free(),
                    // A system property: as an environment variable the channel name would be ambiguous.
                    "JAVA_TOOL_OPTIONS",
                    "-Dmp.messaging.incoming.articles-enriched.enabled=false",
                    "QUARKUS_LOG_LEVEL",
                    "WARN");
            try (ServiceProcess service =
                    ServiceProcess.start("query-service", port, "512m", env, work.resolve("query-service.log"))) {
                awaitUp(service.baseUrl() + "/v1/articles?limit=1", Duration.ofSeconds(90));
                long loadStart = System.nanoTime();
                int stored = load(postgres, Path.of(options.get("corpus")), articles);
                System.out.printf("loaded %d articles in %.1f s%n", stored, (System.nanoTime() - loadStart) / 1e9);
                analyze(postgres);
                matchCounts(postgres);

                int hold = Integer.parseInt(options.getOrDefault("hold", "0"));
                if (hold > 0) {
                    // For a look with psql or curl before measuring.
                    System.out.printf(
                            "holding %d s: psql -h 127.0.0.1 -p %d -U postgres postgres; %s%n",
                            hold, postgres.port(), service.baseUrl());
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(hold));
                }
                warmUp(service.baseUrl(), 300);
                StringBuilder report =
                        new StringBuilder(String.format("machine load average before measuring: %s%n", loadAverage()));
                // rates=50,100,200 measures each rate in turn; rate=200 is one of them.
                for (String each :
                        options.getOrDefault("rates", Integer.toString(rate)).split(",")) {
                    int r = Integer.parseInt(each.strip());
                    Map<String, List<Long>> http = fixedRate(service.baseUrl(), r, seconds);
                    Map<String, List<Long>> sql = pgbench(options.get("pgbench"), postgres, work, r, seconds);
                    String table = report(stored, r, seconds, http, sql);
                    System.out.println(table);
                    report.append(table);
                }
                report.append(String.format("%nmachine load average after: %s%n", loadAverage()));
                System.out.println("machine load average after: " + loadAverage());
                Files.writeString(work.resolve("report.md"), report.toString());
            }
        }
    }

    /** The machine is shared: other work running meanwhile shows in every figure. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------- loading

    /** Stores Reuters articles (again under new ids until {@code count}) with the service's statements. */
    static int load(PostgresServer postgres, Path corpus, int count) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(corpus)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode record = JSON.readTree(line);
                if (!record.path("body").asText("").isBlank()
                        && !record.path("title").asText("").isBlank()
                        && record.path("date").isTextual()) {
                    records.add(record);
                }
            }
        }
        Map<String, String> topicCodes = topicCodes(records);
        Map<String, String> countryCodes = countryCodes();
        List<Named> statements = ArticleStore.STATEMENTS.stream().map(Named::of).toList();
        try (Connection db =
                DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD)) {
            db.setAutoCommit(false);
            List<PreparedStatement> prepared = new ArrayList<>();
            for (Named statement : statements) {
                prepared.add(db.prepareStatement(statement.sql()));
            }
            for (int i = 0; i < count; i++) {
                JsonNode record = records.get(i % records.size());
                int copy = i / records.size();
                ArticleEnriched article = article(record, copy, topicCodes, countryCodes);
                Map<String, Object> values = ArticleColumns.parameters(ArticleEventReader.ENRICHED
                        .read(JSON.writeValueAsString(article))
                        .json());
                // One transaction per article, as the consumer does: lock, upsert, side tables, notify.
                for (int s = 0; s < statements.size(); s++) {
                    statements.get(s).bind(prepared.get(s), values);
                    prepared.get(s).execute();
                }
                db.commit();
            }
        }
        return count;
    }

    private static ArticleEnriched article(
            JsonNode record, int copy, Map<String, String> topicCodes, Map<String, String> countryCodes) {
        String title = record.path("title").asText();
        String body = record.path("body").asText().replaceAll("\n(?! )", " ").replaceAll("\n +", "\n");
        Instant published = LocalDateTime.parse(record.path("date").asText())
                .toInstant(ZoneOffset.UTC)
                .plus(Duration.ofDays(3_650L * copy));
        UUID id = UUID.nameUUIDFromBytes((record.path("id").asText() + "/" + copy).getBytes(StandardCharsets.UTF_8));
        List<Entity> entities = new ArrayList<>();
        double salience = 0.9;
        for (JsonNode person : record.path("people")) {
            entities.add(entity("person", EntityType.PERSON, person.asText(), salience));
            salience = Math.max(0.1, salience - 0.1);
        }
        for (JsonNode org : record.path("orgs")) {
            entities.add(entity("organization", EntityType.ORGANIZATION, org.asText(), salience));
            salience = Math.max(0.1, salience - 0.1);
        }
        List<Country> countries = new ArrayList<>();
        for (JsonNode place : record.path("places")) {
            String code = countryCodes.get(place.asText());
            if (code != null && countries.stream().noneMatch(c -> c.code().equals(code))) {
                countries.add(new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH), 1, 0.5));
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (JsonNode topic : record.path("topics")) {
            topics.add(new Topic(topicCodes.get(topic.asText()), topic.asText(), 0.8));
        }
        return new ArticleEnriched(
                id,
                1_700_000_000_000_000L,
                "https://reuters.example.org/" + record.path("id").asText() + "/" + copy,
                "Reuters",
                title,
                body,
                published,
                List.of(),
                record.path("category").asText(null),
                sha256(title + "\n" + body),
                published.plusSeconds(30),
                published.plusSeconds(31),
                1,
                new DetectedLanguage("en", 0.99),
                entities,
                null,
                countries,
                countries.isEmpty() ? null : countries.get(0).code(),
                null,
                null,
                topics,
                null,
                null,
                null,
                null);
    }

    private static Entity entity(String prefix, EntityType type, String name, double salience) {
        String label = Arrays.stream(name.split("-"))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .reduce((a, b) -> a + " " + b)
                .orElse(name);
        return new Entity(
                prefix + ":" + name, type, label, List.of(name.toUpperCase(Locale.ROOT)), List.of(), salience);
    }

    /** Reuters topics are words ("crude"); the benchmark gives each a made-up IPTC-shaped code. */
    private static Map<String, String> topicCodes(List<JsonNode> records) {
        TreeSet<String> names = new TreeSet<>();
        records.forEach(r -> r.path("topics").forEach(t -> names.add(t.asText())));
        Map<String, String> codes = new LinkedHashMap<>();
        int n = 0;
        for (String name : names) {
            codes.put(name, String.format("medtop:2%07d", ++n));
        }
        return codes;
    }

    /** Reuters places ("usa", "west-germany") to ISO codes, through the JDK's English country names. */
    private static Map<String, String> countryCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            codes.put(name.toLowerCase(Locale.ROOT).replace(' ', '-'), code);
        }
        codes.putAll(Map.of(
                "usa", "US",
                "uk", "GB",
                "west-germany", "DE",
                "east-germany", "DE",
                "ussr", "RU",
                "hong-kong", "HK",
                "south-korea", "KR",
                "north-korea", "KP",
                "taiwan", "TW",
                "china", "CN"));
        return codes;
    }

    /** A statement with Hibernate-style named parameters, turned into JDBC's positional ones. */
    record Named(String sql, List<String> names) {
        static Named of(String named) {
            List<String> names = new ArrayList<>();
            Matcher m = NAMED.matcher(named);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            return new Named(sql.toString(), names);
        }

        void bind(PreparedStatement statement, Map<String, Object> values) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                Object value = values.get(names.get(i));
                if (value instanceof OffsetDateTime time) {
                    statement.setObject(i + 1, time);
                } else if (value == null) {
                    statement.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
        }
    }

    private static void analyze(PostgresServer postgres) throws SQLException {
        try (Connection db =
                        DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
                var statement = db.createStatement()) {
            statement.execute("vacuum analyze");
        }
    }

    private static void matchCounts(PostgresServer postgres) throws SQLException {
        try (Connection db =
                        DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
                var statement = db.createStatement()) {
            for (String q : List.of("oil", "\"interest rates\"")) {
                var rows = statement.executeQuery(
                        "select count(*) from articles where search_tsv @@ websearch_to_tsquery('english', '"
                                + q.replace("'", "''") + "')");
                rows.next();
                System.out.printf("q=%s matches %d articles%n", q, rows.getLong(1));
            }
        }
    }

    // ---------------------------------------------------------------- HTTP at a fixed rate

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static void awaitUp(String url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
        throw new IllegalStateException("query-service did not answer " + url + " within " + timeout);
    }

    private static void warmUp(String base, int requests) throws Exception {
        for (int i = 0; i < requests; i++) {
            for (String path : SEARCHES.values()) {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            path + " answered " + response.statusCode() + ": " + response.body());
                }
            }
        }
    }

    /**
     * Sends the searches in turn at {@code rate} per second, open loop: each request is due at its
     * slot whatever happened to the earlier ones, and its latency counts from that slot, so that a
     * server falling behind shows in the figures instead of slowing the generator down.
     */
    private static Map<String, List<Long>> fixedRate(String base, int rate, int seconds) throws Exception {
        List<String> names = new ArrayList<>(SEARCHES.keySet());
        Map<String, ConcurrentLinkedQueue<Long>> latencies = new LinkedHashMap<>();
        names.forEach(n -> latencies.put(n, new ConcurrentLinkedQueue<>()));
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String name = names.get(i % names.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + SEARCHES.get(name)))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            inFlight.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, failure) -> {
                        long latency = System.nanoTime() - due;
                        if (failure != null || response.statusCode() != 200) {
                            failures.add(name + ": " + (failure != null ? failure : response.statusCode()));
                        } else {
                            latencies.get(name).add(latency);
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .handle((ok, e) -> null)
                .get(60, TimeUnit.SECONDS);
        if (!failures.isEmpty()) {
            System.out.println(failures.size() + " requests failed, e.g. " + failures.peek());
        }
        Map<String, List<Long>> result = new LinkedHashMap<>();
        latencies.forEach((name, values) -> result.put(name, new ArrayList<>(values)));
        return result;
    }

    // ---------------------------------------------------------------- the same SQL under pgbench

    private static Map<String, List<Long>> pgbench(
            String pgbench, PostgresServer postgres, Path work, int rate, int seconds) throws Exception {
        List<String> names = new ArrayList<>(SEARCHES.keySet());
        List<String> command = new ArrayList<>(List.of(
                pgbench,
                "-n",
                // Parse, plan and run each time, with the literal SQL: as the service does.
                "-M",
                "extended",
                "-c",
                "4",
                "-j",
                "2",
                "-R",
                Integer.toString(rate),
                "-T",
                Integer.toString(seconds),
                "-l",
                "--log-prefix=" + work.resolve("pgbench-log"),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(postgres.port()),
                "-U",
                PostgresServer.USER));
        for (String name : names) {
            Path script = work.resolve(name.replace('+', '-') + ".sql");
            Files.writeString(script, literalSql(SEARCHES.get(name)) + ";\n");
            command.add("-f");
            command.add(script + "@1");
        }
        command.add(PostgresServer.DATABASE);
        try (var logs = Files.newDirectoryStream(work, "pgbench-log*")) {
            for (Path log : logs) {
                Files.delete(log);
            }
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("pgbench.out").toFile())
                .start();
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroy();
            throw new IllegalStateException("pgbench failed; see " + work.resolve("pgbench.out"));
        }
        // Per-transaction log: client_id transaction_no time script_no time_epoch time_us [schedule_lag]
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        names.forEach(n -> latencies.put(n, new ArrayList<>()));
        try (var logs = Files.newDirectoryStream(work, "pgbench-log*")) {
            for (Path log : logs) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.trim().split("\\s+");
                    long micros = Long.parseLong(f[2]) + (f.length > 6 ? Long.parseLong(f[6]) : 0);
                    latencies.get(names.get(Integer.parseInt(f[3]))).add(micros * 1_000);
                }
            }
        }
        return latencies;
    }

    /** The statement the service sends for {@code path}, with its parameters written in as literals. */
    static String literalSql(String path) {
        URI uri = URI.create("http://bench" + path);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(decode(kv[1]));
        }
        Statement statement = uri.getPath().equals("/v1/facets")
                ? ArticleSearchRepository.facetStatement(FacetRequest.parse(parameters))
                : ArticleSearchRepository.searchStatement(SearchRequest.parse(parameters, new CursorCodec()));
        String sql = statement.sql();
        // From the highest placeholder down, so that $1 does not eat the start of $10.
        for (int i = statement.parameters().size(); i >= 1; i--) {
            sql = sql.replace("$" + i, literal(statement.parameters().get(i - 1)));
        }
        return sql.replace('\n', ' ');
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof String[] array) {
            return "array["
                    + String.join(
                            ",", Arrays.stream(array).map(SearchBench::text).toList()) + "]::text[]";
        }
        if (value instanceof OffsetDateTime time) {
            return text(time.toString()) + "::timestamptz";
        }
        if (value instanceof UUID id) {
            return text(id.toString()) + "::uuid";
        }
        return text(value.toString());
    }

    /** An escape-string literal: control characters (the headline markers) written as \\x escapes. */
    private static String text(String value) {
        StringBuilder out = new StringBuilder("E'");
        for (char c : value.toCharArray()) {
            if (c == '\'' || c == '\\') {
                out.append(c).append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    // ---------------------------------------------------------------- report

    private static String report(
            int articles, int rate, int seconds, Map<String, List<Long>> http, Map<String, List<Long>> sql) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "%n## Search benchmark: %d articles, %d requests/s for %d s (each search a third)%n%n",
                articles, rate, seconds));
        out.append(
                "| search | URL | HTTP p50 | HTTP p99 | HTTP max | SQL p50 | SQL p99 | p99 HTTP/SQL | n HTTP/SQL |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        List<Long> allHttp = new ArrayList<>();
        List<Long> allSql = new ArrayList<>();
        for (String name : SEARCHES.keySet()) {
            List<Long> h = sorted(http.get(name));
            List<Long> s = sorted(sql.get(name));
            allHttp.addAll(h);
            allSql.addAll(s);
            out.append(row(name, SEARCHES.get(name), h, s));
        }
        out.append(row("all", "", sorted(allHttp), sorted(allSql)));
        return out.toString();
    }

    private static String row(String name, String url, List<Long> h, List<Long> s) {
        return String.format(
                "| %s | `%s` | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f | %d/%d |%n",
                name,
                url,
                ms(percentile(h, 50)),
                ms(percentile(h, 99)),
                ms(h.isEmpty() ? 0 : h.get(h.size() - 1)),
                ms(percentile(s, 50)),
                ms(percentile(s, 99)),
                percentile(s, 99) == 0 ? 0 : (double) percentile(h, 99) / percentile(s, 99),
                h.size(),
                s.size());
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> linked(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
