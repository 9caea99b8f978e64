package dev.tidings.enrichment.tone;

import dev.tidings.events.Tone;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tone in GDELT's sense: the percentage of the story's words that are positive minus the percentage
 * that are negative, so a story in plain neutral prose scores near 0, and most news scores a little
 * below it. Polarity comes from the VADER lexicon (Apache-2.0, see {@code tone/vader-lexicon.tsv}).
 *
 * <p>Simple negation is handled: a polar word within {@value #NEGATION_WINDOW} words after "not",
 * "no", "never", "without" or a "-n't" word, with no punctuation between, counts with the opposite
 * polarity ("not good" is negative, "did not fail" positive). Thread-safe after construction.
 */
public final class ToneScorer {

    static final String RESOURCE = "/tone/vader-lexicon.tsv";

    /**
     * Words whose VADER valence is below this in magnitude count as neutral: they are mild or depend
     * on context ("growing" 0.7, "demand" -0.5, "sentenced" -0.1), and GDELT-style tone counts words
     * that are clearly positive or negative.
     */
    static final double MIN_VALENCE = 1.0;

    static final int NEGATION_WINDOW = 3;

    /**
     * Lexicon words that in news prose are mostly used in a neutral sense: function words ("like",
     * "well", "kind of"), finance ("interest", "share", "credit", "gross", "crude"), politics
     * ("party", "united", "justice", "security") and health care ("care").
     */
    static final Set<String> NEUTRAL_IN_NEWS = Set.of(
            "like",
            "likes",
            "liked",
            "well",
            "kind",
            "pretty",
            "please",
            "no",
            "yes",
            "ok",
            "okay",
            "interest",
            "interests",
            "share",
            "shares",
            "credit",
            "gross",
            "crude",
            "party",
            "parties",
            "united",
            "justice",
            "security",
            "care",
            "top",
            "matter",
            "fine",
            "grand",
            "dear",
            "sentence",
            "mean");

    private static final Set<String> NEGATORS =
            Set.of("not", "no", "never", "without", "nor", "neither", "cannot", "nobody", "nothing", "none");

    private final Map<String, Integer> polarity;

    public ToneScorer() {
        this.polarity = load();
    }

    /** The tone of a text; a text without words has a tone of 0. */
    public Tone score(String text) {
        if (text == null || text.isEmpty()) {
            return new Tone(0, 0, 0);
        }
        int words = 0;
        int positive = 0;
        int negative = 0;
        int wordsSinceNegator = Integer.MAX_VALUE;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (isClauseBreak(c)) {
                    wordsSinceNegator = Integer.MAX_VALUE;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerJoiner(text, i))) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            words++;
            if (NEGATORS.contains(word) || word.endsWith("n't")) {
                wordsSinceNegator = 0;
                continue;
            }
            if (wordsSinceNegator != Integer.MAX_VALUE) {
                wordsSinceNegator++;
            }
            int sign = polarity.getOrDefault(word, 0);
            if (sign != 0 && wordsSinceNegator <= NEGATION_WINDOW) {
                sign = -sign;
            }
            if (sign > 0) {
                positive++;
            } else if (sign < 0) {
                negative++;
            }
        }
        if (words == 0) {
            return new Tone(0, 0, 0);
        }
        double positivePercent = 100.0 * positive / words;
        double negativePercent = 100.0 * negative / words;
        return new Tone(round(positivePercent - negativePercent), round(positivePercent), round(negativePercent));
    }

    private static boolean isClauseBreak(char c) {
        return c == '.'
                || c == ','
                || c == ';'
                || c == ':'
                || c == '!'
                || c == '?'
                || c == '\n'
                || c == '"'
                || c == '\u201c'
                || c == '\u201d'
                || c == '('
                || c == ')';
    }

    /** An apostrophe or hyphen between two letters belongs to the word ("don't", "well-known"). */
    private static boolean isInnerJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-')
                && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1))
                && i > 0
                && Character.isLetter(text.charAt(i - 1));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static Map<String, Integer> load() {
        InputStream in = ToneScorer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        Map<String, Integer> polarity = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String word = line.substring(0, tab);
                double valence = Double.parseDouble(line.substring(tab + 1));
                if (Math.abs(valence) >= MIN_VALENCE && !NEUTRAL_IN_NEWS.contains(word)) {
                    polarity.put(word, valence > 0 ? 1 : -1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return Map.copyOf(polarity);
    }
}
