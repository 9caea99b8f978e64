package dev.tidings.enrichment.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The IPTC Media Topics the classifier knows, read from {@code topic/iptc-media-topics.tsv}. */
public final class MediaTopicVocabulary {

    static final String RESOURCE = "/topic/iptc-media-topics.tsv";

    private final Map<String, MediaTopic> byCode;
    private final List<MediaTopic> topics;

    private MediaTopicVocabulary(Map<String, MediaTopic> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.topics = List.copyOf(byCode.values());
    }

    public static MediaTopicVocabulary load() {
        Map<String, MediaTopic> byCode = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows(RESOURCE)) {
            String broader = row[1].isEmpty() ? null : row[1];
            byCode.put(row[0], new MediaTopic(row[0], broader, row[2]));
        }
        for (MediaTopic topic : byCode.values()) {
            if (topic.broader() != null && !byCode.containsKey(topic.broader())) {
                throw new IllegalStateException(topic.code() + " names an unknown broader topic " + topic.broader());
            }
        }
        return new MediaTopicVocabulary(byCode);
    }

    public MediaTopic get(String code) {
        MediaTopic topic = byCode.get(code);
        if (topic == null) {
            throw new IllegalArgumentException("Not an IPTC Media Topic this classifier knows: " + code);
        }
        return topic;
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** Every topic, top-level ones first, in file order. */
    public List<MediaTopic> topics() {
        return topics;
    }

    /** Reads the tab-separated resources of this package; '#' starts a comment line. */
    static final class TsvResource {
        private TsvResource() {}

        static List<String[]> rows(String resource) {
            return parse(resource, TsvResource::rows);
        }

        /** What {@code parser} makes of a resource of this package, read as UTF-8. */
        static <T> T parse(String resource, Parser<T> parser) {
            InputStream in = TsvResource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parser.parse(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }

        interface Parser<T> {
            T parse(BufferedReader reader) throws IOException;
        }

        static List<String[]> rows(BufferedReader reader) throws IOException {
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return rows;
        }
    }
}
