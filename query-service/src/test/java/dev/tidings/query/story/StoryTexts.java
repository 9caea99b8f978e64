package dev.tidings.query.story;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleId;
import dev.tidings.events.Country;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Keyword;
import dev.tidings.events.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles written for the story tests, tagged as enrichment would tag them: three sources on one
 * event (a ferry fire off a made-up island) and one article on something else.
 */
final class StoryTexts {

    record Text(
            String source, String title, String body, List<String[]> entities, List<String> keywords, String country) {}

    static final Text FERRY_WIRE = new Text(
            "Harbour Wire",
            "Fire on Tavira Star ferry forces 400 passengers into lifeboats",
            "A fire broke out in the engine room of the ferry Tavira Star off the island of Morvasa on Sunday,"
                    + " and all 400 passengers and crew were taken off in lifeboats, the Morvasa coast guard said."
                    + " Captain Elias Verhoeven ordered the ship abandoned an hour after the alarm.",
            List.of(
                    new String[] {"wikipedia:Tavira_Star", "ORGANIZATION", "Tavira Star", "0.9"},
                    new String[] {"wikipedia:Morvasa", "LOCATION", "Morvasa", "0.8"},
                    new String[] {"person:elias-verhoeven", "PERSON", "Elias Verhoeven", "0.5"}),
            List.of("ferry fire", "lifeboats", "engine room"),
            "PT");

    static final Text FERRY_DAILY = new Text(
            "Island Daily",
            "Morvasa coast guard praises crew after Tavira Star blaze",
            "The coast guard of Morvasa said on Monday that the crew of the Tavira Star had saved every life"
                    + " aboard when fire spread from the engine room. Elias Verhoeven, the ferry's captain, said the"
                    + " lifeboats were lowered within twenty minutes.",
            List.of(
                    new String[] {"wikipedia:Morvasa", "LOCATION", "Morvasa", "0.9"},
                    new String[] {"wikipedia:Tavira_Star", "ORGANIZATION", "Tavira Star", "0.8"},
                    new String[] {"person:elias-verhoeven", "PERSON", "Elias Verhoeven", "0.6"}),
            List.of("coast guard", "ferry captain", "engine room fire"),
            "PT");

    static final Text FERRY_GAZETTE = new Text(
            "Gazette of the South",
            "Investigators board Tavira Star ferry after engine room fire",
            "Investigators boarded the ferry Tavira Star on Tuesday as tugs towed it into the port of Morvasa,"
                    + " two days after a fire in its engine room forced 400 passengers into lifeboats. Captain Elias"
                    + " Verhoeven and the Morvasa coast guard have been praised for the rescue; nobody was hurt.",
            List.of(
                    new String[] {"wikipedia:Tavira_Star", "ORGANIZATION", "Tavira Star", "0.9"},
                    new String[] {"wikipedia:Morvasa", "LOCATION", "Morvasa", "0.7"},
                    new String[] {"person:elias-verhoeven", "PERSON", "Elias Verhoeven", "0.4"}),
            List.of("ferry fire investigation", "engine room", "lifeboats"),
            "PT");

    static final Text ORCHARD = new Text(
            "Farm Weekly",
            "Late frost cuts apple harvest in the Lenhart valley",
            "Apple growers in the Lenhart valley expect a harvest a third smaller than last year after a late"
                    + " frost in April killed blossom on the higher slopes, the growers' cooperative said on Monday."
                    + " Prices at the cooperative's market rose by a fifth.",
            List.of(
                    new String[] {"wikipedia:Lenhart_valley", "LOCATION", "Lenhart valley", "0.9"},
                    new String[] {"organization:lenhart-growers", "ORGANIZATION", "growers' cooperative", "0.5"}),
            List.of("apple harvest", "late frost", "blossom"),
            "AT");

    private StoryTexts() {}

    /**
     * The article as enrichment would publish it.
     *
     * @param url its URL (its id is the UUIDv5 of it)
     * @param publishedAt when it was published
     */
    static ArticleEnriched article(Text text, String url, Instant publishedAt) {
        List<Entity> entities = new ArrayList<>();
        for (String[] e : text.entities()) {
            int at = text.body().indexOf(e[2]);
            List<Mention> mentions = at < 0 ? List.of() : List.of(new Mention(at, at + e[2].length(), e[2]));
            entities.add(
                    new Entity(e[0], EntityType.valueOf(e[1]), e[2], List.of(), mentions, Double.parseDouble(e[3])));
        }
        List<Keyword> keywords = new ArrayList<>();
        double score = 0.6;
        for (String keyword : text.keywords()) {
            keywords.add(new Keyword(keyword, score));
            score -= 0.1;
        }
        return new ArticleEnriched(
                ArticleId.of(url),
                1,
                url,
                text.source(),
                text.title(),
                text.body(),
                publishedAt,
                List.of(),
                null,
                dev.tidings.query.FixtureArticles.sha256(text.title() + "\n" + text.body()),
                publishedAt.plus(Duration.ofMinutes(5)),
                publishedAt.plus(Duration.ofMinutes(6)),
                1,
                new DetectedLanguage("en", 0.99),
                entities,
                null,
                List.of(new Country(text.country(), text.country(), 1, 0.8)),
                text.country(),
                List.of(),
                List.of(),
                List.of(),
                keywords,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A run of the event, a day apart each, starting at {@code start}, under URLs of {@code run}. */
    static List<ArticleEnriched> ferryAndOrchard(String run, Instant start) {
        return List.of(
                article(FERRY_WIRE, "https://wire.example/" + run + "/ferry", start),
                article(FERRY_DAILY, "https://daily.example/" + run + "/ferry", start.plus(Duration.ofDays(1))),
                article(FERRY_GAZETTE, "https://gazette.example/" + run + "/ferry", start.plus(Duration.ofDays(2))),
                article(ORCHARD, "https://farm.example/" + run + "/apples", start.plus(Duration.ofDays(1))));
    }
}
