package dev.tidings.enrichment.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.topic.StoryFixtures;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Keyword;
import dev.tidings.events.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyPhraseExtractorTests {

    private static KeyPhraseExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new KeyPhraseExtractor();
    }

    @Test
    void traffickingStoryGetsPhrasesAboutTraffickingAndMigrants() {
        List<Keyword> keywords = extract(List.of());

        assertEquals(KeyPhraseExtractor.MAX_KEYWORDS, keywords.size());
        assertTrue(anyContains(keywords, "traffick"), () -> "nothing about trafficking in " + keywords);
        assertTrue(anyContains(keywords, "migrant"), () -> "nothing about migrants in " + keywords);
        assertTrue(
                keywords.stream().anyMatch(k -> k.term().equals("forced labour camps")),
                () -> "no 'forced labour camps' in " + keywords);
        assertTrue(keywords.stream().filter(k -> k.term().contains(" ")).count() >= 3, "phrases, not just words");
    }

    @Test
    void keywordsAreExactTextWithoutStopWordsAtTheEnds() {
        Set<String> edges = Set.of("the", "of", "and", "in", "to", "a", "said", "were", "from", "by");
        for (Keyword keyword : extract(List.of())) {
            assertTrue(StoryFixtures.TRAFFICKING_BODY.contains(keyword.term()), keyword::term);
            String[] words = keyword.term().toLowerCase(Locale.ROOT).split(" ");
            assertFalse(edges.contains(words[0]), keyword::term);
            assertFalse(edges.contains(words[words.length - 1]), keyword::term);
            assertTrue(words.length <= 3, keyword::term);
        }
    }

    @Test
    void scoresAreRelativeToTheBestAndDescending() {
        List<Keyword> keywords = extract(List.of());

        assertEquals(1.0, keywords.get(0).score());
        for (int i = 1; i < keywords.size(); i++) {
            assertTrue(keywords.get(i).score() > 0
                    && keywords.get(i).score() <= keywords.get(i - 1).score());
        }
    }

    @Test
    void entityNamesAreNotTheKeywords() {
        Entity drossel = entity("person:helena-drossel", EntityType.PERSON, "Helena Drossel", List.of("Drossel"));
        Entity kestria = entity("location:kestria", EntityType.LOCATION, "Kestria", List.of());

        List<Keyword> keywords = extract(List.of(drossel, kestria));

        for (Keyword keyword : keywords.subList(0, 3)) {
            assertFalse(Set.of("Drossel", "Helena Drossel", "Kestria").contains(keyword.term()), keyword::term);
        }
    }

    @Test
    void emptyStoryHasNoKeywords() {
        assertEquals(List.of(), extractor.extract("A headline", "", List.of()));
        assertEquals(List.of(), extractor.extract("A headline", "The, and of.", List.of()));
    }

    private static List<Keyword> extract(List<Entity> entities) {
        return extractor.extract(StoryFixtures.TRAFFICKING_TITLE, StoryFixtures.TRAFFICKING_BODY, entities);
    }

    private static boolean anyContains(List<Keyword> keywords, String part) {
        return keywords.stream().anyMatch(k -> k.term().toLowerCase(Locale.ROOT).contains(part));
    }

    private static Entity entity(String id, EntityType type, String name, List<String> aliases) {
        int at = StoryFixtures.TRAFFICKING_BODY.indexOf(name);
        return new Entity(id, type, name, aliases, List.of(new Mention(at, at + name.length(), name)), 0.5);
    }
}
