package dev.tidings.enrichment.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of text between double quotation marks, straight (") or curly (“ ”).
 *
 * <p>Single quotation marks are not looked at: in this style they mark scare quotes and titles
 * (‘reshaping’), and ’ is also the apostrophe. A straight quote opens only after a space, line start
 * or opening punctuation and closes only before a non-letter, so inch marks and stray quotes in
 * "5" 10" do not pair up across a paragraph.
 *
 * <p>One pass over the text; stateless between calls.
 */
final class QuotationMarkScanner {

    /** A quote left open at a paragraph end is kept only when this long: shorter ones are stray marks. */
    private static final int MIN_RUN_ON_WORDS = 4;

    List<QuotedSpan> scan(String text) {
        List<QuotedSpan> spans = new ArrayList<>();
        int open = -1;
        int paragraph = 0;
        int openParagraph = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    addRunOn(text, spans, open, i, openParagraph);
                    open = -1;
                }
                paragraph++;
            } else if (c == '“') {
                open = i;
                openParagraph = paragraph;
            } else if (c == '”') {
                if (open >= 0) {
                    add(text, spans, open, i, openParagraph);
                    open = -1;
                }
            } else if (c == '"') {
                if (open < 0) {
                    if (opensHere(text, i)) {
                        open = i;
                        openParagraph = paragraph;
                    }
                } else if (closesHere(text, i)) {
                    add(text, spans, open, i, openParagraph);
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            addRunOn(text, spans, open, text.length(), openParagraph);
        }
        return spans;
    }

    private static boolean opensHere(String text, int i) {
        boolean before = i == 0 || " \t\n([{—–-/:".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean closesHere(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static void addRunOn(String text, List<QuotedSpan> spans, int open, int paragraphEnd, int paragraph) {
        QuotedSpan span = span(text, open, paragraphEnd, paragraph);
        if (span != null && span.wordCount(text) >= MIN_RUN_ON_WORDS) {
            spans.add(span);
        }
    }

    private static void add(String text, List<QuotedSpan> spans, int open, int close, int paragraph) {
        QuotedSpan span = span(text, open, close, paragraph);
        if (span != null) {
            spans.add(span);
        }
    }

    /** The quoted words without the marks, surrounding spaces and a trailing separating comma. */
    private static QuotedSpan span(String text, int open, int close, int paragraph) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        boolean hasLetter = false;
        for (int i = start; i < end && !hasLetter; i++) {
            hasLetter = Character.isLetter(text.charAt(i));
        }
        if (!hasLetter) {
            return null;
        }
        boolean endsSentence = text.charAt(end - 1) == '.';
        return new QuotedSpan(open, close, start, end, paragraph, endsSentence);
    }
}
