package dev.tidings.enrichment.entity;

import static dev.tidings.enrichment.entity.EntityFixtures.get;
import static dev.tidings.enrichment.entity.EntityFixtures.mention;
import static dev.tidings.enrichment.entity.EntityFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedNameFinderTests {

    private final EntityGrouper grouper = new EntityGrouper();

    @Test
    void aNameTheCrfMissedLaterIsStillAMention() {
        String text = "Anna Lindqvist of the Mekong River Commission spoke. Later, Lindqvist and the Mekong River"
                + " Commission agreed.";
        List<Entity> entities = grouper.group(
                text,
                "",
                List.of(
                        mention(text, EntityType.PERSON, "Anna Lindqvist"),
                        mention(text, EntityType.ORGANIZATION, "Mekong River Commission")));

        assertEquals(List.of("Anna Lindqvist", "Lindqvist"), texts(get(entities, "person:anna-lindqvist")));
        assertEquals(
                List.of("Mekong River Commission", "Mekong River Commission"),
                texts(get(entities, "organization:mekong-river-commission")));
    }

    @Test
    void aFamilyNameThatIsAlsoACommonWordDoesNotOpenASentence() {
        String text = "Maria Cotton spoke. Cotton prices rose as cotton ran short, Cotton said.";
        List<Entity> entities = grouper.group(text, "", List.of(mention(text, EntityType.PERSON, "Maria Cotton")));

        int saidBy = text.lastIndexOf("Cotton");
        Entity cotton = get(entities, "person:maria-cotton");
        assertEquals(List.of("Maria Cotton", "Cotton"), texts(cotton));
        assertEquals(saidBy, cotton.mentions().get(1).start());
    }

    @Test
    void aNameAloneInQuotationMarksIsCitedNotUsed() {
        String text = "Ferries cross the Tasman Sea daily. Sailors once called it \"Tasman Sea\" only in jest,"
                + " and the Tasman Sea is rough.";
        List<Entity> entities = grouper.group(text, "", List.of(mention(text, EntityType.LOCATION, "Tasman Sea")));

        Entity sea = get(entities, "location:tasman-sea");
        assertEquals(List.of("Tasman Sea", "Tasman Sea"), texts(sea));
        assertEquals(text.lastIndexOf("Tasman Sea"), sea.mentions().get(1).start());
    }
}
