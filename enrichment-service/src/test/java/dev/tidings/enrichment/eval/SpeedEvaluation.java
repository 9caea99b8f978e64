package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dev.tidings.enrichment.enricher.StandardPipeline;
import dev.tidings.enrichment.entity.EntityMentionFinder;
import dev.tidings.enrichment.entity.EntityTagger;
import dev.tidings.enrichment.language.LanguageTagger;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import dev.tidings.enrichment.pipeline.Tagger;
import dev.tidings.events.ArticleIngested;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Pages/s and tokens/s of the whole {@link EnrichmentPipeline} on real news bodies, beside the bare
 * CRF (CoreNLP tokenize + ssplit, then {@code classifySentence}, as the entity tagger runs them) on
 * the same texts, in the same JVM, on one thread, after two warm-up rounds.
 *
 * <p>Rates are per second of CPU time of this JVM (all its threads: Lingua computes on the common
 * fork-join pool, and garbage collection is part of the cost): the development machine is shared
 * with other builds, and wall-clock time there measures the neighbours as much as the code (the
 * wall-clock rates are printed too). Nothing else runs in this JVM meanwhile. The two alternate over {@value #ROUNDS} rounds and the median round of
 * each counts. Each tagger of the pipeline is also timed on its own, in pipeline order on the same
 * documents, to show where the time goes.
 */
final class SpeedEvaluation implements Measurement {

    static final String DATA = "news/reuters21578.jsonl";
    static final int PAGES = 300;
    static final int ROUNDS = 5;

    private static final OperatingSystemMXBean SYSTEM =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Override
    public String name() {
        return "speed";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        List<ArticleIngested> articles = read(context);
        List<String> bodies = articles.stream().map(ArticleIngested::body).toList();
        EnrichmentPipeline pipeline = StandardPipeline.load();
        // The two taggers this evaluation was written for, without the rest of the pipeline.
        EnrichmentPipeline languageAndEntities =
                EnrichmentPipeline.load(List.of(LanguageTagger::new, EntityTagger::new));
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(EntityMentionFinder.tokenizerProperties());
        CRFClassifier<CoreLabel> classifier = context.models().classifier();
        long tokens = 0;
        for (String body : bodies) {
            tokens += bareCrf(tokenizer, classifier, body);
        }
        context.out()
                .printf(
                        "== Speed: %d bodies of %s (%d CoreNLP tokens, %d chars), one thread, %d rounds after 2 warm-up"
                                + " rounds%n",
                        bodies.size(),
                        DATA,
                        tokens,
                        bodies.stream().mapToLong(String::length).sum(),
                        ROUNDS);

        List<Tagger> taggers = pipeline.taggers();
        long[] taggerNanos = new long[taggers.size()];
        Map<String, String> failures = new TreeMap<>();
        Runnable bare = () -> bodies.forEach(body -> bareCrf(tokenizer, classifier, body));
        Runnable whole = () -> articles.forEach(article -> {
            try {
                pipeline.tag(article);
            } catch (RuntimeException e) {
                // Counted below, per tagger: a failing page still costs what ran before the failure.
            }
        });
        Runnable mine = () -> articles.forEach(languageAndEntities::tag);
        Runnable byTagger = () -> articles.forEach(article -> {
            ArticleDocument document = new ArticleDocument(article);
            for (int t = 0; t < taggers.size(); t++) {
                long start = SYSTEM.getProcessCpuTime();
                try {
                    taggers.get(t).tag(document);
                } catch (RuntimeException e) {
                    failures.merge(
                            taggers.get(t).name() + ": " + e, article.id().toString(), (a, b) -> a);
                    taggerNanos[t] += SYSTEM.getProcessCpuTime() - start;
                    return;
                }
                taggerNanos[t] += SYSTEM.getProcessCpuTime() - start;
            }
        });
        Runnable[] runs = {bare, whole, mine};
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            for (Runnable run : runs) {
                run.run();
            }
            byTagger.run();
        }
        Arrays.fill(taggerNanos, 0);
        double[][] cpu = new double[runs.length][ROUNDS];
        double[][] wall = new double[runs.length][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int r = 0; r < runs.length; r++) {
                long startCpu = SYSTEM.getProcessCpuTime();
                long startWall = System.nanoTime();
                runs[r].run();
                cpu[r][round] = (SYSTEM.getProcessCpuTime() - startCpu) / 1e9;
                wall[r][round] = (System.nanoTime() - startWall) / 1e9;
            }
            byTagger.run();
        }
        double bareCpu = median(cpu[0]);
        double wholeCpu = median(cpu[1]);
        print(context, "bare CRF (tokenize+ssplit+classifySentence)", bodies.size(), tokens, bareCpu, median(wall[0]));
        print(context, "StandardPipeline.load(), all taggers", bodies.size(), tokens, wholeCpu, median(wall[1]));
        print(context, "language + entity taggers alone", bodies.size(), tokens, median(cpu[2]), median(wall[2]));
        context.out().println("  each tagger of the pipeline on its own, in pipeline order:");
        for (int t = 0; t < taggers.size(); t++) {
            double seconds = taggerNanos[t] / 1e9 / ROUNDS;
            context.out()
                    .printf(
                            "    %-12s %6.2f ms CPU per page (%4.1f%% of the pipeline)%n",
                            taggers.get(t).name(),
                            1000 * seconds / bodies.size(),
                            100 * seconds / Arrays.stream(taggerNanos).sum() * 1e9 * ROUNDS);
        }
        context.out()
                .printf(
                        "  pipeline / bare CRF = %.2f by CPU time (goal >= 0.80), %.2f by wall-clock time;"
                                + " CPU s per round: bare %s, pipeline %s%n",
                        bareCpu / wholeCpu,
                        median(wall[0]) / median(wall[1]),
                        Arrays.toString(round(cpu[0])),
                        Arrays.toString(round(cpu[1])));
    }

    /** Tokenizes, splits and classifies one text as the bare CRF; returns its token count. */
    private static int bareCrf(StanfordCoreNLP tokenizer, CRFClassifier<CoreLabel> classifier, String text) {
        Annotation annotation = new Annotation(text);
        tokenizer.annotate(annotation);
        int tokens = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> sentenceTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            classifier.classifySentence(sentenceTokens);
            tokens += sentenceTokens.size();
        }
        return tokens;
    }

    private static void print(
            EvaluationContext context, String label, int pages, long tokens, double cpuSeconds, double wallSeconds) {
        context.out()
                .printf(
                        "  %-46s %6.1f pages/s %7.0f tokens/s by CPU time (%.2f s per round); wall clock %5.1f pages/s%n",
                        label, pages / cpuSeconds, tokens / cpuSeconds, cpuSeconds, pages / wallSeconds);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).toArray();
    }

    /** The first {@value #PAGES} stories with a body, in file order. */
    private static List<ArticleIngested> read(EvaluationContext context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<ArticleIngested> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(context.dataFile(DATA), StandardCharsets.UTF_8)) {
            String line;
            while (articles.size() < PAGES && (line = in.readLine()) != null) {
                JsonNode story = json.readTree(line);
                String body = story.path("body").asText("");
                if (!body.isBlank()) {
                    articles.add(article(story.path("title").asText(""), body));
                }
            }
        }
        return articles;
    }

    private static ArticleIngested article(String title, String body) {
        return new ArticleIngested(
                UUID.nameUUIDFromBytes(body.getBytes(StandardCharsets.UTF_8)),
                1L,
                "https://news.example.com/" + body.hashCode(),
                null,
                "Reuters",
                title,
                body,
                Instant.EPOCH,
                "en",
                List.of(),
                null,
                "text",
                null,
                Instant.EPOCH);
    }
}
