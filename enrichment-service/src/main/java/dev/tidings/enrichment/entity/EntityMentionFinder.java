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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Finds the names of people, organisations and places in the text of one language with Stanford
 * CoreNLP: that language's tokenizer (and, for Chinese, word segmenter) and sentence splitter, then
 * its bare CRF over each sentence ({@link NerLanguage} knows which). What it returns is the CRF's
 * own answer, only trimmed; {@link KnownErrorFixes}, {@link MentionFilter} and {@link
 * EntityGrouper} correct and group it.
 *
 * <p>Not CoreNLP's full {@code ner} annotator: its fine-grained rules and SUTime take nearly all of
 * its time and 0.8 GB of heap, where the bare CRF is about 50 times faster, and the 3-class model
 * keeps names such as "Luzon Strait" whole where the finer models split them.
 *
 * <p>Both the pipeline and the classifier are loaded once and shared by all threads; CoreNLP's
 * tokenizers, the Chinese segmenter and {@code CRFClassifier.classifySentence} keep no state between
 * calls.
 */
public final class EntityMentionFinder {

    /** Unpacked from CoreNLP's models jar into the build output by the pom. */
    static final String MODEL = NerLanguage.ENGLISH.model();

    /** The possessive the tokenizer splits off ("Miller's"), and a lone apostrophe ("Francis'"). */
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'S", "’S", "'", "’");

    private final NerLanguage language;
    private final StanfordCoreNLP sentenceSplitter;
    private final CRFClassifier<CoreLabel> classifier;

    /** The English finder. */
    public EntityMentionFinder() {
        this(NerLanguage.ENGLISH);
    }

    public EntityMentionFinder(NerLanguage language) {
        this.language = language;
        this.sentenceSplitter = new StanfordCoreNLP(language.tokenizerProperties());
        this.classifier = loadClassifier(language);
    }

    /**
     * CoreNLP's tokenizer and sentence splitter as the English finder runs them (public for the
     * evaluation, which runs the bare CRF beside this tagger on the same footing).
     */
    public static Properties tokenizerProperties() {
        return NerLanguage.ENGLISH.tokenizerProperties();
    }

    /** The English 3-class CRF, loaded as this finder loads it. */
    public static CRFClassifier<CoreLabel> loadClassifier() {
        return loadClassifier(NerLanguage.ENGLISH);
    }

    /** A language's CRF, loaded as this finder loads it. */
    public static CRFClassifier<CoreLabel> loadClassifier(NerLanguage language) {
        Properties crf = new Properties();
        // No lower-case words learnt from earlier inputs: the output then depends on the text alone,
        // not on which articles came before it (also the 4.5.10 default for this model, made explicit).
        crf.setProperty("maxAdditionalKnownLCWords", "0");
        try {
            return CRFClassifier.getClassifier(language.model(), crf);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("Cannot load the NER model " + language.model(), e);
        }
    }

    NerLanguage language() {
        return language;
    }

    /**
     * The longest stretch of text given to CoreNLP at once. The Chinese segmenter runs over all it is
     * given as one sequence, and a 1,000,000-character article held it (and its heap) for minutes;
     * cut at line breaks, or sentence ends, the pieces give the same names.
     */
    static final int MAX_PIECE = 10_000;

    /**
     * Names are looked for in the first this many characters of a body. A news story is rarely a
     * tenth of it; bodies up to ingest's limit (1,000,000) are accepted and stored whole, but tagging
     * all of one would hold an enrichment thread for minutes.
     */
    public static final int MAX_SEARCHED = 100_000;

    /** The names in {@code text}, in text order, with offsets into {@code text}. */
    public List<EntityMention> find(String text) {
        int searched = text.length() <= MAX_SEARCHED ? text.length() : pieceEnd(text, MAX_SEARCHED - MAX_PIECE);
        List<EntityMention> mentions = new ArrayList<>();
        int start = 0;
        while (start < searched) {
            int end = searched - start <= MAX_PIECE ? searched : pieceEnd(text, start);
            int offset = start;
            for (EntityMention mention : findInPiece(text.substring(start, end))) {
                mentions.add(new EntityMention(
                        mention.type(), mention.start() + offset, mention.end() + offset, mention.text()));
            }
            start = end;
        }
        return mentions;
    }

    /**
     * Where the piece that starts at {@code start} ends: after its last line break, else its last
     * sentence end, else its last space, in its second half; else at its full length.
     */
    static int pieceEnd(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_PIECE);
        if (limit == text.length()) {
            return limit;
        }
        int from = start + MAX_PIECE / 2;
        for (String breaks : List.of("\n", "。！？.!?", " ")) {
            for (int i = limit - 1; i >= from; i--) {
                if (breaks.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private List<EntityMention> findInPiece(String text) {
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
                EntityType type = NerLanguage.typeOf(label(labels, first));
                int end = first + 1;
                while (end < tokens.size()
                        && type == NerLanguage.typeOf(label(labels, end))
                        && !NerLanguage.beginsName(label(labels, end))) {
                    end++;
                }
                if (type != null && (type != EntityType.MISC || language != NerLanguage.ENGLISH)) {
                    mention(text, type, tokens.subList(first, end), startsSentence(tokens, first))
                            .ifPresent(mentions::add);
                }
                first = end;
            }
        }
        return mentions;
    }

    private static String label(List<CoreLabel> labels, int index) {
        return labels.get(index).get(CoreAnnotations.AnswerAnnotation.class);
    }

    /**
     * A run of same-label tokens as a mention, trimmed of a leading article and a trailing possessive.
     *
     * @param atSentenceStart whether only punctuation comes before the run in its sentence, where a
     *     capital says nothing
     */
    Optional<EntityMention> mention(String text, EntityType type, List<CoreLabel> run, boolean atSentenceStart) {
        int first = 0;
        int last = run.size() - 1;
        while (first <= last
                && (isLeadingArticle(word(run.get(first)), atSentenceStart && first == 0)
                        || isPunctuation(word(run.get(first)), "("))) {
            first++;
        }
        while (last >= first
                && (POSSESSIVES.contains(word(run.get(last))) || isPunctuation(word(run.get(last)), ")"))) {
            last--;
        }
        if (first > last) {
            return Optional.empty();
        }
        int start = run.get(first).beginPosition();
        int end = run.get(last).endPosition();
        return Optional.of(EntityMention.of(text, type, start, end));
    }

    private boolean isLeadingArticle(String word, boolean atSentenceStart) {
        Set<String> articles = language.leadingArticles();
        return articles.contains(word) || (atSentenceStart && articles.contains(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * A dash or a quote tagged along with a name ("-- Luli Popescu") is not part of it; a bracket
     * may be, "Mladost (L)", and is kept at the end it belongs to.
     */
    private static boolean isPunctuation(String word, String keptBracket) {
        return !word.equals(keptBracket)
                && word.codePoints().noneMatch(Character::isLetterOrDigit)
                && !POSSESSIVES.contains(word);
    }

    private static boolean startsSentence(List<CoreLabel> tokens, int index) {
        for (int i = 0; i < index; i++) {
            if (word(tokens.get(i)).codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /** The token as written in the text (the tokenizer may normalise quotes in {@code word()}). */
    private static String word(CoreLabel token) {
        String original = token.originalText();
        return original != null ? original : token.word();
    }
}
