package dev.tidings.enrichment.entity;

import static dev.tidings.enrichment.entity.EntityFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each known mistake of the CRF, as the CRF makes it, and what the fix makes of it. */
class KnownErrorFixesTests {

    private final KnownErrorFixes fixes = new KnownErrorFixes();

    @Test
    void thePlaceBeforeBasedIsALocationOfItsOwn() {
        String text = "The Washington-based Stimson Center and a London-based charity said so.";
        // The CRF ran one organisation over the whole phrase and left London untagged.
        List<EntityMention> tagged = List.of(mention(text, EntityType.ORGANIZATION, "Washington-based Stimson Center"));

        assertEquals(
                List.of(
                        mention(text, EntityType.LOCATION, "Washington"),
                        mention(text, EntityType.ORGANIZATION, "Stimson Center"),
                        mention(text, EntityType.LOCATION, "London")),
                fixes.apply(text, tagged));
    }

    @Test
    void theNameAfterAnalystsAtIsTheirFirmInEveryMention() {
        String text = "Container rates fell 4%, analysts at Drewry said. Drewry expects more cuts, Anna Holt said"
                + " at Felixstowe.";
        List<EntityMention> tagged = List.of(
                mention(text, EntityType.PERSON, "Drewry"),
                mention(text, EntityType.PERSON, "Drewry", 1),
                mention(text, EntityType.PERSON, "Anna Holt"),
                mention(text, EntityType.LOCATION, "Felixstowe"));

        List<EntityType> types =
                fixes.apply(text, tagged).stream().map(EntityMention::type).toList();

        assertEquals(
                List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION),
                types);
    }

    @Test
    void aModifierAfterAHyphenIsNoPartOfTheName() {
        String text = "A Hong Kong-listed firm hired Chiu Chui-cheng.";
        List<EntityMention> tagged = List.of(
                mention(text, EntityType.LOCATION, "Hong Kong-listed"),
                mention(text, EntityType.PERSON, "Chiu Chui-cheng"));

        assertEquals(
                List.of(
                        mention(text, EntityType.LOCATION, "Hong Kong"),
                        mention(text, EntityType.PERSON, "Chiu Chui-cheng")),
                fixes.apply(text, tagged));
    }

    @Test
    void demonymsAreNeitherPlacesNorOrganisations() {
        String text = "Hong Kongers and Taiwanese fans cheered the Rangers in Hong Kong.";
        List<EntityMention> tagged = List.of(
                mention(text, EntityType.ORGANIZATION, "Hong Kongers"),
                mention(text, EntityType.LOCATION, "Taiwanese"),
                mention(text, EntityType.ORGANIZATION, "Rangers"),
                mention(text, EntityType.LOCATION, "Hong Kong"));

        List<EntityType> types =
                fixes.apply(text, tagged).stream().map(EntityMention::type).toList();

        assertEquals(List.of(EntityType.MISC, EntityType.MISC, EntityType.ORGANIZATION, EntityType.LOCATION), types);
    }

    @Test
    void anOfficeNameCutBeforeToIsMadeWhole() {
        String text = "She heads the UN Environment Programme's Office to Combat Illegal Fishing in River Basins,"
                + " and the Commission on Monday sent the Council to Vientiane.";
        List<EntityMention> tagged = List.of(
                mention(text, EntityType.ORGANIZATION, "UN Environment Programme's Office"),
                mention(text, EntityType.LOCATION, "River Basins"),
                mention(text, EntityType.ORGANIZATION, "Commission"),
                mention(text, EntityType.ORGANIZATION, "Council"),
                mention(text, EntityType.LOCATION, "Vientiane"));

        assertEquals(
                List.of(
                        mention(
                                text,
                                EntityType.ORGANIZATION,
                                "UN Environment Programme's Office to Combat Illegal Fishing in River Basins"),
                        mention(text, EntityType.ORGANIZATION, "Commission"),
                        mention(text, EntityType.ORGANIZATION, "Council"),
                        mention(text, EntityType.LOCATION, "Vientiane")),
                fixes.apply(text, tagged));
    }

    @Test
    void aSaintsChurchOrSquareIsOnePlace() {
        String text = "Crowds filled St Peter’s Square and St. Mark's Basilica.";
        List<EntityMention> tagged =
                List.of(mention(text, EntityType.LOCATION, "St Peter"), mention(text, EntityType.PERSON, "Mark"));

        assertEquals(
                List.of(
                        mention(text, EntityType.LOCATION, "St Peter’s Square"),
                        mention(text, EntityType.LOCATION, "St. Mark's Basilica")),
                fixes.apply(text, tagged));
    }

    @Test
    void thePhilippinesStaysAPlace() {
        String text = "Missiles were sent to the Philippines, Philippine officials said.";
        List<EntityMention> tagged = List.of(
                mention(text, EntityType.LOCATION, "Philippines"), mention(text, EntityType.LOCATION, "Philippine"));

        assertEquals(
                List.of(
                        mention(text, EntityType.LOCATION, "Philippines"),
                        mention(text, EntityType.MISC, "Philippine")),
                fixes.apply(text, tagged));
    }
}
