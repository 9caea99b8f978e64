package dev.tidings.query.search;

/**
 * Makes the {@code snippet} of a search hit: article text, HTML-escaped, in which the only markup
 * is {@code <mark>…</mark>} around the words that matched. A page may therefore render it as HTML
 * without letting an article inject any (the search page still builds it node by node).
 */
public final class SnippetMarkup {
    /** What {@code ts_headline} puts around a match: characters that are stripped from the text first. */
    public static final char START = '\u0002';

    public static final char STOP = '\u0003';

    public static final String OPEN = "<mark>";
    public static final String CLOSE = "</mark>";

    private SnippetMarkup() {}

    /**
     * {@code ts_headline} options: the markers above, and one passage of 20 to 35 words around the
     * best cover of the query. The fragment mode (MaxFragments) reads better on long stories but
     * costs about a third more per hit, and headlines are most of a search's cost.
     */
    public static String headlineOptions() {
        return "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=35, MinWords=20";
    }

    /** Escapes a {@code ts_headline} result, turning its markers into {@code <mark>} elements. */
    public static String fromHeadline(String headline) {
        StringBuilder out = new StringBuilder(headline.length() + 32);
        boolean open = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START && !open) {
                out.append(OPEN);
                open = true;
            } else if (c == STOP && open) {
                out.append(CLOSE);
                open = false;
            } else if (c != START && c != STOP) {
                escape(c, out);
            }
        }
        if (open) {
            out.append(CLOSE);
        }
        return out.toString().strip();
    }

    /** The start of the text, escaped, with an ellipsis when it goes on: a snippet without a query. */
    public static String lead(String text, int maxChars) {
        String flat = text.replaceAll("\\s+", " ").strip();
        boolean cut = flat.length() > maxChars;
        String part = cut ? flat.substring(0, cutPoint(flat, maxChars)) : flat;
        StringBuilder out = new StringBuilder(part.length() + 8);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c != START && c != STOP) {
                escape(c, out);
            }
        }
        return cut ? out.append(" …").toString() : out.toString();
    }

    private static int cutPoint(String text, int maxChars) {
        int space = text.lastIndexOf(' ', maxChars);
        int at = space > maxChars / 2 ? space : maxChars;
        // Never split a surrogate pair.
        return Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
