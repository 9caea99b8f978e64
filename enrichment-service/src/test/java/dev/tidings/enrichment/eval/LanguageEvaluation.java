package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.tidings.enrichment.language.LanguageTagger;
import dev.tidings.events.DetectedLanguage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Language detection accuracy on single sentences of 18 languages ({@code {id, lang, text}} lines).
 * A sentence answered {@code und} counts as wrong. Accuracy is given overall, per language and by
 * sentence length, since short sentences are where detectors fail.
 *
 * <p>With the option {@code language-modes} it also compares Lingua's low- and high-accuracy modes,
 * raw and through the tagger, with the load time and the heap each costs. High accuracy needs about
 * 1 GB of heap more.
 */
final class LanguageEvaluation implements Measurement {

    static final String DATA = "langid/pud-18-languages.jsonl";
    private static final int[] LENGTH_BOUNDS = {40, 80, 120, Integer.MAX_VALUE};

    private record Sample(String lang, String text) {}

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        List<Sample> samples = read(context);
        context.out().printf("== Language detection: %s, %d sentences%n", DATA, samples.size());

        Loaded<LanguageTagger> lowAccuracy = load(() -> new LanguageTagger(false));
        report(
                context,
                "LanguageTagger (service: low accuracy)",
                lowAccuracy,
                samples,
                text -> tagger(lowAccuracy.model, text));

        if (context.has("language-modes")) {
            Loaded<LanguageDetector> rawLow = load(() -> detector(true));
            report(context, "raw Lingua, low accuracy", rawLow, samples, text -> raw(rawLow.model, text));
            Loaded<LanguageDetector> rawHigh = load(() -> detector(false));
            report(context, "raw Lingua, high accuracy", rawHigh, samples, text -> raw(rawHigh.model, text));
            Loaded<LanguageTagger> highAccuracy = load(() -> new LanguageTagger(true));
            report(
                    context,
                    "LanguageTagger, high accuracy",
                    highAccuracy,
                    samples,
                    text -> tagger(highAccuracy.model, text));
            context.out()
                    .println("  (heap: used heap after a full GC, before and after building; models shared"
                            + " between detectors of the same mode are counted by the first)");
        }
    }

    private static String tagger(LanguageTagger tagger, String text) {
        return tagger.detect(text).code();
    }

    private static String raw(LanguageDetector detector, String text) {
        Language language = detector.detectLanguageOf(text);
        return language == Language.UNKNOWN
                ? DetectedLanguage.UNDETERMINED
                : language.getIsoCode639_1().toString();
    }

    private static LanguageDetector detector(boolean lowAccuracy) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(
                        LanguageTagger.LANGUAGES.toArray(Language[]::new))
                .withPreloadedLanguageModels();
        return lowAccuracy ? builder.withLowAccuracyMode().build() : builder.build();
    }

    private static void report(
            EvaluationContext context,
            String label,
            Loaded<?> loaded,
            List<Sample> samples,
            Function<String, String> detect) {
        int right = 0;
        int undetermined = 0;
        int[] rightByLength = new int[LENGTH_BOUNDS.length];
        int[] countByLength = new int[LENGTH_BOUNDS.length];
        Map<String, int[]> byLanguage = new TreeMap<>();
        long start = System.nanoTime();
        for (Sample sample : samples) {
            String code = detect.apply(sample.text());
            int bucket = 0;
            while (sample.text().length() >= LENGTH_BOUNDS[bucket]) {
                bucket++;
            }
            countByLength[bucket]++;
            int[] counts = byLanguage.computeIfAbsent(sample.lang(), l -> new int[2]);
            counts[1]++;
            if (code.equals(sample.lang())) {
                right++;
                rightByLength[bucket]++;
                counts[0]++;
            } else if (code.equals(DetectedLanguage.UNDETERMINED)) {
                undetermined++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int wrong = samples.size() - right - undetermined;
        context.out()
                .printf(
                        "  %-40s accuracy %.4f (und %d = %.2f%%, wrong language %d = %.2f%%), load %.1f s, heap +%d MiB,"
                                + " %.0f sentences/s%n",
                        label,
                        (double) right / samples.size(),
                        undetermined,
                        100.0 * undetermined / samples.size(),
                        wrong,
                        100.0 * wrong / samples.size(),
                        loaded.seconds,
                        loaded.heapMiB,
                        samples.size() / seconds);
        StringBuilder lengths = new StringBuilder("    by length (chars):");
        int lower = 0;
        for (int b = 0; b < LENGTH_BOUNDS.length; b++) {
            lengths.append(String.format(
                    " %s %.4f (%d)",
                    LENGTH_BOUNDS[b] == Integer.MAX_VALUE ? ">=" + lower : lower + "-" + (LENGTH_BOUNDS[b] - 1),
                    countByLength[b] == 0 ? 0.0 : (double) rightByLength[b] / countByLength[b],
                    countByLength[b]));
            lower = LENGTH_BOUNDS[b];
        }
        context.out().println(lengths);
        StringBuilder languages = new StringBuilder("    by language:");
        byLanguage.forEach((lang, counts) ->
                languages.append(String.format(" %s %.3f", lang, (double) counts[0] / counts[1])));
        context.out().println(languages);
    }

    private static List<Sample> read(EvaluationContext context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(context.dataFile(DATA), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                samples.add(
                        new Sample(node.get("lang").asText(), node.get("text").asText()));
            }
        }
        return samples;
    }

    private record Loaded<T>(T model, double seconds, long heapMiB) {}

    private static <T> Loaded<T> load(java.util.function.Supplier<T> factory) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        T model = factory.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        return new Loaded<>(model, seconds, (after - before) >> 20);
    }
}
