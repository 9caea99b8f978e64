package dev.tidings.enrichment.entity;

import static dev.tidings.enrichment.entity.EntityFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFilterTests {

    private final MentionFilter filter = new MentionFilter();

    @Test
    void pronounsFunctionWordsAndLoneDeterminersAreNeverNames() {
        String text = "He said the US would act, he said. They and it. The IT desk asked Her Majesty's Treasury.";
        List<EntityMention> tagged = List.of(
                mention(text, EntityType.PERSON, "He"),
                mention(text, EntityType.LOCATION, "the"),
                mention(text, EntityType.LOCATION, "US"),
                mention(text, EntityType.PERSON, "he"),
                mention(text, EntityType.ORGANIZATION, "They"),
                mention(text, EntityType.LOCATION, "it"),
                mention(text, EntityType.ORGANIZATION, "IT"),
                mention(text, EntityType.ORGANIZATION, "Her Majesty's Treasury"));

        List<String> kept =
                filter.apply(tagged).stream().map(EntityMention::text).toList();

        assertEquals(List.of("US", "IT", "Her Majesty's Treasury"), kept);
    }

    @Test
    void aWordWithoutCapitalIsNoName() {
        String text = "Officials from the interior ministry met Lin (林美華).";
        List<EntityMention> tagged = List.of(
                mention(text, EntityType.ORGANIZATION, "interior ministry"),
                mention(text, EntityType.PERSON, "Lin"),
                mention(text, EntityType.PERSON, "林美華"));

        List<String> kept =
                filter.apply(tagged).stream().map(EntityMention::text).toList();

        assertEquals(List.of("Lin", "林美華"), kept);
    }
}
