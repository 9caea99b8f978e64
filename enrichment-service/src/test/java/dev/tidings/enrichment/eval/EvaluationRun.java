package dev.tidings.enrichment.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures the taggers on shared data sets, read in place: entity F1, language accuracy and speed.
 * Not a test: a program, run with {@code ./mvnw -pl enrichment-service -Peval process-test-classes}
 * (see the README), which prints every figure with how it was measured.
 *
 * <pre>
 * --data DIR      the shared data folder (default ../../shared/data, i.e. beside the repository)
 * --tools DIR     the folder of conlleval.py (default: tools beside the data folder)
 * --out DIR       where predictions are written (default target/eval)
 * --only a,b      only these measurements: ner, ner-languages, language, countries, quotes, topics, links,
 *                 speed, html, stories (the AllSides set as enriched events for query-service's
 *                 story evaluation)
 * --option x      e.g. language-modes: also compare Lingua's low- and high-accuracy modes;
 *                 html-pages: the main-text figures of each page; html-texts: write each
 *                 extractor's text of each page to target/eval/html/; html-tried: also the
 *                 main-text steps that were tried and left out; quote-errors: each quote missed,
 *                 added or given the wrong speaker; quote-dump: English quotes of real news, hashed;
 *                 lead=N: stories also with the embedding of an N-character lead
 * </pre>
 */
public final class EvaluationRun {

    private static final List<Measurement> MEASUREMENTS = List.of(
            new NerEvaluation(),
            new MultilingualNerEvaluation(),
            new LanguageEvaluation(),
            new CountryEvaluation(),
            new QuoteEvaluation(),
            new TopicMeasurement(),
            new LinkEvaluation(),
            new SpeedEvaluation(),
            new MainTextEvaluation(),
            new StoryArticlesMeasurement());

    private EvaluationRun() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../../shared/data");
        Path tools = null;
        Path output = Path.of("target/eval");
        Set<String> only = new HashSet<>();
        Set<String> options = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--data" -> data = Path.of(value);
                case "--tools" -> tools = Path.of(value);
                case "--out" -> output = Path.of(value);
                case "--only" -> only.addAll(words(value));
                case "--option" -> options.addAll(words(value));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
            i++;
        }
        data = data.toAbsolutePath().normalize();
        tools = (tools == null ? data.resolveSibling("tools") : tools)
                .toAbsolutePath()
                .normalize();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EvaluationContext context = new EvaluationContext(
                data, tools, output.toAbsolutePath().normalize(), options, out, new EvaluationContext.Models());
        out.printf(
                "Tidings enrichment evaluation: data %s, tools %s, output %s, JDK %s, %d cores, max heap %d MiB%n",
                data,
                tools,
                context.output(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<String> failed = new ArrayList<>();
        for (Measurement measurement : MEASUREMENTS) {
            if (!only.isEmpty() && !only.contains(measurement.name())) {
                continue;
            }
            long start = System.nanoTime();
            try {
                measurement.run(context);
            } catch (Exception e) {
                failed.add(measurement.name());
                out.printf("!! %s failed: %s%n", measurement.name(), e);
                e.printStackTrace(out);
            }
            out.printf("   (%s took %.1f s)%n%n", measurement.name(), (System.nanoTime() - start) / 1e9);
        }
        if (!failed.isEmpty()) {
            System.exit(1);
        }
    }

    private static List<String> words(String value) {
        return List.of(value.split("[,\\s]+")).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
