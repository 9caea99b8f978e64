package dev.tidings.enrichment.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.events.Country;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Linking through the whole pipeline, on stories written for these tests. */
class EntityLinkingTests {

    /** In the shape of the seed page's main story; written for this test, every person made up. */
    static final String REFUGEE_STORY = String.join(
            "\n",
            "Hundreds of North Korean women who fled across the border into China last year were sold to"
                    + " farmers as brides, a report by the Washington-based Hudson Institute said on Tuesday.",
            "Most are held for months in labour camps, London-based organization Anti-Slavery International"
                    + " said, and it asks the United Nations to press Beijing to stop sending refugees back to"
                    + " North Korea.",
            "\"China treats them as illegal migrants, not as victims,\" said Daniel Ortega-Lind, who led the"
                    + " research. Officials in Seoul said they had taken in fewer refugees than in any year"
                    + " since 2000.",
            "The United States has urged China to let the refugees travel on to South Korea, and lawmakers in"
                    + " Washington, D.C., called for new sanctions.");

    @Test
    void theUsTheUnitedStatesAndAmericaAreOneEntityInEveryArticle() {
        List<String> stories = List.of(
                "Tariffs on steel from the U.S. rose again on Monday, the trade ministry in Ottawa said, as"
                        + " talks on a new agreement stalled for a third week.",
                "Exports to the United States fell by a tenth in March, the statistics office in Mexico City"
                        + " said, the steepest drop since the pandemic.",
                "Farmers in Brazil sold more soybeans to China than to America for the first time, traders in"
                        + " Sao Paulo said on Friday.");
        for (String story : stories) {
            ArticleDocument document = tag("Trade figures", story);
            Entity us = only(document, "wikipedia:United_States");
            assertEquals(EntityType.LOCATION, us.type(), story);
            assertEquals("US", us.countryCode(), story);
            assertEquals("United_States", us.link().id());
            Country country = document.countries().stream()
                    .filter(candidate -> candidate.code().equals("US"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the country tagger agrees: " + document.countries()));
            assertEquals(us.link().title(), country.name(), "one name for the entity and the country");
        }
    }

    @Test
    void theFormsOfOneCountryInOneArticleBecomeOneEntityWithAliases() {
        ArticleDocument document = tag(
                "Sanctions widened",
                "The United States widened its sanctions on Monday. U.S. officials said the measures would"
                        + " last a year, and America's allies in Europe were expected to follow. The US Treasury"
                        + " published the list.");

        Entity us = only(document, "wikipedia:United_States");
        assertEquals("United States", us.name());
        assertTrue(us.aliases().containsAll(List.of("U.S.", "America")), () -> "aliases " + us.aliases());
    }

    @Test
    void washingtonTheGovernmentAndWashingtonTheStateLinkToDifferentPages() {
        Entity capital = byName(
                tag(
                        "Sanctions",
                        "Washington imposed sanctions on two shipping firms on Monday, the State Department said,"
                                + " accusing them of carrying oil for Iran."),
                "Washington");
        Entity state = byName(
                tag(
                        "Wildfires",
                        "Firefighters battled Washington state's wildfires for a fifth day on Sunday as hot winds"
                                + " spread the flames toward the Cascade mountains."),
                "Washington");

        assertEquals("Washington,_D.C.", capital.link().id());
        assertNotEquals(capital.link().id(), state.link().id());
        assertNotEquals(capital.id(), state.id());
    }

    @Test
    void aStoryShapedLikeTheSeedPageLinksItsPlacesAndOrganisations() {
        ArticleDocument document = tag("Refugee brides", REFUGEE_STORY);

        for (String page : List.of(
                "China",
                "United_States",
                "North_Korea",
                "London",
                "Seoul",
                "Washington,_D.C.",
                "United_Nations",
                "Hudson_Institute",
                "Anti-Slavery_International")) {
            Entity entity = only(document, "wikipedia:" + page);
            assertEquals(page, entity.link().id());
            assertTrue(entity.link().score() >= EntityLinker.MIN_SCORE
                    && entity.link().score() <= 1);
        }
        assertEquals(
                EntityType.ORGANIZATION,
                only(document, "wikipedia:Hudson_Institute").type());
    }

    @Test
    void aNameWithNoPageKeepsItsSlugIdAndHasNoLink() {
        Entity researcher = byName(tag("Refugee brides", REFUGEE_STORY), "Daniel Ortega-Lind");

        assertEquals("person:daniel-ortega-lind", researcher.id());
        assertNull(researcher.link());
    }

    private static ArticleDocument tag(String title, String body) {
        return ArticleFixtures.pipeline().tag(ArticleFixtures.ingested(UUID.randomUUID(), title, body));
    }

    private static Entity only(ArticleDocument document, String id) {
        List<Entity> found =
                document.entities().stream().filter(e -> e.id().equals(id)).toList();
        assertEquals(1, found.size(), () -> id + " once in " + describe(document));
        return found.get(0);
    }

    private static Entity byName(ArticleDocument document, String name) {
        return document.entities().stream()
                .filter(e -> e.name().equals(name) || e.aliases().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + describe(document)));
    }

    private static String describe(ArticleDocument document) {
        StringBuilder out = new StringBuilder();
        for (Entity e : document.entities()) {
            out.append("\n  ")
                    .append(e.id())
                    .append(' ')
                    .append(e.type())
                    .append(' ')
                    .append(e.name())
                    .append(' ')
                    .append(e.aliases())
                    .append(' ')
                    .append(e.link());
        }
        return out.toString();
    }
}
