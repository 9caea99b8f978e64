package dev.tidings.enrichment.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.MultilingualFixtures;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.Country;
import dev.tidings.events.Coverage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import dev.tidings.events.Quote;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * German, French and Spanish articles through the whole pipeline, as the service tags them: their
 * entities with exact offsets, their countries, their quotations, and what the coverage says ran. Every text is made
 * up for these tests. Chinese: {@code ChinesePipelineTests}, which needs the {@code chinese} build.
 */
class MultilingualPipelineTests {

    @Test
    void runShsGermanSampleGetsViennaMariaHuberAndTheWienerLinien() {
        ArticleDocument document = ArticleFixtures.pipeline()
                .tag(article(MultilingualFixtures.VIENNA_TITLE, MultilingualFixtures.VIENNA_BODY));

        assertEquals("de", document.language().code());
        Entity wien = entity(document, "wikipedia:Vienna");
        assertEquals(EntityType.LOCATION, wien.type());
        assertEquals("AT", wien.countryCode());
        assertMentions(MultilingualFixtures.VIENNA_BODY, wien, "Wien");
        Entity huber = entity(document, "person:maria-huber");
        assertEquals(EntityType.PERSON, huber.type());
        assertMentions(MultilingualFixtures.VIENNA_BODY, huber, "Maria Huber", "Huber");
        assertEquals(List.of("Huber"), huber.aliases());
        Entity linien = entity(document, "organization:wiener-linien");
        assertEquals(EntityType.ORGANIZATION, linien.type());
        assertMentions(MultilingualFixtures.VIENNA_BODY, linien, "Wiener Linien");
        assertEquals("AT", document.focusCountry());
        assertQuotes(
                MultilingualFixtures.VIENNA_BODY,
                document,
                "Wir wollen, dass die Luft in den Bezirken sauberer wird",
                "person:maria-huber");
        assertCovers(document, true, true);
    }

    @Test
    void aFrenchArticleGetsItsPeopleOrganisationsPlacesAndCountries() {
        ArticleDocument document = ArticleFixtures.pipeline()
                .tag(article(MultilingualFixtures.FRENCH_TITLE, MultilingualFixtures.FRENCH_BODY));

        assertEquals("fr", document.language().code());
        Entity macron = entity(document, "person:emmanuel-macron");
        // "M. Macron" keeps its title in the text, and is the same man.
        assertMentions(MultilingualFixtures.FRENCH_BODY, macron, "Emmanuel Macron", "M. Macron");
        assertMentions(MultilingualFixtures.FRENCH_BODY, entity(document, "person:olaf-scholz"), "Olaf Scholz");
        assertMentions(
                MultilingualFixtures.FRENCH_BODY, entity(document, "wikipedia:Banque_de_France"), "Banque de France");
        assertMentions(MultilingualFixtures.FRENCH_BODY, entity(document, "wikipedia:SNCF"), "SNCF");
        assertEquals("FR", entity(document, "wikipedia:Lyon").countryCode());
        assertEquals("KP", entity(document, "wikipedia:North_Korea").countryCode());
        // North Korea, named once in passing after the lead, is not what the story is about.
        assertEquals(List.of("DE", "FR"), codes(document.countries()));
        assertQuotes(MultilingualFixtures.FRENCH_BODY, document, "Nous devons agir ensemble", "person:emmanuel-macron");
        assertCovers(document, true, true);
    }

