package dev.tidings.enrichment.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the spans of text between a language's double quotation marks ({@link QuoteLanguage#marks}):
 * “…” and "…" in English, „…“ and »…« in German, « … » in French, «…» in Spanish, “…” and 「…」 in
 * Chinese.
 *
 * <p>Single quotation marks are not looked at: they mark scare quotes and titles (‘reshaping’), or a
 * quotation inside a quotation, and ’ is also the apostrophe. A straight quote opens only after a
 * space, line start or opening punctuation and closes only before a non-letter, so inch marks and
 * stray quotes in "5" 10" do not pair up across a paragraph (in unspaced Chinese it pairs with the
 * next). Where quotations nest («… “…” …»), only the outer one is a span. In Spanish, a paragraph
 * that starts with a dash is a speaker's words up to the dash of its attribution ("—No hemos jugado
 * bien —reconoció Prieto—. Pero …"), and again after it.
 *
 * <p>One pass over the text; stateless between calls.
 */
final class QuotationMarkScanner {

    /** A quote left open at a paragraph end is kept only when this long: shorter ones are stray marks. */
    private static final int MIN_RUN_ON_WORDS = 4;

    private static final char STRAIGHT = '"';
    private static final char DASH = '—';

    private final QuoteLanguage language;

    QuotationMarkScanner(QuoteLanguage language) {
        this.language = language;
    }

    List<QuotedSpan> scan(String text) {
        List<QuotedSpan> spans = new ArrayList<>();
        Deque<Character> inner = new ArrayDeque<>();
        int open = -1;
        char opener = 0;
        boolean attributionDash = false;
        int paragraph = 0;
        int openParagraph = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && opener == DASH) {
                    add(text, spans, open, i, openParagraph);
                } else if (open >= 0) {
                    addRunOn(text, spans, open, i, openParagraph);
                }
                open = -1;
                inner.clear();
                attributionDash = false;
                paragraph++;
            } else if (attributionDash) {
                // "—reconoció Prieto—. Pero …": after the attribution's closing dash the words go on.
                if (c == DASH) {
                    attributionDash = false;
                    int next = i + 1;
                    while (next < text.length() && ".,;: \t\u00A0".indexOf(text.charAt(next)) >= 0) {
                        next++;
                    }
                    if (next < text.length() && text.charAt(next) != '\n') {
                        open = next - 1;
                        opener = DASH;
                        openParagraph = paragraph;
                    }
                }
            } else if (open >= 0 && !inner.isEmpty()) {
                char innermost = inner.peek();
                if (closes(innermost, c, text, i)) {
                    inner.pop();
                } else if (isTypographicOpener(c)) {
                    inner.push(c);
                } else if (opener != DASH && closes(opener, c, text, i)) {
                    // The inner quotation was never closed (a stray mark): the outer one ends here.
                    add(text, spans, open, i, openParagraph);
                    open = -1;
                    inner.clear();
                }
            } else if (open >= 0 && opener == DASH) {
                if (c == DASH && i > 0 && Character.isWhitespace(text.charAt(i - 1)) && startsAttribution(text, i)) {
                    add(text, spans, open, i, openParagraph);
                    open = -1;
                    attributionDash = true;
                } else if (isTypographicOpener(c) || (c == STRAIGHT && opensHere(text, i))) {
                    inner.push(c);
                }
            } else if (open >= 0 && closes(opener, c, text, i)) {
                add(text, spans, open, i, openParagraph);
                open = -1;
            } else if (language.marks.containsKey(c)) {
                if (c == STRAIGHT && (open >= 0 ? !language.nests : !opensHere(text, i))) {
                    continue;
                }
                if (open >= 0 && language.nests && c != opener) {
                    inner.push(c);
                } else {
                    // A new opening mark of the same kind: the one before was never closed.
                    open = i;
                    opener = c;
                    openParagraph = paragraph;
                }
            } else if (c == DASH && language.dialogueDash && open < 0 && startsParagraph(text, i)) {
                open = i;
                opener = DASH;
                openParagraph = paragraph;
            }
        }
        if (open >= 0 && opener == DASH) {
            add(text, spans, open, text.length(), openParagraph);
        } else if (open >= 0) {
            addRunOn(text, spans, open, text.length(), openParagraph);
        }
        return spans;
    }

    private boolean closes(char opener, char c, String text, int i) {
        String closers = language.marks.get(opener);
        return closers != null && closers.indexOf(c) >= 0 && (c != STRAIGHT || closesHere(text, i));
    }

    private boolean isTypographicOpener(char c) {
        return c != STRAIGHT && language.marks.containsKey(c);
    }

    private boolean opensHere(String text, int i) {
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        if (language.unspaced) {
            return after;
        }
        boolean before = i == 0 || " \t\n([{—–-/:".indexOf(text.charAt(i - 1)) >= 0;
        return before && after;
    }

    private boolean closesHere(String text, int i) {
        return language.unspaced || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** The dash of "—dijo Zubiri—": a reporting verb, in lower case, follows it. */
    private static boolean startsAttribution(String text, int i) {
        return i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }

    private static boolean startsParagraph(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    private void addRunOn(String text, List<QuotedSpan> spans, int open, int paragraphEnd, int paragraph) {
        QuotedSpan span = span(text, open, paragraphEnd, paragraph);
        if (span != null && language.wordCount(text, span.start(), span.end()) >= MIN_RUN_ON_WORDS) {
            spans.add(span);
        }
    }

    private void add(String text, List<QuotedSpan> spans, int open, int close, int paragraph) {
        QuotedSpan span = span(text, open, close, paragraph);
        if (span != null) {
            spans.add(span);
        }
    }

    /**
     * The quoted words without the marks, surrounding spaces (no-break ones too, as French has them
     * inside guillemets) and a trailing separating comma.
     */
    private QuotedSpan span(String text, int open, int close, int paragraph) {
        int start = open + 1;
        int end = close;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && (isSpace(text.charAt(end - 1)) || ",，".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        boolean hasLetter = false;
        for (int i = start; i < end && !hasLetter; i++) {
            hasLetter = Character.isLetter(text.charAt(i));
        }
        if (!hasLetter) {
            return null;
        }
        boolean endsSentence = language.quoteSentenceEnds.indexOf(text.charAt(end - 1)) >= 0;
        return new QuotedSpan(open, close, start, end, paragraph, endsSentence);
    }

    private boolean isSpace(char c) {
        return Character.isWhitespace(c) || (language.trimsNoBreakSpaces && Character.isSpaceChar(c));
    }
}
