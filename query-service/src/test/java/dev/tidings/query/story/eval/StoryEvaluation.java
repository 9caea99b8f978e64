package dev.tidings.query.story.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleId;
import dev.tidings.query.story.InMemoryStories;
import dev.tidings.query.story.StoryArticle;
import dev.tidings.query.story.StoryRules;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Measures story grouping against a gold grouping: BCubed precision, recall and F1, and pairwise F1.
 * Not a test: a program (see query-service/README.md, "Stories").
 *
 * <p>The gold set is a JSONL file of {@code {id, cluster, title, body, date}} (the AllSides set,
 * internal evaluation only, or the paired events written for Tidings); an article's URL is {@code
 * <url-prefix><id>}, its id the UUIDv5 of that URL. Its stories are split into two halves by the
 * CRC-32 of the story's id (even: A, odd: B): numbers are chosen on A and reported on both.
 *
 * <pre>
 * --gold FILE        the gold set
 * --events FILE      offline: enriched events of its articles (enrichment's evaluation, --only stories),
 *                    grouped in memory by the service's rule, in a shuffled order
 * --seed N           the shuffle (default 20261203)
 * --rules w,t,k[,r,s,c] vector weight, threshold, keys-only threshold[, retrieval keys, stories per key,
 *                    candidates] (default: the service's)
 * --baseline T       the embedding-only baseline's threshold (default 0.65, the best on half A by --grid)
 * --vectors FILE     other embeddings of the gold articles (see withVectors), named --model NAME
 * --list             offline: also every story made of all the articles, with their titles
 * --grid             offline: also a grid of rules on half A, the baseline's thresholds among them
 * --ceiling          offline: also how far the rule's similarity can go (SimilarityCeiling)
 * </pre>
 */
public final class StoryEvaluation {

    static final String URL_PREFIX = "https://allsides.eval/";
    private static final ObjectMapper JSON = ArticleEventJson.mapper();

    record Gold(String id, String cluster, String half, boolean dated) {}

    private StoryEvaluation() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--grid") || args[i].equals("--list") || args[i].equals("--ceiling")) {
                options.put(args[i].substring(2), "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<UUID, Gold> gold = gold(Path.of(required(options, "gold")), options.getOrDefault("url-prefix", URL_PREFIX));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261203"));
        StoryRules rules = rules(options.get("rules"));
        out.printf(
                Locale.ROOT,
                "Stories: gold %s (%d articles, %d stories), seed %d, %s%n",
                options.get("gold"),
                gold.size(),
                gold.values().stream().map(Gold::cluster).distinct().count(),
                seed,
                rules);
        if (options.containsKey("events")) {
            List<StoryArticle> articles = events(Path.of(options.get("events")), gold);
            if (options.containsKey("vectors")) {
                articles = withVectors(articles, Path.of(options.get("vectors")), options.get("model"), gold);
            }
            double baseline = Double.parseDouble(options.getOrDefault("baseline", "0.65"));
            offline(articles, gold, rules, baseline, seed, out);
            if (options.containsKey("grid")) {
                grid(articles, gold, rules, seed, out);
            }
            if (options.containsKey("ceiling")) {
                SimilarityCeiling.report(articles, gold, rules, out);
            }
            if (options.containsKey("list")) {
                list(articles, gold, rules, seed, out);
            }
        }
    }

    /**
     * The raw baseline: the same online assignment on the embedding alone (cosine to the story's mean
     * against a threshold, no keys; an article without a vector always starts a story).
     */
    static StoryRules embeddingOnly(StoryRules rules, double threshold) {
        return rules.withScores(1.0, threshold, 2.0);
    }

    /** Each half on its own, then the two together, then the dated articles of each half. */
    static void offline(
            List<StoryArticle> articles,
            Map<UUID, Gold> gold,
            StoryRules rules,
            double baselineThreshold,
            long seed,
            PrintStream out) {
        out.printf(
                Locale.ROOT,
                "baseline, embedding only (cosine to the story mean >= %.2f), in a shuffled order:%n",
                baselineThreshold);
        for (String half : List.of("A", "B")) {
            report(
                    "baseline half " + half,
                    group(
                            articles,
                            a -> gold.get(a.id()).half().equals(half),
                            embeddingOnly(rules, baselineThreshold),
                            seed,
                            out),
                    gold,
                    out);
        }
        out.println("offline, the service's rule in memory, articles in a shuffled order:");
        for (String half : List.of("A", "B")) {
            report(
                    "half " + half,
                    group(articles, a -> gold.get(a.id()).half().equals(half), rules, seed, out),
                    gold,
                    out);
        }
        report("both halves at once", group(articles, a -> true, rules, seed, out), gold, out);
        for (String half : List.of("A", "B")) {
            report(
                    "half " + half + ", dated articles only",
                    group(
                            articles,
                            a -> gold.get(a.id()).half().equals(half)
                                    && gold.get(a.id()).dated(),
                            rules,
                            seed,
                            out),
                    gold,
                    out);
        }
    }

    /** Every story made of all the articles at once, with its articles' gold stories and titles. */
    static void list(List<StoryArticle> articles, Map<UUID, Gold> gold, StoryRules rules, long seed, PrintStream out) {
        Map<UUID, UUID> stories = group(articles, a -> true, rules, seed, out);
        Map<UUID, List<StoryArticle>> members = new LinkedHashMap<>();
        for (StoryArticle article : articles) {
            members.computeIfAbsent(stories.get(article.id()), s -> new ArrayList<>())
                    .add(article);
        }
        members.forEach((story, inStory) -> {
            out.printf(Locale.ROOT, "story %s, %d articles:%n", story, inStory.size());
            for (StoryArticle article : inStory) {
                Gold g = gold.get(article.id());
                out.printf(Locale.ROOT, "  %-16s (gold %s) %s%n", g.id(), g.cluster(), article.title());
            }
        });
    }

    static void grid(List<StoryArticle> articles, Map<UUID, Gold> gold, StoryRules rules, long seed, PrintStream out) {
        out.println("grid on half A (all / dated only): vector weight, threshold, keys-only threshold");
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        for (double weight : new double[] {0.5, 0.6, 0.7, 0.8, 0.9}) {
            for (double threshold :
                    new double[] {0.42, 0.45, 0.48, 0.51, 0.54, 0.57, 0.60, 0.63, 0.66, 0.69, 0.72, 0.75, 0.78, 0.81}) {
                StoryRules tried = rules.withScores(weight, threshold, rules.keysThreshold());
                ClusterScores all =
                        scores(group(articles, a -> gold.get(a.id()).half().equals("A"), tried, seed, quiet), gold);
                ClusterScores dated = scores(
                        group(
                                articles,
                                a -> gold.get(a.id()).half().equals("A")
                                        && gold.get(a.id()).dated(),
                                tried,
                                seed,
                                quiet),
                        gold);
                out.printf(
                        Locale.ROOT,
                        "  %.2f %.2f %.2f   BCubed F1 %.3f (P %.3f R %.3f) pair F1 %.3f   dated: BCubed F1 %.3f pair F1 %.3f%n",
                        weight,
                        threshold,
                        rules.keysThreshold(),
                        all.bcubedF1(),
                        all.bcubedPrecision(),
                        all.bcubedRecall(),
                        all.pairF1(),
                        dated.bcubedF1(),
                        dated.pairF1());
            }
        }
        for (double threshold : new double[] {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92}) {
            ClusterScores baseline = scores(
                    group(
                            articles,
                            a -> gold.get(a.id()).half().equals("A"),
                            embeddingOnly(rules, threshold),
                            seed,
                            quiet),
                    gold);
            out.printf(
                    Locale.ROOT,
                    "  baseline, embedding only, threshold %.2f   BCubed F1 %.3f (P %.3f R %.3f) pair F1 %.3f%n",
                    threshold,
                    baseline.bcubedF1(),
                    baseline.bcubedPrecision(),
                    baseline.bcubedRecall(),
                    baseline.pairF1());
        }
        for (double keysThreshold : new double[] {0.1, 0.15, 0.2, 0.25, 0.3}) {
            StoryRules tried = rules.withScores(rules.vectorWeight(), rules.threshold(), keysThreshold);
            List<StoryArticle> withoutVectors = articles.stream()
                    .filter(a -> gold.get(a.id()).half().equals("A"))
                    .map(a -> new StoryArticle(a.id(), a.time(), a.title(), a.language(), null, null, a.keys()))
                    .toList();
            ClusterScores keysOnly = scores(group(withoutVectors, a -> true, tried, seed, quiet), gold);
            out.printf(
                    Locale.ROOT,
                    "  keys only (vectors left out), keys-only threshold %.2f   BCubed F1 %.3f (P %.3f R %.3f) pair F1 %.3f%n",
                    keysThreshold,
                    keysOnly.bcubedF1(),
                    keysOnly.bcubedPrecision(),
                    keysOnly.bcubedRecall(),
                    keysOnly.pairF1());
        }
    }

    static Map<UUID, UUID> group(
            List<StoryArticle> articles, Predicate<StoryArticle> which, StoryRules rules, long seed, PrintStream out) {
        List<StoryArticle> order =
                new ArrayList<>(articles.stream().filter(which).toList());
        Collections.shuffle(order, new Random(seed));
        InMemoryStories stories = new InMemoryStories(rules);
        var bean = ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        for (StoryArticle article : order) {
            stories.assign(article);
        }
        double ms = (bean.getCurrentThreadCpuTime() - cpu) / 1e6;
        out.printf(
                Locale.ROOT,
                "  %d articles into %d stories, %.3f ms CPU per article in memory%n",
                order.size(),
                stories.storyCount(),
                order.isEmpty() ? 0 : ms / order.size());
        return stories.storyOfArticle();
    }

    static ClusterScores scores(Map<UUID, UUID> stories, Map<UUID, Gold> gold) {
        Map<UUID, String> predicted = new LinkedHashMap<>();
        Map<UUID, String> expected = new LinkedHashMap<>();
        stories.forEach((article, story) -> {
            predicted.put(article, story.toString());
            expected.put(article, gold.get(article).cluster());
        });
        return ClusterScores.of(predicted, expected);
    }

    static void report(String name, Map<UUID, UUID> stories, Map<UUID, Gold> gold, PrintStream out) {
        ClusterScores s = scores(stories, gold);
        out.printf(
                Locale.ROOT,
                "  %-32s %5d articles, %5d stories (gold %5d)  BCubed P %.3f R %.3f F1 %.3f   pairwise P %.3f R %.3f F1 %.3f%n",
                name,
                s.items(),
                s.predictedGroups(),
                s.goldGroups(),
                s.bcubedPrecision(),
                s.bcubedRecall(),
                s.bcubedF1(),
                s.pairPrecision(),
                s.pairRecall(),
                s.pairF1());
    }

    static Map<UUID, Gold> gold(Path file, String urlPrefix) throws IOException {
        Map<UUID, Gold> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            String cluster = row.get("cluster").asText();
            CRC32 crc = new CRC32();
            crc.update(cluster.getBytes(StandardCharsets.UTF_8));
            gold.put(
                    ArticleId.of(urlPrefix + row.get("id").asText()),
                    new Gold(
                            row.get("id").asText(),
                            cluster,
                            crc.getValue() % 2 == 0 ? "A" : "B",
                            row.path("date").isTextual()));
        }
        return gold;
    }

    static List<StoryArticle> events(Path file, Map<UUID, Gold> gold) throws IOException {
        List<StoryArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            StoryArticle article = StoryArticle.of(JSON.readValue(line, ArticleEnriched.class));
            if (gold.containsKey(article.id())) {
                articles.add(article);
            }
        }
        return articles;
    }

    /**
     * The articles with other embeddings, to compare models without re-running enrichment: {@code
     * FILE} holds one vector per gold article in the gold file's order, 32-bit little-endian floats.
     */
    static List<StoryArticle> withVectors(List<StoryArticle> articles, Path file, String model, Map<UUID, Gold> gold)
            throws IOException {
        java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(Files.readAllBytes(file))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer();
        int dimension = floats.capacity() / gold.size();
        Map<UUID, float[]> vectors = new HashMap<>();
        int row = 0;
        for (UUID id : gold.keySet()) {
            float[] vector = new float[dimension];
            floats.get(row++ * dimension, vector);
            double norm = 0;
            for (float f : vector) {
                norm += f * f;
            }
            for (int i = 0; i < dimension; i++) {
                vector[i] /= (float) Math.sqrt(norm);
            }
            vectors.put(id, vector);
        }
        String name = model == null ? file.getFileName().toString() : model;
        return articles.stream()
                .map(a -> new StoryArticle(
                        a.id(), a.time(), a.title(), a.language(), vectors.get(a.id()), name, a.keys()))
                .toList();
    }

    private static StoryRules rules(String text) {
        if (text == null) {
            return StoryRules.DEFAULT;
        }
        String[] parts = text.split(",");
        StoryRules scores = StoryRules.DEFAULT.withScores(
                Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        if (parts.length == 3) {
            return scores;
        }
        return new StoryRules(
                scores.silence(),
                scores.vectorWeight(),
                scores.threshold(),
                scores.keysThreshold(),
                Integer.parseInt(parts[3]),
                Integer.parseInt(parts[4]),
                Integer.parseInt(parts[5]));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
