package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidings.enrichment.entity.EntityTagger;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Entity-level F1 for PER, ORG and LOC on gold NER files, for (a) the bare CRF, run with {@code
 * classifySentence} on the gold tokens, and (b) the service's {@link EntityTagger} with all its
 * fixes and linkers, run on the text of each document (its tokens joined by spaces, one sentence a
 * line) and mapped back to the gold tokens. Both are written as BIO files to the output folder and
 * scored by {@code conlleval.py} against the gold file itself, with MISC mapped away.
 *
 * <p>Mapping back: a mention labels the gold tokens it overlaps (B- then I-) when it covers all the
 * letters and digits of each; a mention that starts or ends inside a gold token cannot be written
 * in the gold tokenization and labels none ("New York" of "New" "York-based", which CoNLL tags as
 * one MISC name). Punctuation at a mention's edge does not matter.
 */
final class NerEvaluation implements Measurement {

    static final List<String> CORPORA = List.of("ner/conll2003-dev.bio.txt", "ner/uner-en-pud.iob2.txt");

    private static final Map<String, String> CRF_TAGS =
            Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC");
    private static final Map<EntityType, String> ENTITY_TAGS = Map.of(
            EntityType.PERSON, "PER",
            EntityType.ORGANIZATION, "ORG",
            EntityType.LOCATION, "LOC",
            EntityType.MISC, "MISC");

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        context.out()
                .println("== Entity F1 (PER, ORG, LOC; entity level; conlleval.py --types PER,ORG,LOC --map MISC=O)");
        long[] crfTotals = new long[3];
        long[] oursTotals = new long[3];
        for (String relative : CORPORA) {
            Path gold = context.dataFile(relative);
            String base = gold.getFileName().toString().replaceFirst("\\..*$", "");
            BioCorpus corpus = BioCorpus.read(base, gold);
            context.out()
                    .printf(
                            "%s: %d documents, %d sentences, %d tokens%n",
                            relative, corpus.documents().size(), corpus.sentenceCount(), corpus.tokenCount());

            long start = System.nanoTime();
            Path crfFile = context.outputFile(base + ".crf.bio.txt");
            write(crfFile, corpus, crf(corpus, context.models().classifier()));
            long crfMillis = (System.nanoTime() - start) / 1_000_000;

            start = System.nanoTime();
            Path oursFile = context.outputFile(base + ".tidings.bio.txt");
            EntityTagger tagger = context.models().entityTagger();
            write(oursFile, corpus, ours(corpus, body -> entities(tagger, body, "en")));
            long oursMillis = (System.nanoTime() - start) / 1_000_000;

            start = System.nanoTime();
            Path pipelineFile = context.outputFile(base + ".pipeline.bio.txt");
            EnrichmentPipeline pipeline = context.models().pipeline();
            write(pipelineFile, corpus, ours(corpus, body -> pipelineEntities(pipeline, body)));
            long pipelineMillis = (System.nanoTime() - start) / 1_000_000;

            JsonNode crfScore = score(context, gold, crfFile);
            JsonNode oursScore = score(context, gold, oursFile);
            JsonNode pipelineScore = score(context, gold, pipelineFile);
            add(crfTotals, crfScore);
            add(oursTotals, oursScore);
            context.out().printf("  %-22s %7s %7s %7s %7s %7s %7s%n", "", "P", "R", "F1", "PER F1", "ORG F1", "LOC F1");
            print(context, "bare CRF (" + crfMillis + " ms)", crfScore);
            print(context, "EntityTagger (" + oursMillis + " ms)", oursScore);
            print(context, "pipeline (" + pipelineMillis + " ms)", pipelineScore);
            context.out()
                    .printf(
                            "  score again: python3 %s --types PER,ORG,LOC --map MISC=O %s %s%n",
                            context.tools().resolve("conlleval.py"), gold, oursFile);
        }
        context.out()
                .printf(
                        "  both corpora, micro F1 over all their entities: bare CRF %.2f, EntityTagger %.2f%n",
                        f1(crfTotals), f1(oursTotals));
        context.out()
                .println("  (conlleval.py warns that CoNLL tokens differ: it takes the numeric tokens of the"
                        + " CoNLL file for UNER row numbers; the prediction files repeat the gold tokens exactly)");
    }

    /** Adds a score's correct, predicted and gold entity counts. */
    private static void add(long[] totals, JsonNode score) {
        JsonNode micro = score.get("micro");
        totals[0] += micro.get("correct").asLong();
        totals[1] += micro.get("pred").asLong();
        totals[2] += micro.get("gold").asLong();
    }

    private static double f1(long[] totals) {
        double precision = (double) totals[0] / totals[1];
        double recall = (double) totals[0] / totals[2];
        return 100 * 2 * precision * recall / (precision + recall);
    }

    /** The bare CRF's tags, sentence by sentence, on the gold tokens. */
    private static List<List<String>> crf(BioCorpus corpus, CRFClassifier<CoreLabel> classifier) {
        List<List<String>> tags = new ArrayList<>();
        for (BioCorpus.Document document : corpus.documents()) {
            for (BioCorpus.Sentence sentence : document.sentences()) {
                List<CoreLabel> tokens = new ArrayList<>();
                for (String token : sentence.tokens()) {
                    CoreLabel label = new CoreLabel();
                    label.setWord(token);
                    label.setOriginalText(token);
                    label.setValue(token);
                    tokens.add(label);
                }
                List<CoreLabel> labelled = classifier.classifySentence(tokens);
                List<String> sentenceTags = new ArrayList<>();
                String previous = "O";
                for (CoreLabel token : labelled) {
                    String type = CRF_TAGS.get(token.get(CoreAnnotations.AnswerAnnotation.class));
                    if (type == null) {
                        sentenceTags.add("O");
                        previous = "O";
                    } else {
                        sentenceTags.add((type.equals(previous) ? "I-" : "B-") + type);
                        previous = type;
                    }
                }
                tags.add(sentenceTags);
            }
        }
        return tags;
    }

    /** The entity tagger's tags, mapped from its mentions' offsets back to the gold tokens. */
    private static List<List<String>> ours(BioCorpus corpus, Function<String, List<Entity>> tagger) {
        List<List<String>> tags = new ArrayList<>();
        for (BioCorpus.Document document : corpus.documents()) {
            StringBuilder text = new StringBuilder();
            List<int[]> offsets = new ArrayList<>();
            for (BioCorpus.Sentence sentence : document.sentences()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                for (int i = 0; i < sentence.tokens().size(); i++) {
                    if (i > 0) {
                        text.append(' ');
                    }
                    int start = text.length();
                    text.append(sentence.tokens().get(i));
                    offsets.add(new int[] {start, text.length()});
                }
            }
            String body = text.toString();
            String[] documentTags = new String[offsets.size()];
            Arrays.fill(documentTags, "O");
            for (Entity entity : tagger.apply(body)) {
                String type = ENTITY_TAGS.get(entity.type());
                for (Mention mention : entity.mentions()) {
                    Conlleval.label(body, offsets, documentTags, mention.start(), mention.end(), type);
                }
            }
            tags.addAll(Conlleval.bySentence(
                    documentTags,
                    document.sentences().stream()
                            .map(sentence -> sentence.tokens().size())
                            .toList()));
        }
        return tags;
    }

    /** The tagger's entities in {@code body}, told that it is in {@code language}. */
    static List<Entity> entities(EntityTagger tagger, String body, String language) {
        ArticleDocument document = new ArticleDocument(new ArticleIngested(
                UUID.nameUUIDFromBytes(body.getBytes(StandardCharsets.UTF_8)),
                1L,
                null,
                null,
                null,
                "",
                body,
                Instant.EPOCH,
                language,
                List.of(),
                null,
                "text",
                null,
                Instant.EPOCH));
        document.setLanguage(new DetectedLanguage(language, 1.0));
        tagger.tag(document);
        return document.entities();
    }

    /**
     * The entities the whole pipeline finds, as {@code POST /v1/enrich} would: segmenter, language
     * tagger and all, with a neutral title.
     */
    private static List<Entity> pipelineEntities(EnrichmentPipeline pipeline, String body) {
        PipelineRun run = PipelineRun.of(pipeline, "News", body);
        ArticleDocument document = run.document();
        if (run.shift() < 0) {
            System.err.printf("main story is not a part of the text: %.60s%n", body);
        } else if (!document.isInLanguage("en")) {
            System.err.printf("language %s: %.80s%n", document.language().code(), body);
        } else if (document.body().length() != body.length()) {
            System.err.printf(
                    "cut to %d of %d characters: %.80s%n", document.body().length(), body.length(), body);
        }
        return run.entities();
    }

    private static void write(Path file, BioCorpus corpus, List<List<String>> tags) throws IOException {
        Conlleval.write(
                file,
                corpus.documents().stream()
                        .flatMap(document -> document.sentences().stream())
                        .map(BioCorpus.Sentence::tokens)
                        .toList(),
                tags);
    }

    private static JsonNode score(EvaluationContext context, Path gold, Path predicted)
            throws IOException, InterruptedException {
        return Conlleval.score(context, gold, predicted);
    }

    private static void print(EvaluationContext context, String label, JsonNode score) {
        context.out().printf("  %-22s %s%n", label, Conlleval.figures(score));
    }
}
