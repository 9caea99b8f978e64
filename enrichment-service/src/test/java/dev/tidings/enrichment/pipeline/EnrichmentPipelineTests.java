package dev.tidings.enrichment.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EnrichmentPipelineTests {

    /** As {@code entity.EntityFixtures.TEASER_STORY}: a kicker and three sentences, written for these tests. */
    private static final String TEASER_STORY = "CROSS-STRAIT: Taiwan's Mainland Affairs Council (MAC) said on"
            + " Thursday that group tours to China would stay suspended. MAC minister Chiu Chui-cheng (邱垂正)"
            + " told lawmakers in Taipei that Beijing had shown no goodwill. Chiu said the ban would be reviewed"
            + " in March.";

    @Test
    void detectsTheLanguageBeforeFindingEntities() {
        EnrichmentPipeline pipeline = ArticleFixtures.pipeline();

        ArticleDocument document = pipeline.tag(article(ArticleFixtures.NEWS_PAGE));

        assertEquals(
                List.of(
                        "segment",
                        "language",
                        "entity",
                        "place",
                        "quote",
                        "amount",
                        "topic",
                        "keyword",
                        "tone",
                        "summary",
                        "fingerprint"),
                pipeline.taggerNames());
        assertEquals("en", document.language().code());
        assertTrue(document.entities().stream().anyMatch(e -> e.id().equals("person:maria-kovacs")));
    }

    @Test
    void aGermanArticleGetsItsLanguageAndNoEntities() {
        ArticleDocument document = ArticleFixtures.pipeline().tag(article(ArticleFixtures.GERMAN_STORY));

        assertEquals("de", document.language().code());
        assertEquals(List.of(), document.entities());
    }

    @Test
    void theSameArticleAlwaysGetsTheSameTags() {
        ArticleIngested article = article(ArticleFixtures.NEWS_PAGE);
        ArticleDocument first = ArticleFixtures.pipeline().tag(article);
        ArticleFixtures.pipeline().tag(article(ArticleFixtures.FRENCH_STORY));

        ArticleDocument again = ArticleFixtures.pipeline().tag(article);

        assertEquals(first.language(), again.language());
        assertEquals(first.entities(), again.entities());
    }

    @Test
    void runsTaggersInTheirListedOrderAndTimesTheirLoading() {
        Supplier<Tagger> first = () -> tagger("first", d -> d.setLanguage(new DetectedLanguage("xx", 1.0)));
        Supplier<Tagger> second = () -> tagger(
                "second", d -> d.setLanguage(new DetectedLanguage(d.language().code() + "-seen", 1.0)));

        EnrichmentPipeline pipeline = EnrichmentPipeline.load(List.of(first, second));

        assertEquals("xx-seen", pipeline.tag(article("Any text.")).language().code());
        assertEquals(
                List.of("first", "second"), List.copyOf(pipeline.loadTimes().keySet()));
    }

    @Test
    void aStoryNoLongerThanATeaserIsStillTaggedAsTheMainStory() {
        // Teasers beside a main story are set aside untagged; a page whose story is teaser-sized is
        // that story, and gets the same people and organisations as the entity tagger alone finds.
        ArticleDocument document = ArticleFixtures.pipeline()
                .tag(ArticleFixtures.ingested(UUID.randomUUID(), "Taiwan keeps tour ban", TEASER_STORY));

        assertEquals("en", document.language().code());
        List<Entity> people = document.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .toList();
        assertEquals(1, people.size(), () -> "one person: " + people);
        assertEquals("Chiu Chui-cheng", people.get(0).name());
        assertEquals(List.of("邱垂正", "Chiu"), people.get(0).aliases());
        Entity council = document.entities().stream()
                .filter(e -> e.id().equals("wikipedia:Mainland_Affairs_Council"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Mainland Affairs Council in " + document.entities()));
        assertEquals(EntityType.ORGANIZATION, council.type());
        assertEquals(List.of("MAC"), council.aliases());
    }

    private static ArticleIngested article(String body) {
        return ArticleFixtures.ingested(UUID.randomUUID(), ArticleFixtures.TITLE, body);
    }

    private static Tagger tagger(String name, java.util.function.Consumer<ArticleDocument> action) {
        return new Tagger() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void tag(ArticleDocument document) {
                action.accept(document);
            }
        };
    }
}
