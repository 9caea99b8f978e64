package dev.tidings.enrichment.entity;

import static dev.tidings.enrichment.entity.EntityFixtures.find;
import static dev.tidings.enrichment.entity.EntityFixtures.get;
import static dev.tidings.enrichment.entity.EntityFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole entity tagger, with the real CRF, on pages written in the shape of scraped news pages. */
class EntityTaggerTests {

    private static EntityTagger tagger;

    @BeforeAll
    static void load() {
        // The entity stage before linking: slug ids; links are tested in the link package.
        tagger = EntityTagger.withoutLinking();
    }

    @Test
    void findsThePersonOrganisationAndPlaceOfTheStoryWithExactOffsets() {
        List<Entity> entities = tagEnglish(ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE);

        assertNamed(entities, "person:maria-kovacs", EntityType.PERSON, "Maria Kovacs");
        assertNamed(entities, "organization:danube-water-institute", EntityType.ORGANIZATION, "Danube Water Institute");
        Entity vienna = assertNamed(entities, "location:vienna", EntityType.LOCATION, "Vienna");
        assertEquals(2, vienna.mentions().size(), "Vienna is named twice");
        assertExactOffsets(ArticleFixtures.NEWS_PAGE, entities);
    }

    @Test
    void aLongArticleIsSearchedPieceByPieceWithOffsetsIntoTheWholeBody() {
        StringBuilder body = new StringBuilder();
        while (body.length() < 3 * EntityMentionFinder.MAX_PIECE) {
            body.append("The harbour board met again on Monday to discuss the ferry timetable for the winter.\n\n");
        }
        int late = body.length();
        body.append("Maria Kovacs, who heads the Danube Water Institute, said the plan was sound.");

        List<Entity> entities = tagEnglish("Harbour board meets", body.toString());

        Entity kovacs = get(entities, "person:maria-kovacs");
        assertEquals(List.of(new Mention(late, late + 12, "Maria Kovacs")), kovacs.mentions());
        assertExactOffsets(body.toString(), entities);
    }

    @Test
    void aPieceEndsAfterALineBreakOrASentenceNeverInsideAWord() {
        String paragraphs = "word ".repeat(1_500) + "\n" + "word ".repeat(1_500);
        assertEquals(7_501, EntityMentionFinder.pieceEnd(paragraphs, 0));
        String sentences = "字".repeat(6_000) + "。" + "字".repeat(6_000);
        assertEquals(6_001, EntityMentionFinder.pieceEnd(sentences, 0));
        String unbroken = "字".repeat(12_000);
        assertEquals(EntityMentionFinder.MAX_PIECE, EntityMentionFinder.pieceEnd(unbroken, 0));
    }

    @Test
    void aConsultancyTheCrfCallsAPersonIsAnOrganisation() {
        String body = "Spot rates for containers from Shanghai to Rotterdam fell 4% this week, analysts at Drewry"
                + " said on Thursday. Drewry expects carriers to cancel more sailings before the holidays.";
        List<Entity> entities = tagEnglish("Container rates fall again", body);

        Entity drewry = get(entities, "organization:drewry");
        assertEquals(EntityType.ORGANIZATION, drewry.type());
        assertEquals(
                List.of(body.indexOf("Drewry"), body.lastIndexOf("Drewry")),
                drewry.mentions().stream().map(Mention::start).toList(),
                "both mentions are the firm");
        assertEquals(Optional.empty(), find(entities, "person:drewry"));
    }

    @Test
    void aPersonIsOneEntityWithAllMentionsOfFullAndShortName() {
        List<Entity> entities = tagEnglish(ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE);

        Entity kovacs = get(entities, "person:maria-kovacs");
        String body = ArticleFixtures.NEWS_PAGE;
        int said = body.indexOf("Kovacs said");
        int told = body.indexOf("Kovacs told");
        assertEquals("Maria Kovacs", kovacs.name());
        assertEquals(List.of("Kovacs"), kovacs.aliases());
        assertEquals(
                List.of(new Mention(said, said + 6, "Kovacs"), new Mention(told, told + 6, "Kovacs")),
                kovacs.mentions().subList(1, 3));
        assertEquals(Optional.empty(), find(entities, "person:kovacs"));
        // Named most often, early, and in the headline by its short name: the most central entity.
        assertEquals(kovacs, entities.get(0));
        assertTrue(entities.stream().allMatch(e -> e.salience() > 0 && e.salience() <= 1));
    }

    @Test
    void onAPageShapedLikeTheSampleEachEntityIsOneWithItsAliases() {
        List<Entity> entities = tagEnglish(EntityFixtures.TITLE, EntityFixtures.PAGE);

        Entity lindqvist = get(entities, "person:anna-lindqvist");
        assertEquals(List.of("Anna Lindqvist", "Lindqvist", "Lindqvist"), texts(lindqvist));
        Entity commission = get(entities, "organization:mekong-river-commission");
        assertEquals(List.of("MRC"), commission.aliases());
        assertEquals(List.of("Mekong River Commission", "MRC", "MRC"), texts(commission));
        Entity lin = get(entities, "person:lin-mei-hua");
        assertEquals(List.of("林美華", "Lin"), lin.aliases());
        assertEquals(EntityType.LOCATION, get(entities, "location:washington").type());
        assertEquals(List.of("Stimson Center"), texts(get(entities, "organization:stimson-center")));
        assertTrue(
                find(
                                entities,
                                "organization:un-environment-programmes-office-to-combat-illegal-fishing-in-river-basins")
                        .isPresent(),
                entities::toString);
        assertExactOffsets(EntityFixtures.PAGE, entities);
    }

