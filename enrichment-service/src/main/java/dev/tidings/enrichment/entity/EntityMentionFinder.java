package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Finds the names of people, organisations and places in English text with Stanford CoreNLP: its
 * tokenizer and sentence splitter, then the bare 3-class CRF over each sentence.
 *
 * <p>Not CoreNLP's full {@code ner} annotator: its fine-grained rules and SUTime take nearly all of
 * its time and 0.8 GB of heap, where the bare CRF is about 50 times faster, and the 3-class model
 * keeps names such as "Luzon Strait" whole where the finer models split them.
 *
 * <p>Both the pipeline and the classifier are loaded once and shared by all threads; CoreNLP's
 * tokenizer and {@code CRFClassifier.classifySentence} keep no state between calls.
 */
public final class EntityMentionFinder {

    /** Unpacked from CoreNLP's models jar into the build output by the pom. */
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private static final Map<String, EntityType> TYPES = Map.of(
            "PERSON", EntityType.PERSON,
            "ORGANIZATION", EntityType.ORGANIZATION,
            "LOCATION", EntityType.LOCATION);

    /** Tagged as the start of a name now and then ("the Philippines"); never part of it. */
    private static final Set<String> LEADING_ARTICLES = Set.of("the", "a", "an");

    /** The possessive the tokenizer splits off ("Miller's"), and a lone apostrophe ("Francis'"). */
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

    /**
     * Words the CRF sometimes tags on their own ("he" as a person, "the" as a place) and that are
     * never a name. Matched in lower case or capitalised only, so that "US" stays a place while
     * "us" and "Us" go.
     */
    private static final Set<String> NEVER_A_NAME = Set.of(
            "i",
            "me",
            "my",
            "mine",
            "myself",
            "you",
            "your",
            "yours",
            "he",
            "him",
            "his",
            "himself",
            "she",
            "her",
            "hers",
            "herself",
            "it",
            "its",
            "itself",
            "we",
            "us",
            "our",
            "ours",
            "they",
            "them",
            "their",
            "theirs",
            "themselves",
            "this",
            "that",
            "these",
            "those",
            "who",
            "whom",
            "whose",
            "which",
            "what",
            "the",
            "a",
            "an",
            "and",
            "or",
            "but",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "with",
            "by",
            "from",
            "as",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sir");

    private final StanfordCoreNLP sentenceSplitter;
    private final CRFClassifier<CoreLabel> classifier;

    public EntityMentionFinder() {
        Properties tokenizer = new Properties();
        tokenizer.setProperty("annotators", "tokenize,ssplit");
        // A line of the body is a paragraph, a headline or a kicker, never half of a sentence.
        tokenizer.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.sentenceSplitter = new StanfordCoreNLP(tokenizer);

        Properties crf = new Properties();
        // No lower-case words learnt from earlier inputs: the output then depends on the text alone,
        // not on which articles came before it (also the 4.5.10 default for this model, made explicit).
        crf.setProperty("maxAdditionalKnownLCWords", "0");
        try {
            this.classifier = CRFClassifier.getClassifier(MODEL, crf);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("Cannot load the NER model " + MODEL, e);
        }
    }

    /** The names in {@code text}, in text order, with offsets into {@code text}. */
    public List<EntityMention> find(String text) {
        Annotation annotation = new Annotation(text);
        sentenceSplitter.annotate(annotation);
        List<EntityMention> mentions = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            // classifySentence, not classify: classify skips the CRF's preprocessing of the tokens
            // and finds about a tenth of the names. It returns copies, one per token, in order.
            List<CoreLabel> labels = classifier.classifySentence(tokens);
            int first = 0;
            while (first < tokens.size()) {
                String label = labels.get(first).get(CoreAnnotations.AnswerAnnotation.class);
                int end = first + 1;
                while (end < tokens.size()
                        && label.equals(labels.get(end).get(CoreAnnotations.AnswerAnnotation.class))) {
                    end++;
                }
                EntityType type = TYPES.get(label);
                if (type != null) {
                    mention(text, type, tokens.subList(first, end)).ifPresent(mentions::add);
                }
                first = end;
            }
        }
        return mentions;
    }

    /** A run of same-label tokens as a mention, trimmed of what is never part of a name. */
    static Optional<EntityMention> mention(String text, EntityType type, List<CoreLabel> run) {
        int first = 0;
        int last = run.size() - 1;
        while (first <= last && LEADING_ARTICLES.contains(lowerCase(word(run.get(first))))) {
            first++;
        }
        while (last >= first && POSSESSIVES.contains(word(run.get(last)))) {
            last--;
        }
        if (first > last) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = run.subList(first, last + 1);
        if (tokens.stream().allMatch(token -> isNeverAName(word(token)))) {
            return Optional.empty();
        }
        int start = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        String surface = text.substring(start, end);
        // English writes names with a capital (or in a script without case): "said" or "the"
        // tagged on their own are the CRF's mistakes.
        if (surface.codePoints().noneMatch(c -> Character.isLetter(c) && !Character.isLowerCase(c))) {
            return Optional.empty();
        }
        return Optional.of(new EntityMention(type, start, end, surface));
    }

    private static boolean isNeverAName(String word) {
        String lower = lowerCase(word);
        // Only the first letter may be upper case: "He" and "he", but not "US".
        boolean lowerOrCapitalised = word.substring(1).equals(lower.substring(1));
        return lowerOrCapitalised && NEVER_A_NAME.contains(lower);
    }

    /** The token as written in the text (the tokenizer may normalise quotes in {@code word()}). */
    private static String word(CoreLabel token) {
        String original = token.originalText();
        return original != null ? original : token.word();
    }

    private static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
