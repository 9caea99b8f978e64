package dev.tidings.enrichment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.EntityType;
import org.junit.jupiter.api.Test;

class EntityIdTests {

    @Test
    void isTheTypeAndALowerCaseSlugOfTheName() {
        assertEquals("person:john-miller", EntityId.of(EntityType.PERSON, "John Miller"));
        assertEquals("location:hong-kong", EntityId.of(EntityType.LOCATION, "Hong  Kong"));
        assertEquals(
                "organization:us-state-departments-office",
                EntityId.of(EntityType.ORGANIZATION, "US State Department's Office"));
        assertEquals("location:st-peters-square", EntityId.of(EntityType.LOCATION, "St Peter’s Square"));
    }

    @Test
    void dropsLatinAccentsButKeepsOtherScripts() {
        assertEquals("person:maria-kovacs", EntityId.of(EntityType.PERSON, "Mária Kovács"));
        assertEquals("person:韓瑞允", EntityId.of(EntityType.PERSON, "韓瑞允"));
        assertEquals("location:서울", EntityId.of(EntityType.LOCATION, "서울"));
    }
}
