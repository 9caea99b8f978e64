package dev.tidings.enrichment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityTaggerTests {

    private static EntityTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new EntityTagger();
    }

    @Test
    void findsThePersonOrganisationAndPlaceOfTheStoryWithExactOffsets() {
        List<Entity> entities = tagEnglish(ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE);

        assertNamed(entities, "person:maria-kovacs", EntityType.PERSON, "Maria Kovacs");
        assertNamed(entities, "organization:danube-water-institute", EntityType.ORGANIZATION, "Danube Water Institute");
        Entity vienna = assertNamed(entities, "location:vienna", EntityType.LOCATION, "Vienna");
        assertEquals(2, vienna.mentions().size(), "Vienna is named twice");
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                assertEquals(mention.text(), ArticleFixtures.NEWS_PAGE.substring(mention.start(), mention.end()));
            }
        }
    }

    @Test
    void repeatedShortNameIsOneEntityWithAllItsMentions() {
        List<Entity> entities = tagEnglish(ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE);

        Entity kovacs = find(entities, "person:kovacs").orElseThrow();
        String body = ArticleFixtures.NEWS_PAGE;
        int said = body.indexOf("Kovacs said");
        int told = body.indexOf("Kovacs told");
        assertEquals(
                List.of(new Mention(said, said + 6, "Kovacs"), new Mention(told, told + 6, "Kovacs")),
                kovacs.mentions());
        assertEquals("Kovacs", kovacs.name());
        assertEquals(List.of(), kovacs.aliases());
        // Named as often as any other, early, and in the headline: the most central entity of the story.
        assertEquals(kovacs, entities.get(0));
        assertTrue(entities.stream().allMatch(e -> e.salience() > 0 && e.salience() <= 1));
    }

    @Test
    void aPlaceKeepsNoLeadingArticle() {
        String body = "The missiles will be sent to the Philippines, US-based Naval Review reported.";

        Entity philippines =
                find(tagEnglish("Missiles", body), "location:philippines").orElseThrow();

        assertEquals(List.of(new Mention(33, 44, "Philippines")), philippines.mentions());
    }

    @Test
    void pronounsAndFunctionWordsAreNeverNames() {
        String text = "He said the US would, he said.";

        assertEquals(Optional.empty(), EntityMentionFinder.mention(text, EntityType.PERSON, tokens(text, 0, 2)));
        assertEquals(Optional.empty(), EntityMentionFinder.mention(text, EntityType.PERSON, tokens(text, 22, 24)));
        assertEquals(Optional.empty(), EntityMentionFinder.mention(text, EntityType.LOCATION, tokens(text, 8, 11)));
        assertEquals(
                Optional.of(new EntityMention(EntityType.LOCATION, 12, 14, "US")),
                EntityMentionFinder.mention(text, EntityType.LOCATION, tokens(text, 8, 11, 12, 14)));
    }

    @Test
    void anArticleThatIsNotEnglishGetsNoEntities() {
        for (String body : List.of(ArticleFixtures.GERMAN_STORY, ArticleFixtures.FRENCH_STORY)) {
            ArticleDocument document = document("Donau", body);
            document.setLanguage(new DetectedLanguage(body.startsWith("Der") ? "de" : "fr", 1.0));

            tagger.tag(document);

            assertEquals(List.of(), document.entities());
        }
    }

    @Test
    void anArticleOfUndeterminedLanguageGetsNoEntities() {
        ArticleDocument document = document(ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE);

        tagger.tag(document);

        assertFalse(document.isInLanguage("en"));
        assertEquals(List.of(), document.entities());
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
        Entity entity = find(entities, id).orElseThrow(() -> new AssertionError(id + " not in " + entities));
        assertEquals(type, entity.type());
        assertEquals(name, entity.name());
        Mention first = entity.mentions().get(0);
        int start = ArticleFixtures.NEWS_PAGE.indexOf(name);
        assertEquals(new Mention(start, start + name.length(), name), first);
        return entity;
    }

    /** Tokens as CoreNLP's tokenizer makes them, one per (start, end) pair of offsets. */
    private static List<CoreLabel> tokens(String text, int... offsets) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < offsets.length; i += 2) {
            CoreLabel token = new CoreLabel();
            String word = text.substring(offsets[i], offsets[i + 1]);
            token.setWord(word);
            token.setOriginalText(word);
            token.setBeginPosition(offsets[i]);
            token.setEndPosition(offsets[i + 1]);
            tokens.add(token);
        }
        return tokens;
    }

    private static Optional<Entity> find(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