    @Test
    void aSpanishArticleGetsItsPeopleOrganisationsPlacesAndCountries() {
        ArticleDocument document = ArticleFixtures.pipeline()
                .tag(article(MultilingualFixtures.SPANISH_TITLE, MultilingualFixtures.SPANISH_BODY));

        assertEquals("es", document.language().code());
        assertMentions(
                MultilingualFixtures.SPANISH_BODY,
                entity(document, "person:pedro-sanchez"),
                "Pedro Sánchez",
                "Sánchez");
        Entity buenosAires = entity(document, "wikipedia:Buenos_Aires");
        assertEquals("AR", buenosAires.countryCode());
        assertMentions(MultilingualFixtures.SPANISH_BODY, entity(document, "wikipedia:Telefónica"), "Telefónica");
        assertMentions(
                MultilingualFixtures.SPANISH_BODY, entity(document, "wikipedia:Bank_of_Spain"), "Banco de España");
        // The Spanish CRF calls countries that act organisations; a country's name is a place.
        assertEquals("AR", entity(document, "wikipedia:Argentina").countryCode());
        assertEquals("KP", entity(document, "wikipedia:North_Korea").countryCode());
        // Spain and North Korea are named once each, in passing, in the last sentence.
        assertEquals(List.of("AR"), codes(document.countries()));
        assertQuotes(
                MultilingualFixtures.SPANISH_BODY,
                document,
                "Queremos más comercio con Argentina",
                "person:pedro-sanchez");
        assertCovers(document, true, true);
    }

    @Test
    void anEnglishArticleStillGetsEverythingAndSaysSo() {
        ArticleDocument document =
                ArticleFixtures.pipeline().tag(article(ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE));

        assertEquals(new Coverage(true, true, true, true, true, true, true, true), document.coverage());
        assertNotNull(document.tone());
    }

    @Test
    void aLanguageWithoutTaggersSaysNothingRanRatherThanNoneFound() {
        String italian = "Il livello del Danubio è sceso questa settimana al punto più basso degli ultimi vent'anni."
                + " Maria Kovacs, direttrice dell'Istituto, ha detto martedì a Vienna che le chiuse dovranno chiudere.";

        ArticleDocument document = ArticleFixtures.pipeline().tag(article("Danubio", italian));

        assertEquals("it", document.language().code());
        assertEquals(Coverage.NONE, document.coverage());
        assertTrue(document.entities().isEmpty());
    }

    static void assertMentions(String body, Entity entity, String... texts) {
        List<Mention> mentions = entity.mentions();
        assertEquals(List.of(texts), mentions.stream().map(Mention::text).toList(), entity.id());
        int from = 0;
        for (Mention mention : mentions) {
            int at = body.indexOf(mention.text(), from);
            assertEquals(at, mention.start(), () -> entity.id() + " " + mention);
            assertEquals(at + mention.text().length(), mention.end());
            assertEquals(mention.text(), body.substring(mention.start(), mention.end()));
            from = mention.end();
        }
    }

    static Entity entity(ArticleDocument document, String id) {
        return document.entities().stream()
                .filter(entity -> entity.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among "
                        + document.entities().stream().map(Entity::id).toList()));
    }

    static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::code).sorted().toList();
    }

    /** Entities and countries as given, and quotes; none of the English-only taggers ran. */
    static void assertCovers(ArticleDocument document, boolean entities, boolean countries) {
        Coverage coverage = document.coverage();
        assertEquals(entities, coverage.entities());
        assertEquals(countries, coverage.countries());
        assertTrue(coverage.quotes());
        assertFalse(coverage.topics() || coverage.keywords() || coverage.tone() || coverage.summary());
    }

    /** The article's one quotation, at its exact offsets, said by the entity {@code speakerId}. */
    static void assertQuotes(String body, ArticleDocument document, String words, String speakerId) {
        assertEquals(1, document.quotes().size(), document.quotes()::toString);
        Quote quote = document.quotes().get(0);
        assertEquals(words, quote.text());
        assertEquals(body.indexOf(words), quote.start());
        assertEquals(body.indexOf(words) + words.length(), quote.end());
        assertEquals(entity(document, speakerId).name(), quote.speaker().name());
        assertEquals(speakerId, quote.speaker().entityId());
    }

    static ArticleIngested article(String title, String body) {
        return new ArticleIngested(
                UUID.nameUUIDFromBytes(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                1L,
                "https://news.example.org/" + Math.abs(body.hashCode()),
                "https://news.example.org/" + Math.abs(body.hashCode()),
                "Example News",
                title,
                body,
                Instant.parse("2026-11-27T08:00:00Z"),
                null,
                List.of(),
                null,
                "text",
                "a".repeat(64),
                Instant.parse("2026-11-27T08:00:01Z"));
    }
}
