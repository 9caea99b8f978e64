package dev.tidings.enrichment.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a main story into sentences, as exact spans of the text. A sentence ends at a line break,
 * or at ".", "!" or "?" (with any closing quotes or brackets after it) followed by space and a
 * capital letter, digit or opening quote, unless the word before the full stop is an abbreviation
 * ("Mr.", "U.S.", "Jan.") or a single initial ("J. Smith"), or the mark is inside a quotation that
 * goes on: a quote of two sentences followed by "Miller told reporters" is one sentence of the
 * story, and a summary must not start in the middle of it.
 */
final class SentenceSplitter {

    /** A sentence: {@code text} equals {@code body.substring(start, end)}. */
    record Sentence(int start, int end, String text) {}

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov",
            "rev", "hon", "inc", "ltd", "co", "corp", "vs", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "approx", "dept",
            "est", "fig", "mt");

    private SentenceSplitter() {}

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                if (isBoundary(text, i, end) && !insideQuotation(text, start, end)) {
                    add(text, start, end, sentences);
                    start = end;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        add(text, start, n, sentences);
        return sentences;
    }

    private static boolean isBoundary(String text, int mark, int end) {
        int next = end;
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char following = text.charAt(next);
        boolean startsSentence = Character.isUpperCase(following)
                || Character.isDigit(following)
                || isOpener(following)
                || following == '\n';
        if (!startsSentence) {
            return false;
        }
        return text.charAt(mark) != '.' || !isAbbreviation(text, mark);
    }

    /** Whether a straight or curly double quotation mark opened in [start, end) is still open at end. */
    private static boolean insideQuotation(String text, int start, int end) {
        int straight = 0;
        int curly = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201c') {
                curly++;
            } else if (c == '\u201d' && curly > 0) {
                curly--;
            }
        }
        return straight % 2 == 1 || curly > 0;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[';
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
