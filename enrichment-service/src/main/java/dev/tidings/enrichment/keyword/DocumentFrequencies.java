package dev.tidings.enrichment.keyword;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * In how many background news articles each stem occurs ({@code keyword/document-frequencies.tsv},
 * built from MasakhaNEWS English by {@code TopicResourceBuilder}): what makes "refugees" more
 * telling than "government".
 */
final class DocumentFrequencies {

    static final String RESOURCE = "/keyword/document-frequencies.tsv";

    private final int documents;
    private final Map<String, Integer> frequencies;

    private DocumentFrequencies(int documents, Map<String, Integer> frequencies) {
        this.documents = documents;
        this.frequencies = frequencies;
    }

    static DocumentFrequencies load() {
        InputStream in = DocumentFrequencies.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        int documents = -1;
        Map<String, Integer> frequencies = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String term = line.substring(0, tab);
                int value = Integer.parseInt(line.substring(tab + 1));
                if (term.equals("=documents")) {
                    documents = value;
                } else {
                    frequencies.put(term, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        if (documents <= 0) {
            throw new IllegalStateException(RESOURCE + " lacks its =documents line");
        }
        return new DocumentFrequencies(documents, frequencies);
    }

    /** The inverse document frequency of a stem never seen in the background. */
    double maxIdf() {
        return Math.log(documents + 1.0) + 1.0;
    }

    /**
     * Smoothed inverse document frequency, at least 1. A stem never seen in the background (a rare
     * word or a name) gets the highest value.
     */
    double idf(String stem) {
        int df = frequencies.getOrDefault(stem, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }
}
