package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.dedup.SimHashFingerprinter;
import dev.tidings.enrichment.eval.TopicDataSets.Article;
import dev.tidings.enrichment.keyword.KeyPhraseExtractor;
import dev.tidings.enrichment.summary.ExtractiveSummarizer;
import dev.tidings.enrichment.tone.ToneScorer;
import dev.tidings.enrichment.topic.TopicClassifier;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The cost per article of the topic, keyword, tone, summary and fingerprint stages, on one thread,
 * over {@value #ARTICLES} real article bodies (MasakhaNEWS English), after warming up the JIT. Run it
 * through {@code TopicEvaluation speed}.
 *
 * <p>It reports the CPU time of the measuring thread, not wall-clock time, so that other processes
 * on a busy machine (a build next door) do not inflate the figures; wall-clock time is printed too.
 */
public final class TopicStageTimings {

    static final int ARTICLES = 500;
    static final int WARM_UP_ROUNDS = 5;
    static final int MEASURED_ROUNDS = 5;

    private TopicStageTimings() {}

    public static void main(String[] args) throws IOException {
        List<Article> articles = new ArrayList<>(TopicDataSets.masakhaNews().subList(0, ARTICLES));
        long words = 0;
        for (Article article : articles) {
            words += article.body().split("\\s+").length;
        }
        double wordsPerArticle = (double) words / articles.size();

        long loadStart = System.nanoTime();
        TopicClassifier topics = new TopicClassifier();
        KeyPhraseExtractor keywords = new KeyPhraseExtractor();
        ToneScorer tone = new ToneScorer();
        ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
        SimHashFingerprinter fingerprinter = new SimHashFingerprinter();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;

        Map<String, ToIntFunction<Article>> stages = new LinkedHashMap<>();
        stages.put("topics", a -> topics.classify(a.title(), a.body()).size());
        stages.put(
                "keywords",
                a -> keywords.extract(a.title(), a.body(), List.of()).size());
        stages.put("tone", a -> (int) tone.score(a.body()).score());
        stages.put(
                "summary",
                a -> summarizer.summarize(a.title(), a.body()).orElse("").length());
        stages.put(
                "fingerprint",
                a -> fingerprinter.fingerprint(a.body()).orElse("").length());

        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (ToIntFunction<Article> stage : stages.values()) {
                for (Article article : articles) {
                    sink += stage.applyAsInt(article);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%n== Speed: %d MasakhaNEWS bodies, %.0f words each on average, one thread, after warm-up ==%n",
                articles.size(),
                wordsPerArticle);
        System.out.printf(Locale.ROOT, "  loading all five: %.0f ms%n", loadMillis);
        double total = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, ToIntFunction<Article>> stage : stages.entrySet()) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int round = 0; round < MEASURED_ROUNDS; round++) {
                for (Article article : articles) {
                    sink += stage.getValue().applyAsInt(article);
                }
            }
            int calls = MEASURED_ROUNDS * articles.size();
            double micros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / calls;
            double wallMicros = (System.nanoTime() - wallStart) / 1e3 / calls;
            total += micros;
            System.out.printf(
                    Locale.ROOT,
                    "  %-12s %7.0f us CPU per article, %7.0f us CPU per 1,000 words (wall clock %.0f us per article)%n",
                    stage.getKey(),
                    micros,
                    micros * 1000 / wordsPerArticle,
                    wallMicros);
        }
        System.out.printf(
                Locale.ROOT,
                "  %-12s %7.0f us CPU per article, %7.0f us CPU per 1,000 words (checksum %d)%n",
                "all five",
                total,
                total * 1000 / wordsPerArticle,
                sink);
    }
}
