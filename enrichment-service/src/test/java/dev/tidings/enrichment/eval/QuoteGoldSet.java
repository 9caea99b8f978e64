package dev.tidings.enrichment.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote gold set of our own making: {@code src/test/resources/quotes/gold-<language>.txt}, news
 * prose written for the quote evaluation, with every quotation and its speaker.
 *
 * <pre>
 * # comment
 * === de-01                      a document's id
 * body, a paragraph a line       (a backslash, u and four hex digits stand for that character)
 * ---
 * quoted words | speaker         in text order; speaker "-" for none; "a || b" when either is right
 * </pre>
 *
 * The quoted words are looked up in the body after the previous quotation's end, so each gold
 * quotation has exact offsets.
 */
record QuoteGoldSet(String language, List<Document> documents) {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final String SEPARATOR = " | ";

    /** A document of the set: its body and its quotations. */
    record Document(String id, String body, List<GoldQuote> quotes) {}

    /**
     * A quotation of the gold set.
     *
     * @param speakers the names that count as right; empty when nobody is named for the words
     */
    record GoldQuote(int start, int end, String text, List<String> speakers) {}

    static QuoteGoldSet read(String language) throws IOException {
        String resource = "/quotes/gold-" + language + ".txt";
        InputStream in = QuoteGoldSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("No gold set " + resource);
        }
        List<Document> documents = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String id = null;
            List<String> body = new ArrayList<>();
            List<String> quotes = new ArrayList<>();
            boolean inQuotes = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("=== ")) {
                    if (id != null) {
                        documents.add(document(id, body, quotes));
                    }
                    id = line.substring(4).strip();
                    body = new ArrayList<>();
                    quotes = new ArrayList<>();
                    inQuotes = false;
                } else if (id == null || line.startsWith("#") || (inQuotes && line.isBlank())) {
                    continue;
                } else if (line.equals("---")) {
                    inQuotes = true;
                } else if (inQuotes) {
                    quotes.add(unescape(line));
                } else {
                    body.add(unescape(line));
                }
            }
            if (id != null) {
                documents.add(document(id, body, quotes));
            }
        }
        return new QuoteGoldSet(language, List.copyOf(documents));
    }

    private static Document document(String id, List<String> lines, List<String> quoteLines) {
        String body = String.join("\n", lines);
        List<GoldQuote> quotes = new ArrayList<>();
        int from = 0;
        for (String line : quoteLines) {
            int separator = line.lastIndexOf(SEPARATOR);
            if (separator < 0) {
                throw new IllegalArgumentException(id + ": no \" | \" in " + line);
            }
            String text = line.substring(0, separator);
            String speaker = line.substring(separator + SEPARATOR.length()).strip();
            int start = body.indexOf(text, from);
            if (start < 0) {
                throw new IllegalArgumentException(id + ": not in the body after offset " + from + ": " + text);
            }
            List<String> speakers = speaker.equals("-") ? List.of() : List.of(speaker.split("\\s*\\|\\|\\s*"));
            quotes.add(new GoldQuote(start, start + text.length(), text, speakers));
            from = start + text.length();
        }
        return new Document(id, body, List.copyOf(quotes));
    }

    private static String unescape(String line) {
        Matcher escape = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(out, String.valueOf((char) Integer.parseInt(escape.group(1), 16)));
        }
        escape.appendTail(out);
        return out.toString();
    }
}
