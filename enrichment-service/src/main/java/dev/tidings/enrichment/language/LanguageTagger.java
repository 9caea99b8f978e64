package dev.tidings.enrichment.language;

import static com.github.pemistahl.lingua.api.Language.ARABIC;
import static com.github.pemistahl.lingua.api.Language.BOKMAL;
import static com.github.pemistahl.lingua.api.Language.CATALAN;
import static com.github.pemistahl.lingua.api.Language.CHINESE;
import static com.github.pemistahl.lingua.api.Language.CZECH;
import static com.github.pemistahl.lingua.api.Language.DANISH;
import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FINNISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.GREEK;
import static com.github.pemistahl.lingua.api.Language.HEBREW;
import static com.github.pemistahl.lingua.api.Language.HINDI;
import static com.github.pemistahl.lingua.api.Language.HUNGARIAN;
import static com.github.pemistahl.lingua.api.Language.INDONESIAN;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.JAPANESE;
import static com.github.pemistahl.lingua.api.Language.KOREAN;
import static com.github.pemistahl.lingua.api.Language.PERSIAN;
import static com.github.pemistahl.lingua.api.Language.POLISH;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.ROMANIAN;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static com.github.pemistahl.lingua.api.Language.SPANISH;
import static com.github.pemistahl.lingua.api.Language.SWEDISH;
import static com.github.pemistahl.lingua.api.Language.THAI;
import static com.github.pemistahl.lingua.api.Language.TURKISH;
import static com.github.pemistahl.lingua.api.Language.UKRAINIAN;
import static com.github.pemistahl.lingua.api.Language.VIETNAMESE;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import dev.tidings.events.DetectedLanguage;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells the language of the main story with Lingua.
 *
 * <p><b>Which languages.</b> The 30 below: the languages of the news sources we expect (ar cs de en
 * es fi fr hi id it ko pl pt ru sv th tr zh), the common ones after them (ja nl uk vi) and the close
 * neighbours of those, so that a Danish or Norwegian article is not called Swedish and a Catalan
 * one not Spanish. Malay is left out on purpose: next to Indonesian it splits Indonesian articles
 * between the two. Every one of them has an ISO 639-1 code. Not all 75 of Lingua's: on a short
 * text the rare ones win by chance (a lone "Hello" comes back as Sesotho), and each costs memory.
 *
 * <p><b>Low-accuracy mode.</b> Low accuracy uses trigrams only, which is what Lingua uses anyway
 * above 120 characters, so on articles it gives the same answers. Measured with the evaluation
 * tool (see the README) on 18,000 single sentences of 18 languages: raw Lingua is right on 99.2%
 * in low accuracy and 99.7% in high accuracy, but high accuracy takes 700 MiB more heap and 10 s
 * more to load for these 30 languages. With the thresholds below this tagger is right on 98.0% of
 * those sentences and answers {@code und} for 1.6% (98.9% and 1.0% in high accuracy).
 *
 * <p><b>Cost.</b> Lingua takes about 2 µs of CPU per character. So long English text, the common
 * case, is recognised by its function words first ({@link EnglishFunctionWords}); otherwise Lingua
 * reads the first {@value #LEAD_CHARS} characters, and the whole sample only when they leave doubt.
 *
 * <p><b>Confidence.</b> Lingua 1.2 gives each language a value relative to the best one (the best is
 * always 1.0), not a probability. The evidence for the best language is its lead over the
 * runner-up times the number of letters: a clear lead on a short text and a slight one on a long
 * text are both good evidence, a slight lead on a short text is not. The confidence is {@code 1 -
 * 2^(-evidence / }{@value #EVIDENCE_FOR_EVEN_ODDS}{@code )}: each {@value #EVIDENCE_FOR_EVEN_ODDS}
 * of evidence halves the doubt. A text of fewer than {@value #MIN_LETTERS} letters, or a confidence
 * under {@value #MIN_CONFIDENCE}, is {@code und}: a wrong language is worse than none, because the
 * entity tagger would then run, or not run, on the wrong text. So captions, kickers ("SECURITY:"),
 * numbers, a lone name and keyboard noise are {@code und}.
 *
 * <p><b>Mixed text.</b> The language is told on {@link MainTextSample}: the beginning of the body
 * without the asides in parentheses written in another script, so a name given in the original
 * does not count. A short quote in another language is outweighed by the text around it.
 *
 * <p>Lingua's detector is thread-safe, and its models are loaded once, here. The packaged app holds
 * only the trigram models of these languages ({@code quarkus.class-loading.removed-resources} in
 * application.properties): a language added here must be taken off that list.
 */
public final class LanguageTagger implements Tagger {

    public static final List<Language> LANGUAGES = List.of(
            ARABIC,
            CZECH,
            GERMAN,
            ENGLISH,
            SPANISH,
            FINNISH,
            FRENCH,
            HINDI,
            INDONESIAN,
            ITALIAN,
            KOREAN,
            POLISH,
            PORTUGUESE,
            RUSSIAN,
            SWEDISH,
            THAI,
            TURKISH,
            CHINESE,
            JAPANESE,
            DUTCH,
            UKRAINIAN,
            VIETNAMESE,
            DANISH,
            BOKMAL,
            GREEK,
            HEBREW,
            HUNGARIAN,
            ROMANIAN,
            PERSIAN,
            CATALAN);

    /** Fewer letters than this is a caption, a kicker or a name, not evidence of a language. */
    static final int MIN_LETTERS = 10;
    /** Lead over the runner-up times letters that gives a confidence of one half. */
    static final double EVIDENCE_FOR_EVEN_ODDS = 2.0;

    static final double MIN_CONFIDENCE = 0.5;

    /** The start of the text that is tried first: two or three sentences. */
    static final int LEAD_CHARS = 250;
    /** A confidence on the start that the rest of the text would not change. */
    static final double SURE = 0.99;

    private static final DetectedLanguage UNDETERMINED = new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0.0);

    private final LanguageDetector detector;

    public LanguageTagger() {
        this(false);
    }

    /**
     * @param highAccuracy Lingua's high-accuracy mode, for the evaluation only: the service runs in
     *     low accuracy, and its packaged app holds no other models than those of low accuracy
     */
    public LanguageTagger(boolean highAccuracy) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
                .withPreloadedLanguageModels();
        this.detector =
                highAccuracy ? builder.build() : builder.withLowAccuracyMode().build();
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void tag(ArticleDocument document) {
        document.setLanguage(detect(document.body()));
    }

    public DetectedLanguage detect(String text) {
        String sample = MainTextSample.of(text);
        int englishWords = EnglishFunctionWords.count(sample);
        if (englishWords > 0) {
            return new DetectedLanguage("en", confidence(englishWords));
        }
        // In a table of results or a list of names, the names outweigh the words of the language
        // ("Erik Breukink (Netherlands) Rabobank" reads as Dutch): Lingua reads the other words
        // first, and the whole text only if they are too few to tell.
        String words = withoutNamesIfMostlyNames(sample);
        if (words.length() < sample.length()) {
            DetectedLanguage fromWords = detectOn(words);
            if (!fromWords.code().equals(DetectedLanguage.UNDETERMINED)) {
                return fromWords;
            }
        }
        // Most articles are told from their first lines for a fraction of the cost of the whole
        // sample (Lingua's cost grows with the length); only an unclear start reads on.
        String lead = MainTextSample.lead(sample, LEAD_CHARS);
        if (lead.length() < sample.length()) {
            DetectedLanguage quick = detectOn(lead);
            if (quick.confidence() >= SURE) {
                return quick;
            }
        }
        return detectOn(sample);
    }

    private DetectedLanguage detectOn(String sample) {
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
        Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
        if (!ranked.hasNext()) {
            return UNDETERMINED;
        }
        Language best = ranked.next().getKey();
        double confidence;
        if (!ranked.hasNext()) {
            // A single candidate: Lingua decided by script (kana, hangul, Thai), which needs no more text.
            confidence = 1.0;
        } else {
            confidence = confidence((1.0 - ranked.next().getValue()) * letters);
        }
        if (confidence < MIN_CONFIDENCE) {
            return UNDETERMINED;
        }
        return new DetectedLanguage(best.getIsoCode639_1().toString(), confidence);
    }

    /**
     * The text's lower-case words, when more than half of its words are capitalised or figures and
     * the rest still have {@value #MIN_LETTERS} letters; else the text as it is.
     */
    static String withoutNamesIfMostlyNames(String text) {
        StringBuilder lowerCase = new StringBuilder();
        int names = 0;
        int others = 0;
        int letters = 0;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty() || !Character.isLetterOrDigit(word.codePointAt(0))) {
                continue;
            }
            int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                names++;
            } else if (Character.isLowerCase(first)) {
                others++;
                letters += (int) word.codePoints().filter(Character::isLetter).count();
                lowerCase.append(word).append(' ');
            } else {
                // A script without case (CJK, Arabic, Thai...): there is no telling names apart.
                return text;
            }
        }
        return names > others && letters >= MIN_LETTERS ? lowerCase.toString().strip() : text;
    }

    /** Each {@value #EVIDENCE_FOR_EVEN_ODDS} of evidence halves the doubt; three decimals. */
    private static double confidence(double evidence) {
        double confidence = 1.0 - Math.pow(2.0, -evidence / EVIDENCE_FOR_EVEN_ODDS);
        return Math.round(confidence * 1000) / 1000.0;
    }
}
