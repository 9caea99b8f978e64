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
 * <p><b>Low-accuracy mode.</b> Measured on this machine (JDK 17), these 30 languages preloaded take
 * 0.5 s and about 32 MiB of heap in low-accuracy mode, against 5.8 s and about 720 MiB in high
 * accuracy. Low accuracy uses trigrams only, which is what Lingua uses anyway above 120 characters,
 * so on articles it gives the same answers (it gave the same on every line of the sample page and
 * on the German, French, Polish, Japanese and Korean texts we tried). It is weaker only on a few
 * words, which are answered {@code und} below anyway.
 *
 * <p><b>Confidence.</b> Lingua 1.2 gives each language a value relative to the best one (the best is
 * always 1.0), not a probability. We turn it into a 0..1 confidence from the two things that make
 * an answer trustworthy: the lead of the best language over the runner-up (about 0.15–0.35 on
 * clean news text, under 0.1 when two languages are nearly tied) and how much text there was. A
 * text of fewer than {@value #MIN_LETTERS} letters, or a confidence under {@value #MIN_CONFIDENCE},
 * is {@code und}: a wrong language is worse than none, because the entity tagger would then run, or
 * not run, on the wrong text.
 *
 * <p>Lingua's detector is thread-safe, and its models are loaded once, here. The packaged app holds
 * only the trigram models of these languages ({@code quarkus.class-loading.removed-resources} in
 * application.properties): a language added here must be taken off that list.
 */
public final class LanguageTagger implements Tagger {

    static final List<Language> LANGUAGES = List.of(
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

    /** Fewer letters than this is a caption or a headline, not evidence of a language. */
    static final int MIN_LETTERS = 20;
    /** From this many letters on, the length of the text no longer lowers the confidence. */
    static final int FULL_EVIDENCE_LETTERS = 120;
    /** A lead over the runner-up this large or larger counts as a clear win. */
    static final double CLEAR_LEAD = 0.10;

    static final double MIN_CONFIDENCE = 0.5;
    /**
     * The first characters are enough to tell the language of a news story, and the cost of
     * detection grows with the length, so a long body is cut here.
     */
    static final int MAX_SAMPLE_CHARS = 4_000;

    private static final DetectedLanguage UNDETERMINED = new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0.0);

    private final LanguageDetector detector;

    public LanguageTagger() {
        this.detector = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
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
        String sample = sample(text);
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
            double lead = 1.0 - ranked.next().getValue();
            confidence = Math.min(1.0, (double) letters / FULL_EVIDENCE_LETTERS) * Math.min(1.0, lead / CLEAR_LEAD);
        }
        if (confidence < MIN_CONFIDENCE) {
            return UNDETERMINED;
        }
        return new DetectedLanguage(best.getIsoCode639_1().toString(), Math.round(confidence * 1000) / 1000.0);
    }

    private static String sample(String text) {
        if (text.length() <= MAX_SAMPLE_CHARS) {
            return text;
        }
        int end = MAX_SAMPLE_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
