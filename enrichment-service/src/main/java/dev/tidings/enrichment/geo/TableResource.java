package dev.tidings.enrichment.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the tab-separated tables under {@code geo/} on the classpath, and normalises names for lookup. */
final class TableResource {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TableResource() {}

    /** The rows of a table, split at tabs; blank lines and {@code #} comments are skipped. */
    static List<String[]> rows(String resource) {
        InputStream in = TableResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return rows;
    }

    /**
     * A lookup key that ignores case, accents, curly apostrophes and spacing, so that "Bogota" finds
     * "Bogotá" and "Sana’a" finds "Sana'a".
     */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('’', '\'');
        return SPACES.matcher(plain).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
