package dev.tidings.enrichment.entity;

import static dev.tidings.enrichment.entity.EntityFixtures.get;
import static dev.tidings.enrichment.entity.EntityFixtures.mention;
import static dev.tidings.enrichment.entity.EntityFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymLinkerTests {

    private final EntityGrouper grouper = new EntityGrouper();

    @Test
    void anAcronymInParenthesesNamesTheEntityEverywhere() {
        String text = "The Mekong River Commission (MRC) met. The MRC said so, and MRCs were not at stake.";
        // The CRF tagged the second MRC as a place and missed the first.
        List<Entity> entities = grouper.group(
                text,
                "",
                List.of(
                        mention(text, EntityType.ORGANIZATION, "Mekong River Commission"),
                        mention(text, EntityType.LOCATION, "MRC", 1)));

        Entity commission = get(entities, "organization:mekong-river-commission");
        assertEquals("Mekong River Commission", commission.name());
        assertEquals(List.of("MRC"), commission.aliases());
        int first = text.indexOf("MRC");
        int second = text.indexOf("MRC", first + 1);
        assertEquals(
                List.of(new Mention(first, first + 3, "MRC"), new Mention(second, second + 3, "MRC")),
                commission.mentions().subList(1, 3));
        assertEquals(1, entities.size(), entities::toString);
    }

    @Test
    void theAcronymMayComeFirst() {
        String text = "MRC (Mekong River Commission) officials said the MRC would act.";
        List<Entity> entities =
                grouper.group(text, "", List.of(mention(text, EntityType.ORGANIZATION, "Mekong River Commission")));

        assertEquals(
                List.of("MRC", "Mekong River Commission", "MRC"),
                texts(get(entities, "organization:mekong-river-commission")));
    }

    @Test
    void lettersInParenthesesThatDoNotAbbreviateTheNameAreNoAcronym() {
        String text = "The Mekong River Commission (ABC) met. ABC said so.";
        List<Entity> entities =
                grouper.group(text, "", List.of(mention(text, EntityType.ORGANIZATION, "Mekong River Commission")));

        assertEquals(
                List.of(), get(entities, "organization:mekong-river-commission").aliases());
        assertFalse(texts(entities.get(0)).contains("ABC"));
        assertTrue(AcronymLinker.abbreviates("UNHCR", "UN High Commissioner for Refugees"));
        assertFalse(AcronymLinker.abbreviates("CRM", "Mekong River Commission"));
    }
}
