package dev.tidings.enrichment.entity;

import static dev.tidings.enrichment.entity.EntityFixtures.get;
import static dev.tidings.enrichment.entity.EntityFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeScriptAliasFinderTests {

    private final EntityGrouper grouper = new EntityGrouper();

    @Test
    void theOriginalNameInParenthesesIsAnAliasAndAMention() {
        String text = "Port director Lin Mei-hua (林美華) and Oleg Petrov (Олег Петров) met Ana Silva (63).";
        List<Entity> entities = grouper.group(
                text,
                "",
                List.of(
                        mention(text, EntityType.PERSON, "Lin Mei-hua"),
                        mention(text, EntityType.PERSON, "Oleg Petrov"),
                        mention(text, EntityType.PERSON, "Ana Silva")));

        Entity lin = get(entities, "person:lin-mei-hua");
        assertEquals("Lin Mei-hua", lin.name());
        assertEquals(List.of("林美華"), lin.aliases());
        int original = text.indexOf("林美華");
        assertEquals(new Mention(original, original + 3, "林美華"), lin.mentions().get(1));
        assertEquals(List.of("Олег Петров"), get(entities, "person:oleg-petrov").aliases());
        assertEquals(List.of(), get(entities, "person:ana-silva").aliases());
    }
}
