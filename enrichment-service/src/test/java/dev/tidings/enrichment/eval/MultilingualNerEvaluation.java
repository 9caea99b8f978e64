package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import dev.tidings.enrichment.entity.EntityMentionFinder;
import dev.tidings.enrichment.entity.EntityTagger;
import dev.tidings.enrichment.entity.NerLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Entity F1 (PER, ORG, LOC) and speed in German, French, Spanish and Chinese, each on its dev set
 * ({@link NerGoldSets}), for three runs in the same JVM on the same documents:
 *
 * <ol>
 *   <li><b>raw CRF, gold tokens</b>: the language's CoreNLP CRF with {@code classifySentence} on the
 *       gold tokens, as the English evaluation's bare CRF (for Chinese, the gold word segmentation,
 *       which no real text comes with);
 *   <li><b>raw CoreNLP, text</b>: the language's own CoreNLP tokenizer with its default options (Chinese: word segmenter) and
 *       sentence splitter, then the same CRF, on the document's text, with the model's labels taken
 *       as they are: the raw model as a user of CoreNLP would run it;
 *   <li><b>EntityTagger</b>: the service's tagger on the same text, with the language set (the
 *       language tagger is measured on its own).
 * </ol>
 *
 * <p>The text of a document is its gold tokens, a space between them (none in Chinese, none where
 * HIPE marks {@code NoSpaceAfter}), a sentence a line. Runs 2 and 3 are mapped back to the gold
 * tokens as in {@link NerEvaluation}: a name labels the tokens it covers whole. Predictions and the
 * gold reduced to PER/ORG/LOC BIO are written to the output folder and scored by {@code
 * conlleval.py --types PER,ORG,LOC} ({@link Conlleval}).
 *
 * <p>{@code --option lang-de,lang-zh} measures only those languages.
 *
 * <p>Speed: tokens (gold) per second of process CPU time for runs 2 and 3, after a warm-up pass,
 * median of {@value #ROUNDS} alternating rounds.
 */
final class MultilingualNerEvaluation implements Measurement {

    static final int ROUNDS = 3;

    private static final OperatingSystemMXBean SYSTEM =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final Map<EntityType, String> TAGS = Map.of(
            EntityType.PERSON, "PER",
            EntityType.ORGANIZATION, "ORG",
            EntityType.LOCATION, "LOC");

    /** A name as character offsets into a document's text. */
    private record Span(int start, int end, String type) {}

    /** A document's text and where each gold token is in it. */
    private record Text(String body, List<int[]> offsets) {}

    @Override
    public String name() {
        return "ner-languages";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        context.out()
                .println("== Entity F1 in other languages (PER, ORG, LOC; entity level; conlleval.py --types"
                        + " PER,ORG,LOC) and speed (gold tokens per CPU second)");
        boolean chosen = NerGoldSets.SETS.stream().anyMatch(set -> context.has("lang-" + set.language()));
        for (NerGoldSets.GoldSet set : NerGoldSets.SETS) {
            if (chosen && !context.has("lang-" + set.language())) {
                continue;
            }
            NerLanguage language = NerLanguage.of(set.language()).orElseThrow();
            if (!language.isAvailable()) {
                context.out()
                        .printf("%s: model not in this build (Chinese needs -Pchinese), skipped%n", set.language());
                continue;
            }
            evaluate(context, set, language);
        }
    }

    private static void evaluate(EvaluationContext context, NerGoldSets.GoldSet set, NerLanguage language)
            throws Exception {
        Path file = context.dataFile(set.file());
        List<NerGoldSets.Document> documents = NerGoldSets.read(set, file);
        List<Text> texts = documents.stream().map(d -> text(d, set.spaced())).toList();
        int tokens = texts.stream().mapToInt(t -> t.offsets().size()).sum();
        long sentences = documents.stream().mapToLong(d -> d.sentences().size()).sum();
        context.out()
                .printf(
                        "%s (%s): %d documents, %d sentences, %d tokens%n",
                        set.file(), language.code(), documents.size(), sentences, tokens);

        long loadStart = System.nanoTime();
        CRFClassifier<CoreLabel> classifier = EntityMentionFinder.loadClassifier(language);
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(language.defaultTokenizerProperties());
        long rawLoad = (System.nanoTime() - loadStart) / 1_000_000;
        loadStart = System.nanoTime();
        EntityTagger tagger = new EntityTagger(List.of(language));
        long oursLoad = (System.nanoTime() - loadStart) / 1_000_000;

        String base = language.code() + "-" + file.getFileName().toString().replaceFirst("\\..*$", "");
        Path gold = context.outputFile(base + ".gold.bio.txt");
        write(gold, documents, goldTags(documents));
        Path goldTokensFile = context.outputFile(base + ".crf-gold-tokens.bio.txt");
        write(goldTokensFile, documents, crfOnGoldTokens(documents, classifier));

        // Warm-up on a part, then alternating timed rounds; the first timed round's output is scored.
        List<Text> warmUp = texts.subList(0, Math.min(texts.size(), 200));
        raw(warmUp, tokenizer, classifier);
        ours(warmUp, tagger, language);
        double[] rawSeconds = new double[ROUNDS];
        double[] oursSeconds = new double[ROUNDS];
        List<List<Span>> rawSpans = null;
        List<List<Span>> ourSpans = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = SYSTEM.getProcessCpuTime();
            List<List<Span>> r = raw(texts, tokenizer, classifier);
            rawSeconds[round] = (SYSTEM.getProcessCpuTime() - start) / 1e9;
            start = SYSTEM.getProcessCpuTime();
            List<List<Span>> o = ours(texts, tagger, language);
            oursSeconds[round] = (SYSTEM.getProcessCpuTime() - start) / 1e9;
            if (round == 0) {
                rawSpans = r;
                ourSpans = o;
            }
        }
        Path rawFile = context.outputFile(base + ".corenlp.bio.txt");
        write(rawFile, documents, tags(documents, texts, rawSpans));
        Path oursFile = context.outputFile(base + ".tidings.bio.txt");
        write(oursFile, documents, tags(documents, texts, ourSpans));

        context.out()
                .printf(
                        "  %-34s %7s %7s %7s %7s %7s %7s %10s%n",
                        "", "P", "R", "F1", "PER F1", "ORG F1", "LOC F1", "tokens/s");
        print(context, "raw CRF, gold tokens", score(context, gold, goldTokensFile), Double.NaN);
        double rawRate = tokens / median(rawSeconds);
        double oursRate = tokens / median(oursSeconds);
        print(context, "raw CoreNLP, text (load " + rawLoad + " ms)", score(context, gold, rawFile), rawRate);
        print(context, "EntityTagger, text (load " + oursLoad + " ms)", score(context, gold, oursFile), oursRate);
        context.out()
                .printf(
                        "  speed EntityTagger / raw CoreNLP: %.2f x (CPU seconds per round: raw %s, ours %s)%n",
                        oursRate / rawRate, Arrays.toString(rawSeconds), Arrays.toString(oursSeconds));
        context.out()
                .printf(
                        "  score again: python3 %s --types PER,ORG,LOC %s %s%n",
                        context.tools().resolve("conlleval.py"), gold, oursFile);
    }

    private static Text text(NerGoldSets.Document document, boolean spaced) {
        StringBuilder body = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        for (NerGoldSets.Sentence sentence : document.sentences()) {
            if (body.length() > 0) {
                body.append('\n');
            }
            for (int i = 0; i < sentence.tokens().size(); i++) {
                int start = body.length();
                body.append(sentence.tokens().get(i));
                offsets.add(new int[] {start, body.length()});
                if (spaced
                        && sentence.spaceAfter().get(i)
                        && i + 1 < sentence.tokens().size()) {
                    body.append(' ');
                }
            }
        }
        return new Text(body.toString(), offsets);
    }

    /** The raw model: CoreNLP's tokenizer and the CRF, labels as the model gives them. */
    private static List<List<Span>> raw(List<Text> texts, StanfordCoreNLP tokenizer, CRFClassifier<CoreLabel> crf) {
        List<List<Span>> result = new ArrayList<>(texts.size());
        for (Text text : texts) {
            Annotation annotation = new Annotation(text.body());
            tokenizer.annotate(annotation);
            List<Span> spans = new ArrayList<>();
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                List<String> labels = crf.classifySentence(tokens).stream()
                        .map(token -> token.get(CoreAnnotations.AnswerAnnotation.class))
                        .toList();
                for (int[] run : runs(labels)) {
                    spans.add(new Span(
                            tokens.get(run[0]).beginPosition(),
                            tokens.get(run[1] - 1).endPosition(),
                            TAGS.get(NerLanguage.typeOf(labels.get(run[0])))));
                }
            }
            result.add(spans);
        }
        return result;
    }

    /** Runs of tokens with one PER, ORG or LOC label, a B- label starting a new one: {from, to}. */
    private static List<int[]> runs(List<String> labels) {
        List<int[]> runs = new ArrayList<>();
        int first = 0;
        while (first < labels.size()) {
            EntityType type = NerLanguage.typeOf(labels.get(first));
            int end = first + 1;
            while (end < labels.size()
                    && type == NerLanguage.typeOf(labels.get(end))
                    && !NerLanguage.beginsName(labels.get(end))) {
                end++;
            }
            if (type != null && TAGS.containsKey(type)) {
                runs.add(new int[] {first, end});
            }
            first = end;
        }
        return runs;
    }

    private static List<List<Span>> ours(List<Text> texts, EntityTagger tagger, NerLanguage language) {
        List<List<Span>> result = new ArrayList<>(texts.size());
        for (Text text : texts) {
            List<Span> spans = new ArrayList<>();
            for (Entity entity : NerEvaluation.entities(tagger, text.body(), language.code())) {
                String type = TAGS.get(entity.type());
                if (type != null) {
                    for (Mention mention : entity.mentions()) {
                        spans.add(new Span(mention.start(), mention.end(), type));
                    }
                }
            }
            result.add(spans);
        }
        return result;
    }

    private static List<List<String>> crfOnGoldTokens(
            List<NerGoldSets.Document> documents, CRFClassifier<CoreLabel> classifier) {
        List<List<String>> tags = new ArrayList<>();
        for (NerGoldSets.Document document : documents) {
            for (NerGoldSets.Sentence sentence : document.sentences()) {
                List<CoreLabel> tokens = new ArrayList<>();
                for (String token : sentence.tokens()) {
                    CoreLabel label = new CoreLabel();
                    label.setWord(token);
                    label.setOriginalText(token);
                    label.setValue(token);
                    tokens.add(label);
                }
                List<String> labels = classifier.classifySentence(tokens).stream()
                        .map(token -> token.get(CoreAnnotations.AnswerAnnotation.class))
                        .toList();
                String[] sentenceTags = new String[labels.size()];
                Arrays.fill(sentenceTags, "O");
                for (int[] run : runs(labels)) {
                    String type = TAGS.get(NerLanguage.typeOf(labels.get(run[0])));
                    for (int t = run[0]; t < run[1]; t++) {
                        sentenceTags[t] = (t == run[0] ? "B-" : "I-") + type;
                    }
                }
                tags.add(List.of(sentenceTags));
            }
        }
        return tags;
    }

    private static List<List<String>> goldTags(List<NerGoldSets.Document> documents) {
        List<List<String>> tags = new ArrayList<>();
        for (NerGoldSets.Document document : documents) {
            for (NerGoldSets.Sentence sentence : document.sentences()) {
                tags.add(sentence.tags());
            }
        }
        return tags;
    }

    /** Spans mapped to the gold tokens: a span labels the tokens it covers whole, else none. */
    private static List<List<String>> tags(
            List<NerGoldSets.Document> documents, List<Text> texts, List<List<Span>> spans) {
        List<List<String>> tags = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            Text text = texts.get(d);
            String[] documentTags = new String[text.offsets().size()];
            Arrays.fill(documentTags, "O");
            for (Span span : spans.get(d)) {
                Conlleval.label(text.body(), text.offsets(), documentTags, span.start(), span.end(), span.type());
            }
            tags.addAll(Conlleval.bySentence(
                    documentTags,
                    documents.get(d).sentences().stream()
                            .map(sentence -> sentence.tokens().size())
                            .toList()));
        }
        return tags;
    }

    private static void write(Path file, List<NerGoldSets.Document> documents, List<List<String>> tags)
            throws IOException {
        Conlleval.write(
                file,
                documents.stream()
                        .flatMap(document -> document.sentences().stream())
                        .map(NerGoldSets.Sentence::tokens)
                        .toList(),
                tags);
    }

    private static JsonNode score(EvaluationContext context, Path gold, Path predicted)
            throws IOException, InterruptedException {
        return Conlleval.score(context, gold, predicted);
    }

    private static void print(EvaluationContext context, String label, JsonNode score, double rate) {
        context.out()
                .printf(
                        "  %-34s %s %10s%n",
                        label, Conlleval.figures(score), Double.isNaN(rate) ? "" : String.format("%,.0f", rate));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
