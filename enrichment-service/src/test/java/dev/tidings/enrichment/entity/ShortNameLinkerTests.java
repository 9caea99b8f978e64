package dev.tidings.enrichment.entity;

import static dev.tidings.enrichment.entity.EntityFixtures.get;
import static dev.tidings.enrichment.entity.EntityFixtures.mention;
import static dev.tidings.enrichment.entity.EntityFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortNameLinkerTests {

    private final EntityGrouper grouper = new EntityGrouper();

    @Test
    void aFamilyNameJoinsTheOneFullNameItEnds() {
        String text = "Anna Lindqvist spoke first. Lindqvist said the talks went well.";
        List<Entity> entities = grouper.group(
                text,
                "",
                List.of(
                        mention(text, EntityType.PERSON, "Anna Lindqvist"),
                        mention(text, EntityType.PERSON, "Lindqvist", 1)));

        Entity lindqvist = get(entities, "person:anna-lindqvist");
        assertEquals("Anna Lindqvist", lindqvist.name());
        assertEquals(List.of("Lindqvist"), lindqvist.aliases());
        assertEquals(List.of("Anna Lindqvist", "Lindqvist"), texts(lindqvist));
        assertEquals(1, entities.size());
    }

    @Test
    void anEastAsianFamilyNameComesFirst() {
        String text = "Lin Mei-hua opened the quay. Lin said it was late. Chen Wei of the port agreed, Chen said.";
        List<Entity> entities = grouper.group(
                text,
                "",
                List.of(
                        mention(text, EntityType.PERSON, "Lin Mei-hua"),
                        mention(text, EntityType.PERSON, "Lin", 1),
                        mention(text, EntityType.PERSON, "Chen Wei"),
                        mention(text, EntityType.PERSON, "Chen", 1)));

        assertEquals(List.of("Lin Mei-hua", "Lin"), texts(get(entities, "person:lin-mei-hua")));
        // "Chen" is a common Chinese family name: "Chen Wei" puts it first too.
        assertEquals(List.of("Chen Wei", "Chen"), texts(get(entities, "person:chen-wei")));
    }

    @Test
    void aShortNameThatCouldBeTwoPeopleStaysApart() {
        String text = "Alan Lee met Lee Hsien Loong. Lee said they agreed.";
        List<Entity> entities = grouper.group(
                text,
                "",
                List.of(
                        mention(text, EntityType.PERSON, "Alan Lee"),
                        mention(text, EntityType.PERSON, "Lee Hsien Loong"),
                        mention(text, EntityType.PERSON, "Lee", 2)));

        assertEquals(List.of("Lee"), texts(get(entities, "person:lee")));
        assertEquals(List.of("Alan Lee"), texts(get(entities, "person:alan-lee")));
    }

    @Test
    void anOrganisationsFirstWordsJoinItButAGenericWordDoesNot() {
        String text = "The Hudson Institute said so. Hudson later added that the Institute and Taipei agreed.";
        List<Entity> entities = grouper.group(
                text,
                "",
                List.of(
                        mention(text, EntityType.ORGANIZATION, "Hudson Institute"),
                        mention(text, EntityType.ORGANIZATION, "Hudson", 1),
                        mention(text, EntityType.ORGANIZATION, "Institute", 1),
                        mention(text, EntityType.LOCATION, "Taipei")));

        assertEquals(List.of("Hudson Institute", "Hudson"), texts(get(entities, "organization:hudson-institute")));
        assertTrue(EntityFixtures.find(entities, "organization:institute").isPresent(), entities::toString);
    }
}
