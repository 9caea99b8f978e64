package dev.tidings.enrichment.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.page.PageFixtures;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import java.time.Instant;
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
                        "page",
                        "segment",
                        "language",
                        "entity",
                        "place",
                        "quote",
                        "amount",
                        "embedding",
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
    void aGermanArticleGetsItsLanguageAndItsEntities() {
        ArticleDocument document = ArticleFixtures.pipeline().tag(article(ArticleFixtures.GERMAN_STORY));

        assertEquals("de", document.language().code());
        assertTrue(document.entities().stream().anyMatch(e -> e.id().equals("person:maria-kovacs")));
        assertTrue(document.coverage().entities());
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

    @Test
    void anHtmlPageIsTaggedAsItsArticlesTextWithThePagesMetadata() {
        ArticleDocument document = ArticleFixtures.pipeline().tag(page(PageFixtures.page("ferry-strike.html"), null));

        assertEquals(String.join("\n", PageFixtures.FERRY_STORY), document.body());
        assertEquals("Ferry crews in Keelung vote to strike over night shifts", document.title());
        assertEquals(List.of("Lin Mei-hua", "Tomas Berg"), document.authors());
        assertEquals(Instant.parse("2026-03-13T23:30:00Z"), document.publishedAt());
        assertEquals("The Harbour Ledger", document.source());
        assertEquals("https://harbour-ledger.example/2026/03/14/ferry-crews-vote-to-strike", document.canonicalUrl());
        assertEquals("https://cdn.harbour-ledger.example/images/2026/ferry-pier.jpg", document.imageUrl());
        assertTrue(document.description().startsWith("Crews on the Keelung to Matsu route"));
        assertEquals("en-GB", document.languageHint());
        assertEquals("en", document.language().code());
        Entity union = document.entities().stream()
                .filter(e -> e.name().equals("Chen Wei-ting"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Chen Wei-ting in " + document.entities()));
        union.mentions().forEach(m -> assertEquals(m.text(), document.body().substring(m.start(), m.end())));
        assertTrue(
                document.entities().stream().noneMatch(e -> e.name().contains("Harbour Ledger")),
                () -> document.entities().toString());
    }

    @Test
    void whatTheProducerSentWinsOverThePage() {
        ArticleIngested sent = new ArticleIngested(
                UUID.randomUUID(),
                1L,
                "https://harbour-ledger.example/ferry",
                "https://harbour-ledger.example/ferry",
                "Harbour Ledger Wire",
                "Keelung ferry strike vote",
                PageFixtures.page("ferry-strike.html"),
                Instant.parse("2026-03-14T00:00:00Z"),
                "en",
                List.of("Desk Editor"),
                "Asia",
                "html",
                "0".repeat(64),
                Instant.parse("2026-03-14T00:05:00Z"));

        ArticleDocument document = ArticleFixtures.pipeline().tag(sent);

        assertEquals("Keelung ferry strike vote", document.title());
        assertEquals(List.of("Desk Editor"), document.authors());
        assertEquals(Instant.parse("2026-03-14T00:00:00Z"), document.publishedAt());
        assertEquals("Harbour Ledger Wire", document.source());
        assertEquals("en", document.languageHint());
        // What the producer cannot send still comes from the page.
        assertEquals("https://cdn.harbour-ledger.example/images/2026/ferry-pier.jpg", document.imageUrl());
    }

    @Test
    void aPageWithoutAnyTitleStillGetsOne() {
        String html = "<html><body><div><p>Crews of the night ferry walked off the boat at 2 a.m. on Friday, leaving"
                + " forty passengers on the pier until a relief crew arrived from Keelung three hours later, the"
                + " operator said. Nobody was hurt, and the ferry sailed at dawn.</p></div></body></html>";

        ArticleDocument document = ArticleFixtures.pipeline().tag(page(html, null));

        assertEquals(
                "Crews of the night ferry walked off the boat at 2 a.m. on Friday, leaving forty passengers on the"
                        + " pier until a relief…",
                document.title());
    }

    @Test
    void aGermanPageGetsItsLanguageAndItsText() {
        ArticleDocument document = ArticleFixtures.pipeline().tag(page(PageFixtures.page("faehre-streik.html"), null));

        assertEquals("de", document.language().code());
        assertTrue(document.body().startsWith("Die Besatzungen der Fördefähren in Kiel"), document.body());
        assertEquals("Fährleute in Kiel legen am Freitag die Arbeit nieder", document.title());
    }

    /** A page as a producer who sent only the URL and the HTML would have it ingested. */
    private static ArticleIngested page(String html, String title) {
        return new ArticleIngested(
                UUID.randomUUID(),
                1L,
                "https://harbour-ledger.example/2026/03/14/ferry?utm_source=feed",
                "https://harbour-ledger.example/2026/03/14/ferry",
                null,
                title,
                html,
                null,
                null,
                List.of(),
                null,
                "html",
                "0".repeat(64),
                Instant.parse("2026-03-14T00:05:00Z"));
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
