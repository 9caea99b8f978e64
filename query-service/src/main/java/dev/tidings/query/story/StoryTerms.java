package dev.tidings.query.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a headline or lead that can tie two articles to one event, in any language: runs of
 * letters and digits, lower case; Chinese, Japanese and Korean runs as pairs of characters (their
 * words are not spaced). Function words are dropped (a short list for English, German, French and
 * Spanish; in other languages they are rare keys anyway by their document frequency), and so are
 * words under three letters and numbers. English plurals lose their "s", so that "strikes" meets
 * "strike".
 */
public final class StoryTerms {

    private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of(String.join(
                    " ",
                    // English
                    "the and for with from that this these those was were are has have had been its his her",
                    "their our not but said says will would can could may after over about into than more",
                    "most new one two also who what which when where how why just like get got make made",
                    "take they she you all out off now per via",
                    // German
                    "der die das und den dem des ein eine einer eines einem einen ist sind war wurde wurden",
                    "hat haben mit von für auf aus bei nach nicht sich auch als wie noch seit zum zur über",
                    "sagte",
                    // French
                    "les des une est sont pour dans par sur avec qui que pas plus son ses leur aux été elle",
                    "ils selon après",
                    // Spanish
                    "los las una por para con del que como más sus fue han según tras sobre entre este esta")
            .split(" ")));

    private StoryTerms() {}

    /** The words of {@code text}, in order, repeats kept. */
    public static List<String> of(String text, String language) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        boolean english = "en".equals(language);
        StringBuilder word = new StringBuilder();
        StringBuilder ideographs = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isIdeographic(c)) {
                flushWord(word, english, words);
                ideographs.appendCodePoint(c);
            } else if (Character.isLetterOrDigit(c)) {
                flushIdeographs(ideographs, words);
                word.appendCodePoint(Character.toLowerCase(c));
            } else {
                flushWord(word, english, words);
                flushIdeographs(ideographs, words);
            }
        }
        flushWord(word, english, words);
        flushIdeographs(ideographs, words);
        return words;
    }

    private static void flushWord(StringBuilder word, boolean english, List<String> words) {
        if (word.length() == 0) {
            return;
        }
        String text = word.toString().toLowerCase(Locale.ROOT);
        word.setLength(0);
        if (text.codePointCount(0, text.length()) < 3 || FUNCTION_WORDS.contains(text) || isNumber(text)) {
            return;
        }
        if (english && text.length() > 4 && text.endsWith("s") && !text.endsWith("ss")) {
            text = text.substring(0, text.length() - 1);
        }
        words.add(text);
    }

    /** A run of ideographs as its pairs of characters ("地震发生" gives 地震, 震发, 发生), or the lone one. */
    private static void flushIdeographs(StringBuilder run, List<String> words) {
        if (run.length() == 0) {
            return;
        }
        int[] points = run.codePoints().toArray();
        run.setLength(0);
        if (points.length == 1) {
            words.add(new String(points, 0, 1));
            return;
        }
        for (int i = 0; i + 1 < points.length; i++) {
            words.add(new String(points, i, 2));
        }
    }

    private static boolean isNumber(String text) {
        return text.chars().allMatch(Character::isDigit);
    }

    private static boolean isIdeographic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
