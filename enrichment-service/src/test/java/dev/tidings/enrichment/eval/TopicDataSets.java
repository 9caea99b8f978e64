package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The public news sets the topic, keyword and near-duplicate tools read, by path, never copied into
 * the repository. Paths default to {@code /work/shared/data/news} and can be overridden with
 * {@code -Dtidings.data.masakhanews=...} and {@code -Dtidings.data.reuters=...}.
 */
final class TopicDataSets {

    /** A news article of a data set, with its gold topic labels as given there. */
    record Article(String id, String title, String body, List<String> labels) {}

    static final String DEFAULT_DIR = "/work/shared/data/news";

    /**
     * MasakhaNEWS English labels as IPTC top-level codes. All six have an exact IPTC counterpart
     * except "entertainment", which IPTC files under arts, culture, entertainment and media.
     */
    static final Map<String, String> MASAKHANEWS_TO_IPTC = Map.of(
            "sports", "medtop:15000000",
            "politics", "medtop:11000000",
            "business", "medtop:04000000",
            "entertainment", "medtop:01000000",
            "health", "medtop:07000000",
            "technology", "medtop:13000000");

    /** The model's classes, in a fixed order (the order of the model file's columns). */
    static final List<String> MODEL_CLASSES = List.of(
            "medtop:01000000",
            "medtop:04000000",
            "medtop:07000000",
            "medtop:11000000",
            "medtop:13000000",
            "medtop:15000000");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicDataSets() {}

    static Path masakhaNewsPath() {
        return Path.of(System.getProperty("tidings.data.masakhanews", DEFAULT_DIR + "/masakhanews-eng.jsonl"));
    }

    static Path reutersPath() {
        return Path.of(System.getProperty("tidings.data.reuters", DEFAULT_DIR + "/reuters21578.jsonl"));
    }

    /**
     * The fixed held-out split: an article is held out when the CRC-32 of its id (UTF-8) is 0 modulo
     * 5, about 20% of the set. It depends on nothing but the id, so it never changes between runs,
     * machines or orderings of the file.
     */
    static boolean isHeldOut(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 5 == 0;
    }

    static List<Article> masakhaNews() throws IOException {
        return read(masakhaNewsPath(), node -> List.of(node.path("category").asText()));
    }

    /** Reuters-21578 articles that have at least one topic and a body. */
    static List<Article> reuters() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Article article : read(reutersPath(), node -> {
            List<String> topics = new ArrayList<>();
            node.path("topics").forEach(t -> topics.add(t.asText()));
            return topics;
        })) {
            if (!article.labels().isEmpty() && !article.body().isBlank()) {
                articles.add(article);
            }
        }
        return articles;
    }

    /** Every article body of Reuters-21578, labelled or not, for timing and near-duplicate pairs. */
    static List<Article> reutersAll() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Article article : read(reutersPath(), node -> List.of())) {
            if (!article.body().isBlank()) {
                articles.add(article);
            }
        }
        return articles;
    }

    private interface Labels {
        List<String> of(JsonNode node);
    }

    private static List<Article> read(Path path, Labels labels) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                articles.add(new Article(
                        node.path("id").asText(),
                        node.path("title").asText(""),
                        node.path("body").asText(""),
                        labels.of(node)));
            }
        }
        return articles;
    }

    /** The distinct labels, in first-seen order. */
    static Set<String> labelsOf(List<Article> articles) {
        Set<String> labels = new LinkedHashSet<>();
        articles.forEach(a -> labels.addAll(a.labels()));
        return labels;
    }
}
