package dev.tidings.enrichment.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.embedding.HeadlineAndLead;
import dev.tidings.enrichment.embedding.SentenceEmbedder;
import dev.tidings.enrichment.topic.TopicEnsemble;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Quote;
import dev.tidings.events.Teaser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole page in the shape the service is built for (main story, "Also see story:", teasers with
 * kickers and native-script names) through every tagger, as a reader of the API would see it.
 */
class PageUnderstandingTests {
    private static ArticleDocument page;

    @BeforeAll
    static void tagThePage() throws IOException {
        String text;
        try (InputStream in = PageUnderstandingTests.class.getResourceAsStream("/fixtures/fishing-crews-page.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        page = ArticleFixtures.pipeline()
                .tag(ArticleFixtures.ingested(
                        UUID.randomUUID(), "Vietnamese fishing crews held in Indonesian waters", text));
    }

    @Test
    void bodyIsTheMainStoryAlone() {
        assertTrue(page.body().startsWith("Hundreds of Vietnamese fishermen"));
        assertTrue(page.body().endsWith("once they leave port.\""), page.body());
        assertFalse(page.body().contains("Also see story"));
    }

    @Test
    void relatedLinkAndTeasersAreSetAside() {
        assertEquals(
                List.of("Vietnam protests detention of fishing crews"),
                page.segments().related().stream().map(r -> r.title()).toList());
        List<Teaser> teasers = page.segments().teasers();
        assertEquals(4, teasers.size());
        assertEquals("SECURITY", teasers.get(0).kicker());
        assertEquals("TRADE WINDS", teasers.get(1).kicker());
        assertEquals(null, teasers.get(2).kicker());
        assertTrue(teasers.stream().allMatch(Teaser::truncated));
    }

    @Test
    void teaserPeopleNeverBecomeTheArticlesEntities() {
        List<String> names = page.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Anna Lindqvist"), names::toString);
        for (String stranger : List.of("Reyes", "Santos", "Manila", "Mexico City")) {
            assertTrue(names.stream().noneMatch(n -> n.contains(stranger)), () -> stranger + " leaked: " + names);
        }
    }

    @Test
    void entityOffsetsIndexIntoTheMainStory() {
        for (Entity entity : page.entities()) {
            entity.mentions().forEach(m -> assertEquals(m.text(), page.body().substring(m.start(), m.end())));
        }
    }

    @Test
    void countriesOfTheMainStoryWithTheirCodes() {
        List<String> codes = page.countries().stream().map(c -> c.code()).toList();
        assertTrue(codes.containsAll(List.of("VN", "ID")), codes::toString);
        assertFalse(codes.contains("PH"), "the Philippines appears only in a teaser: " + codes);
        Optional<Entity> hanoi = page.entities().stream()
                .filter(e -> e.type() == EntityType.LOCATION && e.name().equals("Hanoi"))
                .findFirst();
        assertTrue(hanoi.isPresent(), page.entities()::toString);
        assertEquals("VN", hanoi.get().countryCode());
        assertTrue(hanoi.get().coordinates() != null);
    }

    @Test
    void quotesGoToTheirSpeakers() {
        Map<String, String> speakerByQuoteStart = page.quotes().stream()
                .collect(Collectors.toMap(
                        q -> q.text().substring(0, Math.min(20, q.text().length())),
                        q -> q.speaker().name()));
        assertEquals("Anna Lindqvist", speakerByQuoteStart.get("Some of them have no"), speakerByQuoteStart::toString);
        assertEquals("Anna Lindqvist", speakerByQuoteStart.get("When they are releas"));
        assertEquals("the report", speakerByQuoteStart.get("Crews described beat"));
        assertFalse(speakerByQuoteStart.containsKey("distortion"), "a scare quote is not a quotation");
        for (Quote quote : page.quotes()) {
            assertEquals(quote.text(), page.body().substring(quote.start(), quote.end()));
        }
    }

    @Test
    void amountsWithNormalisedNumbers() {
        assertTrue(
                page.amounts().stream().anyMatch(a -> a.value() == 20 && "percent".equals(a.unit())),
                page.amounts()::toString);
        assertTrue(
                page.amounts().stream().anyMatch(a -> a.value() == 2 && a.text().startsWith("two years")),
                page.amounts()::toString);
    }

    @Test
    void topicsKeywordsToneAndSummaryComeFromTheMainStory() {
        // Which topics this page gets is the topic tests' business (TopicEnsembleTests); a story the
        // models cannot place with confidence gets none. Here: what it gets is valid and above the
        // threshold, and the embedding the topics read is the headline and the main story's lead.
        assertTrue(page.topics().stream()
                .allMatch(t -> t.code().matches("medtop:\\d{8}") && t.score() >= TopicEnsemble.MIN_SCORE));
        assertArrayEquals(
                new SentenceEmbedder().embed(HeadlineAndLead.of(page.title(), page.body())), page.embedding());
        assertTrue(page.tone().score() < 0, () -> "tone " + page.tone());
        assertTrue(page.summary().startsWith("Hundreds of Vietnamese fishermen"), page.summary());
        assertFalse(page.summary().contains("Reyes"), "the summary never quotes a teaser");
        assertFalse(page.keywords().isEmpty());
        assertTrue(page.keywords().stream().noneMatch(k -> k.term().contains("Reyes")), page.keywords()::toString);
        assertTrue(page.fingerprint().matches("[0-9a-f]{16}"), page.fingerprint());
    }
}
