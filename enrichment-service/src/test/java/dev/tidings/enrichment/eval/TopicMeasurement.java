package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.embedding.HeadlineAndLead;
import dev.tidings.enrichment.embedding.SentenceEmbedder;
import dev.tidings.enrichment.eval.TopicDataSets.Article;
import dev.tidings.enrichment.eval.TopicEvaluation.Scored;
import dev.tidings.enrichment.topic.MediaTopicVocabulary;
import dev.tidings.enrichment.topic.TopicClassifier;
import dev.tidings.enrichment.topic.TopicEnsemble;
import dev.tidings.events.Topic;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The shipped topic stage ({@link TopicEnsemble}: sentence embedding + bag of words) beside the
 * bag-of-words classifier alone ({@link TopicClassifier}, the stage before the embedding), in one run:
 *
 * <ul>
 *   <li>MasakhaNEWS English, the held-out fifth (never trained or tuned on): top-1 accuracy (the best
 *       emitted topic; no topic counts as wrong) and macro-F1 over its six labels, on whole articles,
 *       on their headlines alone and on headline + first sentence;
 *   <li>Reuters-21578 (never trained on: research only), all articles with topics, their topics mapped
 *       to IPTC by {@link TopicEvaluation#reutersToIptc}: precision and recall of the emitted
 *       top-level topics;
 *   <li>calibration: the held-out texts of all three cuts by the score of their top topic;
 *   <li>CPU time per article of the embedding and of each topic stage, on one thread;
 *   <li>the topics of the seed page's main story.
 * </ul>
 */
final class TopicMeasurement implements Measurement {

    static final int TIMED_ARTICLES = 300;

    @Override
    public String name() {
        return "topics";
    }

    /** One way to cut a text: what a front end gets from a feed of headlines, of short items, of articles. */
    enum Cut {
        WHOLE,
        HEADLINE,
        HEADLINE_AND_FIRST_SENTENCE;

        String body(String body) {
            return switch (this) {
                case WHOLE -> body;
                case HEADLINE -> "";
                case HEADLINE_AND_FIRST_SENTENCE -> TopicTrainingData.firstSentence(body);
            };
        }
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        System.setProperty(
                "tidings.data.masakhanews",
                context.dataFile("news/masakhanews-eng.jsonl").toString());
        System.setProperty(
                "tidings.data.reuters",
                context.dataFile("news/reuters21578.jsonl").toString());
        MediaTopicVocabulary vocabulary = MediaTopicVocabulary.load();
        SentenceEmbedder embedder = new SentenceEmbedder();
        TopicClassifier bagOfWords = new TopicClassifier();
        TopicEnsemble ensemble = new TopicEnsemble();
        var out = context.out();

        List<Article> heldOut = new ArrayList<>();
        for (Article article : TopicDataSets.masakhaNews()) {
            if (TopicDataSets.isHeldOut(article.id())) {
                heldOut.add(article);
            }
        }
        List<Scored> allCutsEnsemble = new ArrayList<>();
        List<Scored> allCutsBagOfWords = new ArrayList<>();
        for (Cut cut : Cut.values()) {
            List<Scored> before = new ArrayList<>();
            List<Scored> after = new ArrayList<>();
            for (Article article : heldOut) {
                Set<String> gold = Set.of(
                        TopicDataSets.MASAKHANEWS_TO_IPTC.get(article.labels().get(0)));
                String body = cut.body(article.body());
                float[] embedding = embedder.embed(HeadlineAndLead.of(article.title(), body));
                before.add(new Scored(gold, bagOfWords.scoreAll(article.title(), body)));
                after.add(new Scored(gold, ensemble.scoreAll(article.title(), body, embedding)));
            }
            out.printf(
                    Locale.ROOT,
                    "%n== Topics: MasakhaNEWS English, held-out fifth (%d articles), %s ==%n",
                    heldOut.size(),
                    cut.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            out.println("bag of words alone (the stage before), threshold " + TopicClassifier.MIN_SCORE + ":");
            TopicEvaluation.reportSingleLabel(before, vocabulary, TopicClassifier.MIN_SCORE);
            out.println("embedding + bag of words (shipped), threshold " + TopicEnsemble.MIN_SCORE + ":");
            TopicEvaluation.reportSingleLabel(after, vocabulary, TopicEnsemble.MIN_SCORE);
            allCutsBagOfWords.addAll(before);
            allCutsEnsemble.addAll(after);
        }
        out.printf(
                Locale.ROOT,
                "%n== Calibration: held-out fifth, all three cuts (%d texts) ==%n",
                allCutsEnsemble.size());
        out.println("score of the top topic -> texts, share whose top topic is right");
        out.println("embedding + bag of words (shipped):");
        calibration(allCutsEnsemble, vocabulary).forEach(out::println);
        out.println("bag of words alone:");
        calibration(allCutsBagOfWords, vocabulary).forEach(out::println);

        List<Article> reuters = TopicDataSets.reuters();
        List<Scored> reutersBefore = new ArrayList<>();
        List<Scored> reutersAfter = new ArrayList<>();
        for (Article article : reuters) {
            Set<String> gold = TopicEvaluation.reutersToIptc(article.labels());
            float[] embedding = embedder.embed(HeadlineAndLead.of(article.title(), article.body()));
            reutersBefore.add(new Scored(gold, bagOfWords.scoreAll(article.title(), article.body())));
            reutersAfter.add(new Scored(gold, ensemble.scoreAll(article.title(), article.body(), embedding)));
        }
        out.printf(
                Locale.ROOT,
                "%n== Topics: Reuters-21578, all %d articles with topics (mapped to IPTC; never trained on) ==%n",
                reuters.size());
        reportReuters("bag of words alone", reutersBefore, vocabulary, TopicClassifier.MIN_SCORE, out);
        reportReuters("embedding + bag of words (shipped)", reutersAfter, vocabulary, TopicEnsemble.MIN_SCORE, out);

        timings(heldOut.isEmpty() ? List.of() : TopicDataSets.masakhaNews(), embedder, bagOfWords, ensemble, out);
        seedPage(embedder, ensemble, bagOfWords, out);
    }

    private static void reportReuters(
            String name,
            List<Scored> scored,
            MediaTopicVocabulary vocabulary,
            double threshold,
            java.io.PrintStream out) {
        double[] prf = TopicEvaluation.multiLabel(scored, vocabulary, threshold);
        out.printf(
                Locale.ROOT,
                "%s, threshold %.2f: precision %.3f recall %.3f F1 %.3f topics/article %.2f%n",
                name,
                threshold,
                prf[0],
                prf[1],
                prf[2],
                prf[3]);
        Map<String, Integer> top = new TreeMap<>();
        for (Scored s : scored) {
            Set<String> emitted = TopicEvaluation.emittedTopLevel(s.topics(), vocabulary, threshold);
            String first = emitted.isEmpty() ? "(none)" : emitted.iterator().next();
            top.merge(
                    first.equals("(none)")
                            ? first
                            : first + " " + vocabulary.get(first).label(),
                    1,
                    Integer::sum);
        }
        out.println("  articles by top emitted topic: " + top);
    }

    static List<String> calibration(List<Scored> scored, MediaTopicVocabulary vocabulary) {
        double[] score = new double[scored.size()];
        boolean[] right = new boolean[scored.size()];
        for (int i = 0; i < score.length; i++) {
            Scored s = scored.get(i);
            Topic top = s.topics().stream()
                    .filter(t -> vocabulary.get(t.code()).isTopLevel())
                    .findFirst()
                    .orElseThrow();
            score[i] = top.score();
            right[i] = s.gold().contains(top.code());
        }
        return calibration(score, right);
    }

    /** Texts by the score of their top topic: how many, and the share whose top topic is right. */
    static List<String> calibration(double[] score, boolean[] right) {
        double[] edges = {0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
        int[] n = new int[edges.length - 1];
        int[] hits = new int[edges.length - 1];
        int high = 0;
        int highRight = 0;
        for (int i = 0; i < score.length; i++) {
            for (int b = 0; b < n.length; b++) {
                if (score[i] >= edges[b] && score[i] < edges[b + 1]) {
                    n[b]++;
                    hits[b] += right[i] ? 1 : 0;
                }
            }
            if (score[i] >= 0.8) {
                high++;
                highRight += right[i] ? 1 : 0;
            }
        }
        List<String> lines = new ArrayList<>();
        for (int b = 0; b < n.length; b++) {
            lines.add(String.format(
                    Locale.ROOT,
                    "  %.1f-%.1f  %5d  %s",
                    edges[b],
                    Math.min(edges[b + 1], 1.0),
                    n[b],
                    n[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) hits[b] / n[b])));
        }
        lines.add(String.format(
                Locale.ROOT,
                "  score >= 0.8: %d texts (%.1f%%), %.3f right",
                high,
                100.0 * high / score.length,
                high == 0 ? 0 : (double) highRight / high));
        return lines;
    }

    /** CPU time per article of each stage on this thread, after a warm-up round. */
    private static void timings(
            List<Article> all,
            SentenceEmbedder embedder,
            TopicClassifier bagOfWords,
            TopicEnsemble ensemble,
            java.io.PrintStream out) {
        List<Article> articles = all.subList(0, Math.min(TIMED_ARTICLES, all.size()));
        List<float[]> embeddings = new ArrayList<>();
        for (Article a : articles) {
            embeddings.add(embedder.embed(HeadlineAndLead.of(a.title(), a.body())));
        }
        Map<String, Function<Integer, Object>> stages = new java.util.LinkedHashMap<>();
        stages.put(
                "embedding (headline + lead)",
                i -> embedder.embed(HeadlineAndLead.of(
                        articles.get(i).title(), articles.get(i).body())));
        stages.put(
                "topics, bag of words alone",
                i -> bagOfWords.classify(
                        articles.get(i).title(), articles.get(i).body()));
        stages.put(
                "topics, shipped (without the embedding)",
                i -> ensemble.classify(articles.get(i).title(), articles.get(i).body(), embeddings.get(i)));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.printf(Locale.ROOT, "%n== Cost: %d MasakhaNEWS articles, one thread, CPU time ==%n", articles.size());
        for (Map.Entry<String, Function<Integer, Object>> stage : stages.entrySet()) {
            for (int i = 0; i < articles.size(); i++) {
                stage.getValue().apply(i);
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int rounds = 2;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < articles.size(); i++) {
                    stage.getValue().apply(i);
                }
            }
            int calls = rounds * articles.size();
            out.printf(
                    Locale.ROOT,
                    "  %-42s %6.2f ms CPU per article (wall %.2f ms)%n",
                    stage.getKey(),
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / calls,
                    (System.nanoTime() - wall) / 1e6 / calls);
        }
    }

    /** The seed page's main story (everything before "Also see story:"), without a headline. */
    private static void seedPage(
            SentenceEmbedder embedder, TopicEnsemble ensemble, TopicClassifier bagOfWords, java.io.PrintStream out)
            throws java.io.IOException {
        Path path = Path.of(System.getProperty("tidings.data.seed", "/work/shared/data/seed/seed-page.txt"));
        String page = Files.readString(path);
        int end = page.indexOf("Also see story:");
        String body = (end < 0 ? page : page.substring(0, end)).strip();
        out.printf(Locale.ROOT, "%n== Seed page main story (%s) ==%n", path);
        out.println("shipped: " + ensemble.classify("", body, embedder.embed(HeadlineAndLead.of("", body))));
        out.println("bag of words alone: " + bagOfWords.classify("", body));
    }
}
