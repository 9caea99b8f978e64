package dev.tidings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test articles written for these tests, in the shape of a real news page. */
public final class FixtureArticles {
    public static final String HARBOUR_FERRY_URL = "https://news.example.com/taiwan/2025/04/22/electric-ferries";

    private FixtureArticles() {}

    /**
     * A news page as a scraper sees it: the main story, an "Also see story:" link with its headline,
     * then teasers of other stories with ALL-CAPS kickers, and Chinese names after romanised ones.
     */
    public static String harbourFerryPage() {
        try (InputStream in = FixtureArticles.class.getResourceAsStream("/fixtures/harbour-ferry-page.txt")) {
            if (in == null) {
                throw new IllegalStateException("fixtures/harbour-ferry-page.txt is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON fields of a full, valid submission of the harbour ferry page under {@code url}. */
    public static Map<String, Object> harbourFerrySubmission(String url) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", url);
        fields.put("title", "Keelung approves first battery-powered ferries");
        fields.put("body", harbourFerryPage());
        fields.put("source", "Harbour Daily");
        fields.put("publishedAt", "2025-04-23T07:30:00+08:00");
        fields.put("language", "en");
        fields.put("authors", List.of("Staff writer", "Chen Yu-ling"));
        fields.put("section", "Taiwan");
        return fields;
    }
}
