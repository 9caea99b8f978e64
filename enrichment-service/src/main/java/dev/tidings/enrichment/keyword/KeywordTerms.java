package dev.tidings.enrichment.keyword;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Splits text into words with their offsets, and reduces a word to the stem that key phrases are
 * grouped and weighted by ("refugees" and "refugee" are one term).
 *
 * <p>A word is a run of letters and digits, with inner hyphens ("cross-border"), inner apostrophes
 * ("they're") and dotted abbreviations ("U.S.") kept inside it. The background document-frequency
 * table is built with this same class, so the two always agree on what a term is.
 */
public final class KeywordTerms {

    /**
     * One word of the text.
     *
     * @param start offset of its first UTF-16 code unit
     * @param end offset one past its last
     * @param breakBefore whether punctuation (not just space) separates it from the previous word,
     *     which no key phrase may cross
     * @param sentenceStart whether it starts a sentence or a line, where a capital letter says
     *     nothing about it being a name
     */
    public record Word(int start, int end, String text, boolean breakBefore, boolean sentenceStart) {

        /** Lower case, with straight apostrophes, without a possessive ending. */
        public String normalized() {
            String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (isPossessive()) {
                return lower.substring(0, lower.length() - 2);
            }
            return lower;
        }

        /** "China's", not "it's" or "he's", which are contractions (and stop words). */
        public boolean isPossessive() {
            boolean endsLikeOne = text.endsWith("'s") || text.endsWith("\u2019s");
            return endsLikeOne && (Character.isUpperCase(text.charAt(0)) || text.length() > 4);
        }
    }

    private KeywordTerms() {}

    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean pendingBreak = true;
        boolean pendingSentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '\n' || c == '.' || c == '!' || c == '?') {
                    pendingSentenceStart = true;
                }
                if (!Character.isWhitespace(c)) {
                    pendingBreak = true;
                }
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if (isJoiner(d) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else if (d == '.' && isAbbreviationDot(text, start, i)) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(new Word(start, i, text.substring(start, i), pendingBreak, pendingSentenceStart));
            pendingBreak = false;
            pendingSentenceStart = false;
        }
        return words;
    }

    /** The stem of a lower-case word. Not thread-safe: a stemmer is made per call of the caller. */
    static String stem(PorterStemmer stemmer, String normalized) {
        stemmer.setCurrent(normalized);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        // The Porter stemmer reduces a lone "s" to nothing.
        return stem.isEmpty() ? normalized : stem;
    }

    /** The distinct stems of a text: one document's contribution to the background table. */
    public static Set<String> documentStems(String text) {
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> stems = new LinkedHashSet<>();
        for (Word word : words(text)) {
            stems.add(stem(stemmer, word.normalized()));
        }
        return stems;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    /** "U.S." and "U.N.": single letters joined by dots are one word. */
    private static boolean isAbbreviationDot(String text, int start, int dot) {
        int length = dot - start;
        boolean singleLetterBefore =
                Character.isUpperCase(text.charAt(dot - 1)) && (length == 1 || text.charAt(dot - 2) == '.');
        if (!singleLetterBefore) {
            return false;
        }
        boolean letterAfter = dot + 1 < text.length() && Character.isUpperCase(text.charAt(dot + 1));
        boolean closesAbbreviation = length >= 3 && text.charAt(dot - 2) == '.';
        return letterAfter || closesAbbreviation;
    }
}
