package dev.tidings.enrichment.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.segment.PageSegmenter;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import dev.tidings.events.Quote;
import dev.tidings.events.Speaker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTests {

    private final QuoteExtractor extractor = new QuoteExtractor(QuoteLanguage.ENGLISH);

    @Test
    void attributesEachQuoteOfAStoryToItsSpeaker() {
        String story =
                new PageSegmenter().segment(fixture("fishing-crews-page.txt")).mainStory();
        Entity lindqvist = entity("person:anna-lindqvist", EntityType.PERSON, "Anna Lindqvist", story, "Lindqvist");
        Entity deVries =
                entity("person:pieter-de-vries", EntityType.PERSON, "Pieter de Vries", story, "Pieter de Vries");

        List<Quote> quotes = extractor.extract(story, List.of(lindqvist, deVries));

        assertEquals(6, quotes.size(), quotes::toString);
        assertQuote(story, quotes.get(0), "Some of them have not been paid for months. The brokers take everything");
        assertEquals(
                new Speaker("Anna Lindqvist", "person:anna-lindqvist"),
                quotes.get(0).speaker());
        assertQuote(story, quotes.get(1), "When they are released, they are flown back and fined again.");
        assertEquals(quotes.get(0).speaker(), quotes.get(1).speaker(), "the next quote of the paragraph");
        assertQuote(story, quotes.get(2), "forced labourers");
        assertEquals(
                new Speaker("unions and port chaplains", null), quotes.get(2).speaker());
        assertTrue(quotes.get(3).text().startsWith("Crews described beatings"));
        assertEquals(new Speaker("the report", null), quotes.get(3).speaker());
        assertQuote(
                story, quotes.get(4), "The flag states have to take responsibility for what happens on these decks.");
        assertEquals(
                new Speaker("Pieter de Vries", "person:pieter-de-vries"),
                quotes.get(4).speaker());
        assertQuote(story, quotes.get(5), "nobody inspects the boats once they leave port.");
        assertEquals(quotes.get(4).speaker(), quotes.get(5).speaker(), "\"He added\" is the last named speaker");
    }

    @Test
    void leavesScareQuotesOut() {
        String story =
                new PageSegmenter().segment(fixture("fishing-crews-page.txt")).mainStory();

        List<Quote> quotes = extractor.extract(story, List.of());

        assertTrue(quotes.stream().noneMatch(quote -> quote.text().contains("blue corridor")), quotes::toString);
        assertTrue(quotes.stream().noneMatch(quote -> quote.text().contains("distortion")), quotes::toString);
    }

    @Test
    void expandsASurnameToTheFullNameWithoutEntities() {
        String story =
                new PageSegmenter().segment(fixture("fishing-crews-page.txt")).mainStory();

        List<Quote> quotes = extractor.extract(story, List.of());

        assertEquals(new Speaker("Anna Lindqvist", null), quotes.get(0).speaker());
        assertEquals(new Speaker("Pieter de Vries", null), quotes.get(4).speaker());
    }

    @Test
    void readsTheUsualReportingShapes() {
        String text = """
                “The line will reopen on Friday,” said Maria Okafor, the operator’s director.
                Transport minister Jonas Berg told reporters: “Nobody will pay for the replacement buses.”
                Unions called the plan rushed. "We were not asked about the timetable," a spokeswoman for the drivers’ union said.
                Some services will run at night, according to the timetable published on Monday.
                “Night trains are the only way to finish the work on time,” according to Okafor.
                """;
        Entity okafor =
                entity("person:maria-okafor", EntityType.PERSON, "Maria Okafor", text, "Maria Okafor", "Okafor");

        List<Quote> quotes = extractor.extract(text, List.of(okafor));

        assertEquals(4, quotes.size(), quotes::toString);
        assertEquals(
                new Speaker("Maria Okafor", "person:maria-okafor"),
                quotes.get(0).speaker());
        assertEquals(new Speaker("Jonas Berg", null), quotes.get(1).speaker());
        assertEquals(
                new Speaker("a spokeswoman for the drivers’ union", null),
                quotes.get(2).speaker());
        assertEquals(
                new Speaker("Maria Okafor", "person:maria-okafor"),
                quotes.get(3).speaker());
        for (Quote quote : quotes) {
            assertQuote(text, quote, quote.text());
        }
    }

    @Test
    void givesAPronounTheLastNamedSpeaker() {
        String text = "Okafor said the first trains were full. \"People want to travel again,\" she said. "
                + "The company did not comment.";

        List<Quote> quotes = extractor.extract(text, List.of());

        assertEquals(1, quotes.size());
        assertEquals("People want to travel again", quotes.get(0).text());
        assertEquals(new Speaker("Okafor", null), quotes.get(0).speaker(), "the last name that said something");

        Entity okafor = entity("person:maria-okafor", EntityType.PERSON, "Maria Okafor", text, "Okafor");
        assertEquals(
                new Speaker("Maria Okafor", "person:maria-okafor"),
                extractor.extract(text, List.of(okafor)).get(0).speaker());
    }

    @Test
    void keepsALongUnattributedQuoteWithoutSpeaker() {
        String text =
                "The sign at the gate read \"No entry for visitors after dark without a permit\" in three languages.";

        List<Quote> quotes = extractor.extract(text, List.of());

        assertEquals(1, quotes.size());
        assertNull(quotes.get(0).speaker());
    }

    private static void assertQuote(String text, Quote quote, String expected) {
        assertEquals(expected, quote.text());
        assertEquals(expected, text.substring(quote.start(), quote.end()), "offsets index the quoted words");
    }

    /** An entity with a mention at every place its forms occur, as the entity tagger would give. */
    /** An entity as the entity tagger gives it: every occurrence of its forms a mention, in text order. */
    static Entity entity(String id, EntityType type, String name, String text, String... forms) {
        List<Mention> mentions = new ArrayList<>();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                int start = at;
                if (mentions.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
                    mentions.add(new Mention(start, start + form.length(), form));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Entity(id, type, name, List.of(), mentions, 0.5);
    }

    private static String fixture(String name) {
        try (InputStream in = QuoteExtractorTests.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
