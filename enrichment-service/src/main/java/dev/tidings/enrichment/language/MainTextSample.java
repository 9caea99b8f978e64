package dev.tidings.enrichment.language;

import java.util.EnumMap;
import java.util.Map;

/**
 * The part of a text to detect the language on: its beginning, without what is written in another
 * script in parentheses. An English story that gives a name in the original, "Chiu Chui-cheng
 * (邱垂正)", is still English, and a Chinese story that gives a name in English is still Chinese.
 */
final class MainTextSample {

    /**
     * The first characters are enough to tell the language of a news story, and the cost of
     * detection grows with the length, so a long body is cut here.
     */
    static final int MAX_CHARS = 4_000;

    /** Longer than a name or a term in parentheses gets; past it, it is a remark in its own right. */
    private static final int MAX_ASIDE_CHARS = 60;

    private MainTextSample() {}

    static String of(String text) {
        String sample = beginning(text);
        Character.UnicodeScript main = mainScript(sample);
        if (main == null) {
            return sample;
        }
        StringBuilder kept = null;
        int copied = 0;
        for (int open = 0; open < sample.length(); open++) {
            char c = sample.charAt(open);
            if (c != '(' && c != '（') {
                continue;
            }
            int close = closing(sample, open);
            if (close > 0 && isInOtherScript(sample, open + 1, close, main)) {
                if (kept == null) {
                    kept = new StringBuilder(sample.length());
                }
                kept.append(sample, copied, open);
                copied = close + 1;
                open = close;
            }
        }
        if (kept == null) {
            return sample;
        }
        return kept.append(sample, copied, sample.length()).toString();
    }

    /** The first {@code chars} characters of a sample or a little fewer, ending between words. */
    static String lead(String sample, int chars) {
        if (sample.length() <= chars) {
            return sample;
        }
        int end = chars;
        while (end > chars / 2 && !Character.isWhitespace(sample.charAt(end))) {
            end--;
        }
        return sample.substring(0, end);
    }

    private static String beginning(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The script most letters are written in, or null for a text without letters. */
    static Character.UnicodeScript mainScript(String text) {
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(c -> letters.merge(script(c), 1, Integer::sum));
        return letters.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static int closing(String text, int open) {
        for (int i = open + 1; i < text.length() && i - open <= MAX_ASIDE_CHARS; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                return i;
            }
            if (c == '(' || c == '（' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the letters from {@code start} to {@code end} are all in scripts other than {@code main}. */
    private static boolean isInOtherScript(String text, int start, int end, Character.UnicodeScript main) {
        boolean anyLetter = false;
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                if (script(c) == main) {
                    return false;
                }
                anyLetter = true;
            }
            i += Character.charCount(c);
        }
        return anyLetter;
    }

    /** Chinese, Japanese and Korean mix Han with kana or hangul in one text: one script here. */
    private static Character.UnicodeScript script(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        switch (script) {
            case HIRAGANA:
            case KATAKANA:
            case HANGUL:
            case BOPOMOFO:
                return Character.UnicodeScript.HAN;
            default:
                return script;
        }
    }
}
