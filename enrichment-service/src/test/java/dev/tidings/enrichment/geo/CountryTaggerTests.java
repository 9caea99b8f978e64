package dev.tidings.enrichment.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.segment.PageSegmenter;
import dev.tidings.events.Country;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountryTaggerTests {

    // The tables load once for the class, as they do once per service.
    private static final CityTable CITIES = new CityTable();
    private static final CountryGazetteer GAZETTEER = new CountryGazetteer(CITIES);
    private static final CountryTagger TAGGER = new CountryTagger(GAZETTEER, new PlaceResolver(GAZETTEER, CITIES));

    @Test
    void tagsTheCountriesOfTheMainStoryOnly() {
        String story =
                new PageSegmenter().segment(fixture("fishing-crews-page.txt")).mainStory();

        CountryTags tags = TAGGER.tag("Envoy says migrant crews held in Indonesian waters", story);

        Map<String, Country> byCode = byCode(tags.countries());
        assertEquals("ID", tags.focusCountry());
        assertEquals("Indonesia", byCode.get("ID").name());
        assertTrue(byCode.keySet().containsAll(List.of("VN", "SE", "LA", "KH", "NO", "NL")), byCode::toString);
        // The teasers' countries (China, Mexico, the US, Finland) stay out of the article's tags.
        assertTrue(List.of("CN", "MX", "US", "FI").stream().noneMatch(byCode::containsKey), byCode::toString);
        assertEquals(5, byCode.get("ID").mentions(), "Indonesian x2, Jakarta, Indonesia’s, and the title");
        assertTrue(byCode.get("ID").salience() > byCode.get("VN").salience());
        assertTrue(tags.countries().stream().allMatch(c -> c.salience() > 0 && c.salience() <= 1));
    }

    @Test
    void theCountryTheStoryNamesFirstIsItsFocusOverOneNamedMoreOften() {
        String text = "Hundreds of workers from Laos are stranded in Thailand after their employers vanished,"
                + " a labour group said.\nThailand has promised to help them. Officials in Thailand said the"
                + " workers would be sent home to Laos once papers were ready, and Laos thanked Thailand.";

        CountryTags tags = TAGGER.tag(null, text);

        Map<String, Country> byCode = byCode(tags.countries());
        assertEquals(4, byCode.get("TH").mentions());
        assertEquals(3, byCode.get("LA").mentions());
        assertEquals("LA", tags.focusCountry());
    }

    @Test
    void matchesTheLongestFormAndOnlyCapitalisedNames() {
        String text = "North Korean officials met South Korean envoys. Let us hope the US and the U.K. "
                + "agree, said a Korean-language daily.";

        Map<String, Country> byCode = byCode(TAGGER.tag(null, text).countries());

        assertEquals(1, byCode.get("KP").mentions());
        assertEquals(1, byCode.get("KR").mentions(), "\"Korean-language\" names no country");
        assertEquals(1, byCode.get("US").mentions(), "\"us\" is a pronoun");
        assertEquals(1, byCode.get("GB").mentions());
        assertEquals(Set.of("KP", "KR", "US", "GB"), byCode.keySet());
    }

    @Test
    void readsDemonymsAndContextualShortForms() {
        String text = "Hong Kongers and Filipinos joined Taiwanese activists at a Seoul conference on "
                + "defectors from North Korea, calling on the North to free prisoners.";

        Map<String, Country> byCode = byCode(TAGGER.tag(null, text).countries());

        assertEquals(1, byCode.get("HK").mentions());
        assertEquals(1, byCode.get("PH").mentions());
        assertEquals(1, byCode.get("TW").mentions());
        assertEquals(1, byCode.get("KR").mentions(), "Seoul, the capital");
        assertEquals(2, byCode.get("KP").mentions(), "North Korea and the North");
    }

    @Test
    void leavesOutNamesThatArePeopleOrOtherPlaces() {
        String text =
                "Michael Jordan visited New Mexico and the North Sea coast, and Chad Smith played in Latin America.";

        assertEquals(CountryTags.NONE, TAGGER.tag(null, text));
        assertNull(TAGGER.tag(null, "").focusCountry());
    }

    @Test
    void resolvesPlacesInXBased() {
        String text = "The Shanghai-based fund and a Washington-based think tank signed the deal.";

        Map<String, Country> byCode = byCode(TAGGER.tag(null, text).countries());

        assertEquals(1, byCode.get("CN").mentions());
        assertEquals(1, byCode.get("US").mentions());
    }

    @Test
    void weighsTheTitle() {
        String body = "Talks on the river treaty resumed. Laos sent a delegation. Thailand sent a delegation too.";

        CountryTags tags = TAGGER.tag("Thailand hosts river treaty talks", body);

        assertEquals("TH", tags.focusCountry());
    }

    private static Map<String, Country> byCode(List<Country> countries) {
        return countries.stream().collect(Collectors.toMap(Country::code, Function.identity()));
    }

    private static String fixture(String name) {
        try (InputStream in = CountryTaggerTests.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
