package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The one place that knows, for each language the entity tagger supports, which CoreNLP model it
 * runs and how that language is tokenised, split into sentences and labelled. Everything else in
 * this package is the same for every language, or asks this class.
 *
 * <p>Each language uses its own tokenizer, as its model was trained on: German, French and Spanish
 * have CoreNLP tokenizers of their own ("l'Élysée" is "l'" "Élysée"), and Chinese is first cut into
 * words by CoreNLP's segmenter. Multi-word-token expansion ("im" → "in dem", "del" → "de el") is
 * not run: the NER models were trained on the words as written, and offsets must stay on the text.
 *
 * <p>The models are unpacked from CoreNLP's per-language models jars into the build output by the
 * pom; the Chinese one (1.5 GB jar) only with the {@code chinese} profile. A language whose model is
 * not on the classpath is not {@link #isAvailable() available}, and its articles get no entities
 * (and {@code coverage.entities = false}) rather than a failed start.
 */
public enum NerLanguage {
    ENGLISH("en", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", Set.of("the", "a", "an")),
    /** Trained on CoNLL-2003 German and further German news (labels PERSON, ORGANIZATION, LOCATION, MISC). */
    GERMAN(
            "de",
            "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz",
            Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer")),
    /** Trained on WikiNER French (labels I-/B- PER, ORG, LOC, MISC). */
    FRENCH(
            "fr",
            "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz",
            Set.of("le", "la", "les", "l'", "l’", "un", "une", "du", "des")),
    /** Trained on AnCora and LDC Spanish (labels PERSON, ORGANIZATION, LOCATION, MISC). */
    SPANISH(
            "es",
            "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz",
            Set.of("el", "la", "los", "las", "un", "una")),
    /** Trained on OntoNotes Chinese (labels PERSON, ORGANIZATION, GPE, LOCATION, FACILITY, DEMONYM, MISC). */
    CHINESE("zh", "edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz", Set.of());

    /**
     * The Chinese word segmenter. {@code ctb.small.gz} (83 MB) rather than the 329 MB {@code ctb.gz}
     * the CoreNLP Chinese pipeline names: it loads in half the time and takes 0.8 GB less heap, and
     * segments news text the same for the NER model (see the README's evaluation).
     */
    static final String CHINESE_SEGMENTER = "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz";

    static final String CHINESE_DICTIONARY = "edu/stanford/nlp/models/segmenter/chinese/dict-chris6.ser.gz";
    static final String CHINESE_SEGMENTER_DIR = "edu/stanford/nlp/models/segmenter/chinese";

    /**
     * The models' labels, without a B-/I- prefix, as our types. OntoNotes' GPE (countries, cities)
     * and FACILITY (airports, buildings, bridges) are places, as in the CoNLL and UNER guidelines;
     * MISC and DEMONYM are found but dropped after the fixes, like the English tagger's other MISC.
     */
    private static final Map<String, EntityType> TYPES = Map.of(
            "PERSON", EntityType.PERSON,
            "PER", EntityType.PERSON,
            "ORGANIZATION", EntityType.ORGANIZATION,
            "ORG", EntityType.ORGANIZATION,
            "LOCATION", EntityType.LOCATION,
            "LOC", EntityType.LOCATION,
            "GPE", EntityType.LOCATION,
            "FACILITY", EntityType.LOCATION,
            "MISC", EntityType.MISC);

    private final String code;
    private final String model;
    private final Set<String> leadingArticles;

    NerLanguage(String code, String model, Set<String> leadingArticles) {
        this.code = code;
        this.model = model;
        this.leadingArticles = leadingArticles;
    }

    /** ISO 639-1, as the language tagger writes it. */
    public String code() {
        return code;
    }

    /** The CRF's classpath resource. */
    public String model() {
        return model;
    }

    public static Optional<NerLanguage> of(String code) {
        for (NerLanguage language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Whether the build put this language's models on the classpath. */
    public boolean isAvailable() {
        ClassLoader loader = NerLanguage.class.getClassLoader();
        return loader.getResource(model) != null && (this != CHINESE || loader.getResource(CHINESE_SEGMENTER) != null);
    }

    /**
     * Words the CRF now and then includes at the start of a name and that are not part of it ("the
     * Philippines", "die Stadt"), unless written with a capital inside a sentence ("The Hague",
     * "Le Monde").
     */
    Set<String> leadingArticles() {
        return leadingArticles;
    }

    /**
     * Titles that the French CRF (as French annotation, e.g. HIPE's) takes into a person's mention,
     * "M. Hagenbeck", and that are no part of the name: the mention keeps them, the entity's name
     * and id do not, so "M. Macron" is one entity with "Emmanuel Macron".
     */
    Set<String> nameTitles() {
        return this == FRENCH ? Set.of("M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mlles", "Me", "Mgr") : Set.of();
    }

    /** Our type for one of the model's labels, or null for O and labels we do not keep. */
    public static EntityType typeOf(String label) {
        return TYPES.get(withoutPrefix(label));
    }

    /** Whether a token with this label starts a new name even right after one of the same type. */
    public static boolean beginsName(String label) {
        return label.startsWith("B-");
    }

    private static String withoutPrefix(String label) {
        return label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
    }

    /**
     * CoreNLP's tokenizer and sentence splitter as this language's finder runs them (public for
     * the evaluation, which runs each raw model beside the tagger on the same footing).
     */
    public Properties tokenizerProperties() {
        Properties tokenizer = new Properties();
        tokenizer.setProperty("annotators", "tokenize,ssplit");
        // A line of the body is a paragraph, a headline or a kicker, never half of a sentence.
        tokenizer.setProperty("ssplit.newlineIsSentenceBreak", "always");
        switch (this) {
            case ENGLISH ->
                // "Ata-ur-Rehman", "Hong Kong-listed", "al-Aqsa" as one token each, as in the CRF's
                // training data: on CoNLL-2003 dev, splitting them costs 0.15 F1 (see the README).
                tokenizer.setProperty("tokenize.options", "splitHyphenated=false");
            case CHINESE -> {
                tokenizer.setProperty("tokenize.language", code);
                tokenizer.setProperty("segment.model", CHINESE_SEGMENTER);
                tokenizer.setProperty("segment.sighanCorporaDict", CHINESE_SEGMENTER_DIR);
                tokenizer.setProperty("segment.serDictionary", CHINESE_DICTIONARY);
                tokenizer.setProperty("segment.sighanPostProcessing", "true");
                tokenizer.setProperty("ssplit.boundaryTokenRegex", "[.。]|[!?！？]+");
            }
            case GERMAN -> {
                tokenizer.setProperty("tokenize.language", code);
                // CoreNLP's German defaults but for hyphens: "Hans-Dietrich", "n-tv", "EU-Budget" stay one
                // word, as in the German CRF's training data (on GermEval dev, splitting them costs 1.4 F1).
                tokenizer.setProperty("tokenize.options", "invertible,ptb3Escaping=false,splitHyphenated=false");
            }
            default -> tokenizer.setProperty("tokenize.language", code);
        }
        return tokenizer;
    }

    /**
     * CoreNLP's own tokenizer and sentence splitter for this language, with its default options: the
     * raw model as a user of CoreNLP runs it, which the evaluation compares the tagger with.
     */
    public Properties defaultTokenizerProperties() {
        Properties tokenizer = tokenizerProperties();
        if (this != CHINESE) {
            tokenizer.remove("tokenize.options");
        }
        return tokenizer;
    }

    /** The languages named by codes such as {@code en,de,zh}, in that order; unknown codes are refused. */
    public static List<NerLanguage> parse(String codes) {
        return java.util.Arrays.stream(codes.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .map(code -> of(code.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new IllegalArgumentException(
                                "no entity model for language '" + code + "'; known: en, de, fr, es, zh")))
                .distinct()
                .toList();
    }
}
