package dev.tidings.query.story;

import static io.restassured.RestAssured.given;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.vertx.VertxContextSupport;

/** What the story tests share: storing an article as the consumer does, and reading the assignment timer. */
final class StoriesSwitch {

    private StoriesSwitch() {}

    /** Stores the article as the consumer does, and waits for its commit. */
    static void store(ArticleStore store, ArticleEnriched article) throws Exception {
        var valid = ArticleEventReader.ENRICHED.read(ArticleEventJson.mapper().writeValueAsString(article));
        try {
            VertxContextSupport.subscribeAndAwait(() -> store.upsert(valid));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The count of {@code tidings_stories_assign_seconds} as Prometheus scrapes it (0 before the first). */
    static double assignmentsTimed() {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("tidings_stories_assign_seconds_count"))
                .mapToDouble(StoriesSwitch::sampleValue)
                .sum();
    }

    /**
     * The value of a sample line, {@code name{labels} value [timestamp] [# exemplar]}: with tracing on,
     * a counter's line ends with an exemplar and its timestamp, so the last word is not the value.
     */
    static double sampleValue(String line) {
        String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
        return Double.parseDouble(sample.trim().split("\\s+")[1]);
    }
}
