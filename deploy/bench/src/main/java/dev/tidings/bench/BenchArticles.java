package dev.tidings.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.infra.ArticlePusher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The articles the benchmark sends: the first ones of a JSONL corpus with a title and a body. */
public final class BenchArticles {
    private BenchArticles() {}

    /** Reads with run.sh's mapping (a line without url gets a stable one), skipping empty bodies. */
    public static List<ObjectNode> read(Path file, int limit) throws IOException {
        List<ObjectNode> articles = new ArrayList<>();
        for (ObjectNode article : ArticlePusher.readJsonl(file)) {
            if (article.path("body").asText("").isBlank()
                    || article.path("title").asText("").isBlank()) {
                continue;
            }
            articles.add(article);
            if (limit > 0 && articles.size() == limit) {
                break;
            }
        }
        return articles;
    }

    /** {@code count} articles: the corpus over again as often as needed, each round under its own tag. */
    public static List<ObjectNode> cycled(List<ObjectNode> articles, int count, String tag) {
        List<ObjectNode> cycled = new ArrayList<>(count);
        for (int round = 0; cycled.size() < count; round++) {
            List<ObjectNode> slice = articles.subList(0, Math.min(articles.size(), count - cycled.size()));
            cycled.addAll(tagged(slice, tag + "-" + round));
        }
        return cycled;
    }

    /**
     * The same articles under other URLs, and so other ids, so that each phase stores new rows
     * rather than resubmissions that query-service would skip: {@code ?bench=<tag>} is kept by the
     * URL canonicalisation, which drops only tracking parameters.
     */
    public static List<ObjectNode> tagged(List<ObjectNode> articles, String tag) {
        List<ObjectNode> copies = new ArrayList<>(articles.size());
        for (ObjectNode article : articles) {
            ObjectNode copy = article.deepCopy();
            String url = article.path("url").asText();
            copy.put("url", url + (url.contains("?") ? "&" : "?") + "bench=" + tag);
            copies.add(copy);
        }
        return copies;
    }
}