    @Test
    void pronounsFunctionWordsAndDemonymsAreNeverPeoplePlacesOrOrganisations() {
        List<Entity> entities = tagEnglish(EntityFixtures.TITLE, EntityFixtures.PAGE);

        Set<String> pronounsAndArticles = Set.of("he", "she", "it", "they", "the", "a", "an");
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                assertFalse(pronounsAndArticles.contains(mention.text().toLowerCase(Locale.ROOT)), mention::toString);
                assertFalse(
                        mention.text().equals("Hong Kongers") && entity.type() != EntityType.MISC,
                        () -> mention + " tagged " + entity.type());
            }
        }
    }

    @Test
    void aPlaceKeepsNoLeadingArticle() {
        String body = "The missiles will be sent to the Philippines, US-based Naval Review reported.";

        Entity philippines = get(tagEnglish("Missiles", body), "location:philippines");

        assertEquals(List.of(new Mention(33, 44, "Philippines")), philippines.mentions());
    }

    @Test
    void theSameArticleAlwaysGetsTheSameEntities() {
        List<Entity> first = tagEnglish(EntityFixtures.TITLE, EntityFixtures.PAGE);
        tagEnglish(ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE);

        assertEquals(first, tagEnglish(EntityFixtures.TITLE, EntityFixtures.PAGE));
    }

    @Test
    void germanAndFrenchArticlesGetTheirOwnModelsEntities() {
        for (String body : List.of(ArticleFixtures.GERMAN_STORY, ArticleFixtures.FRENCH_STORY)) {
            ArticleDocument document = document("Donau", body);
            document.setLanguage(new DetectedLanguage(body.startsWith("Der") ? "de" : "fr", 1.0));

            tagger.tag(document);

            Entity kovacs = document.entities().stream()
                    .filter(entity -> entity.id().equals("person:maria-kovacs"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(body.indexOf("Maria Kovacs"), kovacs.mentions().get(0).start());
            assertTrue(document.coverage().entities());
        }
    }

    @Test
    void anArticleInALanguageWithoutAModelGetsNoEntities() {
        ArticleDocument document = document(
                "Danubio",
                "Il livello del Danubio è sceso questa settimana. Maria Kovacs, direttrice dell'Istituto,"
                        + " ha detto martedì a Vienna che le chiuse dovranno chiudere.");
        document.setLanguage(new DetectedLanguage("it", 1.0));

        tagger.tag(document);

        assertEquals(List.of(), document.entities());
        assertFalse(document.coverage().entities());
    }

    @Test
    void anArticleOfUndeterminedLanguageGetsNoEntities() {
        ArticleDocument document = document(ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE);

        tagger.tag(document);

        assertFalse(document.isInLanguage("en"));
        assertEquals(List.of(), document.entities());
    }

    @Test
    void aTeaserShapedStoryLinksTheNativeScriptNameTheFamilyNameAndTheAcronym() {
        String body = EntityFixtures.TEASER_STORY;
        List<Entity> entities = tagEnglish("Taiwan keeps tour ban", body);

        List<Entity> people =
                entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, people.size(), () -> "one person: " + people);
        Entity chiu = people.get(0);
        assertEquals("person:chiu-chui-cheng", chiu.id());
        assertEquals("Chiu Chui-cheng", chiu.name());
        assertEquals(List.of("邱垂正", "Chiu"), chiu.aliases());
        assertEquals(List.of("Chiu Chui-cheng", "邱垂正", "Chiu"), texts(chiu));

        Entity council = get(entities, "organization:mainland-affairs-council");
        assertEquals(EntityType.ORGANIZATION, council.type());
        assertEquals("Mainland Affairs Council", council.name());
        assertEquals(List.of("MAC"), council.aliases());
        assertEquals(List.of("Mainland Affairs Council", "MAC", "MAC"), texts(council));
        assertTrue(entities.stream().noneMatch(e -> e.aliases().contains("MAC") && e != council));
        assertExactOffsets(body, entities);
    }

    private static List<Entity> tagEnglish(String title, String body) {
        ArticleDocument document = document(title, body);
        document.setLanguage(new DetectedLanguage("en", 1.0));
        tagger.tag(document);
        return document.entities();
    }

    private static ArticleDocument document(String title, String body) {
        return new ArticleDocument(ArticleFixtures.ingested(UUID.randomUUID(), title, body));
    }

    private static Entity assertNamed(List<Entity> entities, String id, EntityType type, String name) {
        Entity entity = get(entities, id);
        assertEquals(type, entity.type());
        assertEquals(name, entity.name());
        Mention first = entity.mentions().get(0);
        int start = ArticleFixtures.NEWS_PAGE.indexOf(name);
        assertEquals(new Mention(start, start + name.length(), name), first);
        return entity;
    }

    private static void assertExactOffsets(String body, List<Entity> entities) {
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                assertEquals(mention.text(), body.substring(mention.start(), mention.end()));
            }
        }
    }
}
