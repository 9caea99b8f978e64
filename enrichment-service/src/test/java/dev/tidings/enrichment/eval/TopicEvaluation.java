package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.dedup.SimHashFingerprinter;
import dev.tidings.enrichment.eval.TopicDataSets.Article;
import dev.tidings.enrichment.keyword.KeyPhraseExtractor;
import dev.tidings.enrichment.summary.ExtractiveSummarizer;
import dev.tidings.enrichment.tone.ToneScorer;
import dev.tidings.enrichment.topic.MediaTopicVocabulary;
import dev.tidings.enrichment.topic.NaiveBayesTopicModel;
import dev.tidings.enrichment.topic.TopicClassifier;
import dev.tidings.enrichment.topic.TopicClassifier.Calibration;
import dev.tidings.enrichment.topic.TopicTerms;
import dev.tidings.events.Keyword;
import dev.tidings.events.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures the topic classifier, and with {@code all} (the default) also the near-duplicate
 * fingerprint ({@link NearDuplicateEvaluation}) and the cost of every stage ({@link
 * TopicStageTimings}). Run from the repository root:
 *
 * <pre>
 * ./mvnw -pl enrichment-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tidings.enrichment.eval.TopicEvaluation [-Dexec.args="sample|topics|calibrate|near-duplicates|speed"]
 * </pre>
 *
 * <p>Topics are measured on the held-out split of MasakhaNEWS English (top-1 accuracy and macro-F1
 * over its six labels, mapped to IPTC top-level codes) and on Reuters-21578, whose topics are
 * mapped to IPTC by {@link #reutersToIptc}: there it reports whether the mapped code is among the
 * emitted topics. {@code calibrate} fits the classifier's constants out-of-fold on the training
 * split only.
 */
public final class TopicEvaluation {

    private TopicEvaluation() {}

    public static void main(String[] args) throws IOException {
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(args.length == 0 ? new String[] {"all"} : args));
        boolean all = parts.contains("all");
        if (parts.contains("calibrate")) {
            calibrate();
        }
        if (all || parts.contains("sample")) {
            sample();
        }
        if (all || parts.contains("topics")) {
            evaluateTopics();
        }
        if (all || parts.contains("near-duplicates")) {
            NearDuplicateEvaluation.main(new String[0]);
        }
        if (all || parts.contains("speed")) {
            TopicStageTimings.main(new String[0]);
        }
    }

    /**
     * Reuters-21578 topics as IPTC top-level codes. Nearly all of its 120 topics are markets,
     * commodities, companies and macro-economic figures: economy, business and finance. Only "jobs"
     * (employment figures) is labour; an article's gold set is the union over its topics.
     */
    static Set<String> reutersToIptc(List<String> topics) {
        Set<String> codes = new LinkedHashSet<>();
        for (String topic : topics) {
            codes.add(topic.equals("jobs") ? "medtop:09000000" : "medtop:04000000");
        }
        return codes;
    }

    /**
     * What the five stages make of the main story of the real sample page (read by path, default
     * {@code /work/shared/data/seed/seed-page.txt}, override with {@code -Dtidings.data.seed=...}):
     * everything before its "Also see story:" line. The page has no headline, so none is given.
     */
    private static void sample() throws IOException {
        Path path = Path.of(System.getProperty("tidings.data.seed", "/work/shared/data/seed/seed-page.txt"));
        String page = Files.readString(path);
        int end = page.indexOf("Also see story:");
        String body = (end < 0 ? page : page.substring(0, end)).strip();
        System.out.printf(Locale.ROOT, "%n== Sample page main story (%s, %d characters) ==%n", path, body.length());
        System.out.println("topics:");
        for (Topic topic : new TopicClassifier().classify("", body)) {
            System.out.printf(Locale.ROOT, "  %.3f %s %s%n", topic.score(), topic.code(), topic.label());
        }
        System.out.println("keywords:");
        for (Keyword keyword : new KeyPhraseExtractor().extract("", body, List.of())) {
            System.out.printf(Locale.ROOT, "  %.3f %s%n", keyword.score(), keyword.term());
        }
        System.out.println("tone: " + new ToneScorer().score(body));
        System.out.println(
                "summary: " + new ExtractiveSummarizer().summarize("", body).orElse(""));
        System.out.println(
                "fingerprint: " + new SimHashFingerprinter().fingerprint(body).orElse(""));
    }

    private static void evaluateTopics() throws IOException {
        TopicClassifier classifier = new TopicClassifier();
        MediaTopicVocabulary vocabulary = MediaTopicVocabulary.load();
        List<Article> heldOut = new ArrayList<>();
        for (Article article : TopicDataSets.masakhaNews()) {
            if (TopicDataSets.isHeldOut(article.id())) {
                heldOut.add(article);
            }
        }
        System.out.printf(
                Locale.ROOT, "%n== Topics: MasakhaNEWS English, held-out split (%d articles) ==%n", heldOut.size());
        List<Scored> scored = new ArrayList<>();
        for (Article article : heldOut) {
            Set<String> gold = Set.of(
                    TopicDataSets.MASAKHANEWS_TO_IPTC.get(article.labels().get(0)));
            scored.add(new Scored(gold, classifier.scoreAll(article.title(), article.body())));
        }
        reportSingleLabel(scored, vocabulary);
        reportMultiLabel("MasakhaNEWS held-out", scored, vocabulary);

        List<Article> reuters = TopicDataSets.reuters();
        System.out.printf(Locale.ROOT, "%n== Topics: Reuters-21578, articles with topics (%d) ==%n", reuters.size());
        List<Scored> reutersScored = new ArrayList<>();
        for (Article article : reuters) {
            reutersScored.add(
                    new Scored(reutersToIptc(article.labels()), classifier.scoreAll(article.title(), article.body())));
        }
        reportMultiLabel("Reuters", reutersScored, vocabulary);
        Map<String, Integer> emitted = new TreeMap<>();
        for (Scored s : reutersScored) {
            for (String code : emittedTopLevel(s.topics(), vocabulary, TopicClassifier.MIN_SCORE)) {
                emitted.merge(code + " " + vocabulary.get(code).label(), 1, Integer::sum);
            }
        }
        System.out.println("Reuters: articles per emitted top-level topic");
        emitted.forEach((code, n) -> System.out.printf(Locale.ROOT, "  %5d  %s%n", n, code));
    }

    record Scored(Set<String> gold, List<Topic> topics) {}

    static Set<String> emittedTopLevel(List<Topic> topics, MediaTopicVocabulary vocabulary, double threshold) {
        Set<String> codes = new LinkedHashSet<>();
        for (Topic topic : topics) {
            if (topic.score() >= threshold) {
                codes.add(vocabulary.get(topic.code()).topLevelCode());
            }
        }
        return codes;
    }

    /** Top-1 accuracy and per-label precision, recall and F1 of the best emitted topic. */
    static double[] reportSingleLabel(List<Scored> scored, MediaTopicVocabulary vocabulary) {
        return reportSingleLabel(scored, vocabulary, TopicClassifier.MIN_SCORE);
    }

    static double[] reportSingleLabel(List<Scored> scored, MediaTopicVocabulary vocabulary, double threshold) {
        Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
        TopicDataSets.MODEL_CLASSES.forEach(code -> counts.put(code, new int[3]));
        int correct = 0;
        int none = 0;
        for (Scored s : scored) {
            String gold = s.gold().iterator().next();
            Set<String> emitted = emittedTopLevel(s.topics(), vocabulary, threshold);
            String predicted = emitted.isEmpty() ? null : emitted.iterator().next();
            if (predicted == null) {
                none++;
            }
            if (gold.equals(predicted)) {
                correct++;
                counts.get(gold)[0]++;
            } else {
                counts.get(gold)[2]++;
                if (predicted != null && counts.containsKey(predicted)) {
                    counts.get(predicted)[1]++;
                }
            }
        }
        double macro = 0;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            macro += f;
            System.out.printf(
                    Locale.ROOT,
                    "  %s %-40s P %.3f R %.3f F1 %.3f%n",
                    entry.getKey(),
                    vocabulary.get(entry.getKey()).label(),
                    p,
                    r,
                    f);
        }
        macro /= counts.size();
        double accuracy = (double) correct / scored.size();
        System.out.printf(
                Locale.ROOT,
                "top-1 accuracy %.3f, macro-F1 %.3f (%d of %d articles got no topic above %.2f)%n",
                accuracy,
                macro,
                none,
                scored.size(),
                threshold);
        return new double[] {accuracy, macro};
    }

    /**
     * Whether the gold codes are among the emitted top-level topics: precision over emitted codes,
     * recall over gold codes, at the shipped threshold and over a sweep of thresholds.
     */
    static double[] reportMultiLabel(String name, List<Scored> scored, MediaTopicVocabulary vocabulary) {
        double[] atShipped = null;
        double bestF1 = -1;
        double bestThreshold = 0;
        System.out.printf(Locale.ROOT, "%s: gold code among emitted topics, by threshold%n", name);
        for (int step = 4; step <= 14; step++) {
            double threshold = step * 0.05;
            double[] prf = multiLabel(scored, vocabulary, threshold);
            boolean shipped = Math.abs(threshold - TopicClassifier.MIN_SCORE) < 1e-9;
            System.out.printf(
                    Locale.ROOT,
                    "  threshold %.2f: precision %.3f recall %.3f F1 %.3f topics/article %.2f%s%n",
                    threshold,
                    prf[0],
                    prf[1],
                    prf[2],
                    prf[3],
                    shipped ? "   <- MIN_SCORE" : "");
            if (shipped) {
                atShipped = prf;
            }
            if (prf[2] > bestF1) {
                bestF1 = prf[2];
                bestThreshold = threshold;
            }
        }
        System.out.printf(Locale.ROOT, "  best F1 %.3f at threshold %.2f%n", bestF1, bestThreshold);
        return atShipped == null ? multiLabel(scored, vocabulary, TopicClassifier.MIN_SCORE) : atShipped;
    }

    static double[] multiLabel(List<Scored> scored, MediaTopicVocabulary vocabulary, double threshold) {
        int hits = 0;
        int emittedCount = 0;
        int goldCount = 0;
        for (Scored s : scored) {
            Set<String> emitted = emittedTopLevel(s.topics(), vocabulary, threshold);
            emittedCount += emitted.size();
            goldCount += s.gold().size();
            for (String gold : s.gold()) {
                if (emitted.contains(gold)) {
                    hits++;
                }
            }
        }
        double p = emittedCount == 0 ? 0 : (double) hits / emittedCount;
        double r = (double) hits / goldCount;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f, (double) emittedCount / scored.size()};
    }

    /**
     * Fits {@link Calibration} and the threshold out-of-fold on the MasakhaNEWS training split: each
     * fold is scored by a model trained on the other four, so the model has never seen the articles
     * it is calibrated on. Prints one line per setting; the shipped constants are the best line.
     */
    private static void calibrate() throws IOException {
        NaiveBayesTopicModel shipped = NaiveBayesTopicModel.load();
        MediaTopicVocabulary vocabulary = MediaTopicVocabulary.load();
        TopicTerms terms = new TopicTerms();
        List<Article> train = new ArrayList<>();
        for (Article article : TopicDataSets.masakhaNews()) {
            if (!TopicDataSets.isHeldOut(article.id())) {
                train.add(article);
            }
        }
        int folds = TopicResourceBuilder.FOLDS;
        List<NaiveBayesTopicModel> foldModels = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<List<String>> docs = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (i % folds != fold) {
                    Article a = train.get(i);
                    docs.add(TopicResourceBuilder.modelTerms(terms, a.title(), a.body()));
                    labels.add(TopicDataSets.MODEL_CLASSES.indexOf(
                            TopicDataSets.MASAKHANEWS_TO_IPTC.get(a.labels().get(0))));
                }
            }
            foldModels.add(NaiveBayesTopicModel.train(
                    TopicDataSets.MODEL_CLASSES,
                    docs,
                    labels.stream().mapToInt(Integer::intValue).toArray(),
                    shipped.smoothing(),
                    shipped.length(),
                    TopicResourceBuilder.MIN_DOCUMENTS));
        }
        System.out.println("== Calibration, out-of-fold on the MasakhaNEWS training split ==");
        List<Scored> shippedScores = null;
        for (double scale : new double[] {4, 6, 8, 12, 16}) {
            for (double discount : new double[] {0, 0.3, 0.6}) {
                for (double share : new double[] {0.6, 0.9, 1.0}) {
                    Calibration calibration = new Calibration(scale, discount, share);
                    List<Scored> scored = new ArrayList<>();
                    for (int fold = 0; fold < folds; fold++) {
                        TopicClassifier classifier = new TopicClassifier(foldModels.get(fold), calibration);
                        for (int i = fold; i < train.size(); i += folds) {
                            Article a = train.get(i);
                            scored.add(new Scored(
                                    Set.of(TopicDataSets.MASAKHANEWS_TO_IPTC.get(
                                            a.labels().get(0))),
                                    classifier.scoreAll(a.title(), a.body())));
                        }
                    }
                    double top1 = 0;
                    for (Scored s : scored) {
                        if (s.gold()
                                .contains(
                                        vocabulary.get(s.topics().get(0).code()).topLevelCode())) {
                            top1++;
                        }
                    }
                    top1 /= scored.size();
                    StringBuilder line = new StringBuilder();
                    double bestF1 = 0;
                    double bestThreshold = 0;
                    for (int step = 5; step <= 16; step++) {
                        double[] prf = multiLabel(scored, vocabulary, step * 0.05);
                        line.append(String.format(Locale.ROOT, " %.2f:%.3f", step * 0.05, prf[2]));
                        if (prf[2] > bestF1) {
                            bestF1 = prf[2];
                            bestThreshold = step * 0.05;
                        }
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "scale %.1f discount %.1f share %.1f: top-1 %.3f best F1 %.3f at %.2f |%s%n",
                            scale,
                            discount,
                            share,
                            top1,
                            bestF1,
                            bestThreshold,
                            line);
                    if (calibration.equals(Calibration.DEFAULT)) {
                        shippedScores = scored;
                    }
                }
            }
        }
        if (shippedScores != null) {
            reportMultiLabel("Shipped calibration " + Calibration.DEFAULT + ", out-of-fold", shippedScores, vocabulary);
        }
    }
}
