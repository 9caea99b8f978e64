package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.tidings.enrichment.embedding.HeadlineAndLead;
import dev.tidings.enrichment.embedding.SentenceEmbedder;
import dev.tidings.enrichment.enricher.StandardPipeline;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleId;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.Embedding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The AllSides same-story set ({@code stories/allsides-train.jsonl}, internal evaluation only), or
 * another set of the same shape ({@code --option story-set=FILE}: {@code {id, cluster, title, body,
 * date}} a line, such as query-service's own paired events), through
 * {@link EnrichmentPipeline#standard()}, written as enriched events for query-service's story
 * evaluation to group offline ({@code target/eval/stories/allsides-lead<N>.jsonl}, one event a line,
 * never committed): once with the shipped lead length and once with each other length given by
 * {@code --option lead=N}, so that the grouping can be compared by the lead its embedding read. Each
 * article's URL is {@code https://allsides.eval/<id>}, so its id (UUIDv5 of the URL) leads back to
 * its gold story.
 *
 * <p>Also the CPU time of one embedding per lead length, on one thread, on these lead paragraphs and on
 * MasakhaNEWS articles (whole stories, whose leads are cut).
 */
final class StoryArticlesMeasurement implements Measurement {

    static final String URL_PREFIX = "https://allsides.eval/";
    private static final ObjectMapper JSON = ArticleEventJson.mapper();
    private static final Instant INGESTED = Instant.parse("2026-12-01T00:00:00Z");

    @Override
    public String name() {
        return "stories";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        PrintStream out = context.out();
        Path set = context.dataFile("stories/allsides-train.jsonl");
        String name = "allsides";
        List<Integer> leads = new ArrayList<>(List.of(HeadlineAndLead.LEAD_CHARACTERS));
        List<String> models = new ArrayList<>();
        for (String option : context.options()) {
            if (option.startsWith("model=")) {
                models.add(option.substring("model=".length()));
            } else if (option.startsWith("lead=")) {
                leads.add(Integer.parseInt(option.substring(5)));
            } else if (option.equals("seed-check")) {
                set = SeedStoryCheck.write(
                        context.dataFile("seed/seed-page.txt"), context.output().resolve("stories"));
                name = "seed-check";
            } else if (option.startsWith("story-set=")) {
                set = Path.of(option.substring("story-set=".length()));
                name = set.getFileName().toString().replaceFirst("\\.jsonl$", "");
            }
        }
        List<ArticleIngested> articles = allSides(set);
        EnrichmentPipeline pipeline = StandardPipeline.load();
        SentenceEmbedder embedder = new SentenceEmbedder();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<ArticleEnriched>> tagged = new ArrayList<>();
        for (ArticleIngested article : articles) {
            tagged.add(pool.submit(() -> {
                ArticleDocument document = pipeline.tag(article);
                return document.toEnriched(1, INGESTED);
            }));
        }
        List<ArticleEnriched> enriched = new ArrayList<>();
        for (Future<ArticleEnriched> future : tagged) {
            enriched.add(future.get());
        }
        out.printf(
                Locale.ROOT,
                "%s: %d articles through the pipeline in %.0f s on %d threads%n",
                set,
                enriched.size(),
                (System.nanoTime() - start) / 1e9,
                threads);
        Path folder = context.output().resolve("stories");
        Files.createDirectories(folder);
        for (int lead : leads) {
            List<Future<String>> lines = new ArrayList<>();
            for (ArticleEnriched event : enriched) {
                lines.add(pool.submit(() -> JSON.writeValueAsString(
                        lead == HeadlineAndLead.LEAD_CHARACTERS ? event : withLead(event, lead, embedder))));
            }
            Path file = folder.resolve(name + "-lead" + lead + ".jsonl");
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Future<String> line : lines) {
                    writer.write(line.get());
                    writer.newLine();
                }
            }
            out.println("wrote " + file);
        }
        if (!models.isEmpty()) {
            otherModels(articles, models, folder, name, out);
        }
        pool.shutdown();
        if (leads.size() > 1) {
            embeddingCost(articles, leads, embedder, out);
        }
    }

    private static ArticleEnriched withLead(ArticleEnriched event, int lead, SentenceEmbedder embedder) {
        if (event.embedding() == null) {
            return event;
        }
        Embedding embedding = Embedding.of(
                event.embedding().model(), embedder.embed(HeadlineAndLead.of(event.title(), event.body(), lead)));
        JsonNode node = JSON.valueToTree(event);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).set("embedding", JSON.valueToTree(embedding));
        return JSON.convertValue(node, ArticleEnriched.class);
    }

    /** The models {@code model=NAME} may name: the shipped one and two larger ones of the same size. */
    static final Map<String, SentenceEmbedder.Model> MODELS = Map.of(
            "all-minilm-l6-v2",
            SentenceEmbedder.Model.ALL_MINILM_L6_V2,
            "bge-small-en-v1.5",
            new SentenceEmbedder.Model(
                    "bge-small-en-v1.5-int8",
                    "bge-small-en-v1.5-q.onnx",
                    "bge-small-en-v1.5-q-tokenizer.json",
                    PoolingMode.CLS,
                    ""),
            "e5-small-v2",
            new SentenceEmbedder.Model(
                    "e5-small-v2-int8",
                    "e5-small-v2-q.onnx",
                    "e5-small-v2-q-tokenizer.json",
                    PoolingMode.MEAN,
                    "query: "));

    /**
     * Each named model's embedding of every article's headline and lead, written as {@code
     * <set>-<model>.f32} (32-bit little-endian floats, one vector per article in the set's order), for
     * query-service's story evaluation to group with ({@code --vectors}); and the model's CPU time per
     * article on one thread.
     */
    private static void otherModels(
            List<ArticleIngested> articles, List<String> names, Path folder, String set, PrintStream out)
            throws IOException {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (String name : names) {
            SentenceEmbedder.Model model = MODELS.get(name);
            if (model == null) {
                throw new IllegalArgumentException("model=" + name + ": one of " + MODELS.keySet());
            }
            SentenceEmbedder embedder = new SentenceEmbedder(model);
            ByteBuffer vectors = ByteBuffer.allocate(articles.size() * SentenceEmbedder.DIMENSION * Float.BYTES)
                    .order(ByteOrder.LITTLE_ENDIAN);
            long cpu = bean.getCurrentThreadCpuTime();
            for (ArticleIngested article : articles) {
                for (float value : embedder.embed(HeadlineAndLead.of(article.title(), article.body()))) {
                    vectors.putFloat(value);
                }
            }
            double ms = (bean.getCurrentThreadCpuTime() - cpu) / 1e6 / articles.size();
            Path file = folder.resolve(set + "-" + name + ".f32");
            Files.write(file, vectors.array());
            out.printf(Locale.ROOT, "model %s: %.2f ms CPU per article (one thread), wrote %s%n", name, ms, file);
        }
    }

    /** CPU time of one embedding per lead length, one thread, after a warm-up round, median of 3. */
    private static void embeddingCost(
            List<ArticleIngested> allSides, List<Integer> leads, SentenceEmbedder embedder, PrintStream out)
            throws IOException {
        List<TopicDataSets.Article> masakha = TopicDataSets.masakhaNews();
        List<String> names = List.of("AllSides lead paragraphs (first 300)", "MasakhaNEWS articles (first 300)");
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int s = 0; s < 2; s++) {
            List<String[]> texts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                texts.add(
                        s == 0
                                ? new String[] {
                                    allSides.get(i).title(), allSides.get(i).body()
                                }
                                : new String[] {
                                    masakha.get(i).title(), masakha.get(i).body()
                                });
            }
            for (int lead : leads) {
                long[] rounds = new long[4];
                for (int round = 0; round < rounds.length; round++) {
                    long cpu = bean.getCurrentThreadCpuTime();
                    for (String[] text : texts) {
                        embedder.embed(HeadlineAndLead.of(text[0], text[1], lead));
                    }
                    rounds[round] = bean.getCurrentThreadCpuTime() - cpu;
                }
                long[] measured = java.util.Arrays.copyOfRange(rounds, 1, rounds.length);
                java.util.Arrays.sort(measured);
                out.printf(
                        Locale.ROOT,
                        "embedding CPU per article, %s, lead %d: %.2f ms (median of 3 rounds after a warm-up)%n",
                        names.get(s),
                        lead,
                        measured[1] / 1e6 / texts.size());
            }
        }
    }

    static List<ArticleIngested> allSides(Path file) throws IOException {
        List<ArticleIngested> articles = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            String url = URL_PREFIX + row.get("id").asText();
            String body = row.get("body").asText();
            Instant published = row.path("date").isTextual()
                    ? LocalDate.parse(row.get("date").asText()).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : null;
            String id = row.get("id").asText();
            articles.add(new ArticleIngested(
                    ArticleId.of(url),
                    1,
                    url,
                    url,
                    "outlet-" + id.substring(id.lastIndexOf('-') + 1),
                    row.get("title").asText(),
                    body,
                    published,
                    null,
                    List.of(),
                    null,
                    "text",
                    TopicTrainingData.sha256(body),
                    INGESTED));
        }
        return articles;
    }
}
