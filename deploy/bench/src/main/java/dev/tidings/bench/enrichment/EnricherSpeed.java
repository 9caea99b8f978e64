package dev.tidings.bench.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleIngested;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The enrichment ceiling, in a JVM of its own on the packaged enrichment-service's jars
 * ({@code target/quarkus-app/app} and {@code lib/main}): the service's whole tagging pipeline
 * ({@code StandardPipeline.load()}) and, beside it, the bare CoreNLP CRF (the service's
 * tokenizer and sentence splitter, then {@code classifySentence}) on the same bodies, with as many
 * threads as the service has workers. The two alternate round by round, so that load from elsewhere
 * on the machine hits both alike; the fastest round of each is reported.
 *
 * <p>The service's classes are reached by reflection: this program is compiled without them, and
 * only the two entry points below are needed. Prints its figures as one JSON line on stdout.
 *
 * <p>Arguments: {@code SAMPLE.jsonl THREADS ROUNDS} (the sample's lines: {@code {title, body, url}}).
 */
public final class EnricherSpeed {
    private static final String PIPELINE = "dev.tidings.enrichment.enricher.StandardPipeline";
    private static final String FINDER = "dev.tidings.enrichment.entity.EntityMentionFinder";

    private EnricherSpeed() {}

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        ObjectMapper json = ArticleEventJson.mapper();
        List<ArticleIngested> read = read(sample, json);

        long loading = System.nanoTime();
        Object pipeline = Class.forName(PIPELINE).getMethod("load").invoke(null);
        Method tag = pipeline.getClass().getMethod("tag", ArticleIngested.class);
        Method taggerNames = pipeline.getClass().getMethod("taggerNames");
        BareCrf bareCrf = BareCrf.load(Class.forName(FINDER));
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        System.err.printf("models loaded in %.1f s; %d articles, %d threads%n", loadSeconds, read.size(), threads);

        // An article the pipeline fails on (the service dead-letters it) is left out of both runs,
        // so that both measure the same texts; the count and the first error are reported.
        List<ArticleIngested> articles = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ArticleIngested article : read) {
            try {
                invoke(tag, pipeline, article);
                articles.add(article);
            } catch (IllegalStateException e) {
                failures.add(e.getCause() == null ? e.toString() : e.getCause().toString());
            }
        }
        if (!failures.isEmpty()) {
            System.err.printf(
                    "%d articles left out, the pipeline fails on them: %s%n", failures.size(), failures.get(0));
        }
        long tokens = 0;
        long chars = 0;
        for (ArticleIngested article : articles) {
            tokens += bareCrf.tokens(article.body());
            chars += article.body().length();
        }
        Consumer<ArticleIngested> bare = article -> bareCrf.tokens(article.body());
        Consumer<ArticleIngested> whole = article -> invoke(tag, pipeline, article);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Two warm-up passes each: the JIT compiles the hot paths of both before any timing.
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                timed(pool, threads, articles, bare);
                timed(pool, threads, articles, whole);
                System.err.printf("warm-up pass %d done%n", warmUp + 1);
            }
            double[] bareSeconds = new double[rounds];
            double[] bareCpuSeconds = new double[rounds];
            double[] pipelineCpuSeconds = new double[rounds];
            double[] pipelineProcessCpuSeconds = new double[rounds];
            double[] pipelineSeconds = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                Pass barePass = timed(pool, threads, articles, bare);
                Pass pipelinePass = timed(pool, threads, articles, whole);
                bareSeconds[round] = barePass.wallSeconds();
                bareCpuSeconds[round] = barePass.cpuSeconds();
                pipelineSeconds[round] = pipelinePass.wallSeconds();
                pipelineCpuSeconds[round] = pipelinePass.cpuSeconds();
                pipelineProcessCpuSeconds[round] = pipelinePass.processCpuSeconds();
                System.err.printf(
                        "round %d: bare CRF %.2f s (uncontended %.2f s), pipeline %.2f s (uncontended %.2f s)%n",
                        round + 1,
                        bareSeconds[round],
                        bareCpuSeconds[round],
                        pipelineSeconds[round],
                        pipelineCpuSeconds[round]);
            }
            ObjectNode result = json.createObjectNode();
            result.put("pages", articles.size());
            result.put("leftOut", failures.size());
            result.put("firstFailure", failures.isEmpty() ? null : failures.get(0));
            result.put("tokens", tokens);
            result.put("chars", chars);
            result.put("threads", threads);
            result.put("loadSeconds", loadSeconds);
            result.put("bareSettings", bareCrf.settings());
            result.set("taggers", json.valueToTree(taggerNames.invoke(pipeline)));
            result.set("bareRoundsSeconds", json.valueToTree(bareSeconds));
            result.set("pipelineRoundsSeconds", json.valueToTree(pipelineSeconds));
            result.put("bareSeconds", fastest(bareSeconds));
            result.put("pipelineSeconds", fastest(pipelineSeconds));
            result.set("bareRoundsUncontendedSeconds", json.valueToTree(bareCpuSeconds));
            result.set("pipelineRoundsUncontendedSeconds", json.valueToTree(pipelineCpuSeconds));
            result.put("bareUncontendedSeconds", fastest(bareCpuSeconds));
            result.put("pipelineUncontendedSeconds", fastest(pipelineCpuSeconds));
            result.put("pipelineProcessCpuSeconds", fastest(pipelineProcessCpuSeconds));
            System.out.println(json.writeValueAsString(result));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code work} once over every article on {@code threads} threads; returns the wall time. */
    /**
     * One pass, in seconds: its wall time, and the time it would take with the cores to itself:
     * the workers' CPU time spread over the threads, plus the collector's pauses, which stop every
     * worker (the serial collector, as the service runs).
     */
    private record Pass(double wallSeconds, double cpuSeconds, double processCpuSeconds) {}

    /**
     * Runs {@code work} once over every article on {@code threads} threads. The CPU time of the
     * worker threads is measured as well as the wall time: on a shared machine other processes
     * stretch the wall time, not the CPU time the work itself took.
     */
    private static Pass timed(
            ExecutorService pool, int threads, List<ArticleIngested> articles, Consumer<ArticleIngested> work)
            throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        long gcStart = gcMillis();
        long processStart = processCpuNanos();
        long start = System.nanoTime();
        List<Future<Long>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    work.accept(articles.get(i));
                }
                return cpu.getCurrentThreadCpuTime() - cpuStart;
            }));
        }
        long cpuNanos = 0;
        for (Future<Long> worker : workers) {
            cpuNanos += worker.get();
        }
        double gcSeconds = (gcMillis() - gcStart) / 1e3;
        return new Pass(
                (System.nanoTime() - start) / 1e9,
                cpuNanos / 1e9 / threads + gcSeconds,
                (processCpuNanos() - processStart) / 1e9);
    }

    /** This JVM's CPU time, every thread (JIT and GC included): comparable with a service's. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static void invoke(Method tag, Object pipeline, ArticleIngested article) {
        try {
            tag.invoke(pipeline, article);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("tagging failed on " + article.url(), e.getCause());
        }
    }

    /**
     * The sample as the events ingest would publish, built from JSON so that fields the contract
     * adds later stay null rather than break this program.
     */
    private static List<ArticleIngested> read(Path sample, ObjectMapper json) throws Exception {
        List<ArticleIngested> articles = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(sample, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode source = json.readTree(line);
                ObjectNode event = json.createObjectNode();
                String url = source.path("url").asText();
                event.put(
                        "id",
                        UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
                                .toString());
                event.put("version", 1L);
                event.put("url", url);
                event.put("canonicalUrl", url);
                event.put("title", source.path("title").asText());
                event.put("body", source.path("body").asText());
                event.set("authors", json.createArrayNode());
                event.put("contentType", "text");
                event.put("contentHash", "0".repeat(64));
                event.put("ingestedAt", Instant.now().toString());
                articles.add(json.treeToValue(event, ArticleIngested.class));
            }
        }
        return articles;
    }

    /**
     * The fastest round: a ceiling is the best the code does, and on a shared machine every slower
     * round is slower because of something else.
     */
    private static double fastest(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    /**
     * The bare CRF as the service sets it up: its tokenizer and sentence splitter, then
     * {@code classifySentence} on each sentence's tokens.
     */
    private record BareCrf(StanfordCoreNLP tokenizer, CRFClassifier<CoreLabel> crf, String settings) {
        private static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

        @SuppressWarnings("unchecked")
        static BareCrf load(Class<?> finder) throws Exception {
            try {
                return new BareCrf(
                        new StanfordCoreNLP((Properties)
                                finder.getMethod("tokenizerProperties").invoke(null)),
                        (CRFClassifier<CoreLabel>)
                                finder.getMethod("loadClassifier").invoke(null),
                        "the service's own (EntityMentionFinder.tokenizerProperties, loadClassifier)");
            } catch (NoSuchMethodException e) {
                // A service packaged before it offered these: the settings its README documents.
                Properties tokenizer = new Properties();
                tokenizer.setProperty("annotators", "tokenize,ssplit");
                tokenizer.setProperty("ssplit.newlineIsSentenceBreak", "always");
                tokenizer.setProperty("tokenize.options", "splitHyphenated=false");
                Properties crf = new Properties();
                crf.setProperty("maxAdditionalKnownLCWords", "0");
                return new BareCrf(
                        new StanfordCoreNLP(tokenizer),
                        CRFClassifier.getClassifier(MODEL, crf),
                        "the bench's copy of the service's settings (tokenize,ssplit, newline = sentence break,"
                                + " splitHyphenated=false; 3-class CRF, maxAdditionalKnownLCWords=0)");
            }
        }

        /** Tokenizes, splits and classifies one text; returns its token count. */
        int tokens(String text) {
            Annotation annotation = new Annotation(text);
            tokenizer.annotate(annotation);
            int tokens = 0;
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> sentenceTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                crf.classifySentence(sentenceTokens);
                tokens += sentenceTokens.size();
            }
            return tokens;
        }
    }
}
