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

        Map<String, Country> byCode =
                byCode(TAGGER.candidates("Envoy says migrant crews held in Indonesian waters", story));
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

        Map<String, Country> byCode = byCode(TAGGER.candidates(null, text));
        assertEquals(4, byCode.get("TH").mentions());
        assertEquals(3, byCode.get("LA").mentions());
        assertEquals("LA", tags.focusCountry());
    }

    @Test
    void matchesTheLongestFormAndOnlyCapitalisedNames() {
        String text = "North Korean officials met South Korean envoys. Let us hope the US and the U.K. "
                + "agree, said a Korean-language daily.";

        Map<String, Country> byCode = byCode(TAGGER.candidates(null, text));

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

        Map<String, Country> byCode = byCode(TAGGER.candidates(null, text));

        assertEquals(1, byCode.get("HK").mentions());
        assertEquals(1, byCode.get("PH").mentions());
        assertEquals(1, byCode.get("TW").mentions());
        assertEquals(1, byCode.get("KR").mentions(), "Seoul, the capital");
        assertEquals(2, byCode.get("KP").mentions(), "North Korea and the North");
    }

    @Test
    void leavesOutNamesThatArePeopleOrOtherPlaces() {
        String text = "Michael Jordan visited the North Sea coast, and Chad Smith played in Latin America.";

        assertEquals(CountryTags.NONE, TAGGER.tag(null, text));
        // New Mexico is the US state, not Mexico.
        assertEquals(
                Set.of("US"),
                byCode(TAGGER.candidates(null, "Fires burned in New Mexico.")).keySet());
        assertNull(TAGGER.tag(null, "").focusCountry());
    }

    @Test
    void resolvesPlacesInXBased() {
        String text = "The Shanghai-based fund and a Washington-based think tank signed the deal.";

        Map<String, Country> byCode = byCode(TAGGER.candidates(null, text));

        assertEquals(1, byCode.get("CN").mentions());
        assertEquals(1, byCode.get("US").mentions());
    }

    @Test
    void weighsTheTitle() {
        String body = "Talks on the river treaty resumed. Laos sent a delegation. Thailand sent a delegation too.";

        CountryTags tags = TAGGER.tag("Thailand hosts river treaty talks", body);

        assertEquals("TH", tags.focusCountry());
    }

    @Test
    void theDatelineGivesTheCountryTheReporterFilesFrom() {
        CountryTags tokyo = TAGGER.tag(
                "Rates left unchanged",
                "TOKYO, March 3 (Reuters) - The central bank left its key rate unchanged on Tuesday, as"
                        + " policymakers waited for wage talks to end.");
        CountryTags smallTown = TAGGER.tag(
                "Insurer to buy broker",
                "GREENWICH, Conn., Feb 26 - A small insurer said it agreed to buy a local broker for 12"
                        + " million dollars in cash.");
        CountryTags titleCase = TAGGER.tag(
                "Strike ends", "Hamburg, Nov. 26 (dpa) - Dock workers ended their strike after a wage deal.");

        assertEquals("JP", tokyo.focusCountry());
        assertEquals(List.of("JP"), codes(tokyo.countries()));
        assertEquals(List.of("US"), codes(smallTown.countries()), "Conn. is Connecticut");
        assertEquals(List.of("DE"), codes(titleCase.countries()));
    }

    @Test
    void citiesInstitutionsCompaniesAndCurrenciesPointToTheirCountry() {
        assertEquals(
                "DE",
                TAGGER.tag(null, "The Bundesbank left its rates unchanged on Thursday.")
                        .focusCountry());
        assertEquals(
                "US",
                TAGGER.tag(null, "The Fed raised rates as Wall Street fell.").focusCountry());
        assertEquals(
                "JP",
                TAGGER.tag(null, "Toyota said its profit fell as the yen rose.").focusCountry());
        assertEquals("CN", TAGGER.tag(null, "Factories in Shenzhen cut shifts.").focusCountry());
        assertEquals(
                "US",
                TAGGER.tag(null, "Drought hit farmers across Texas and Oklahoma.")
                        .focusCountry());
    }

    @Test
    void aTownTheEntityTaggerPlacedCountsForItsCountry() {
        String body = "Harbour pilots in Keelung stopped work on Tuesday, leaving ships waiting offshore.";
        int at = body.indexOf("Keelung");
        CountryMention keelung = new CountryMention("TW", at, at + 7, "Keelung", CountryMention.Via.CITY);

        assertEquals(CountryTags.NONE, TAGGER.tag("Pilots strike", body), "too small for the gazetteer");
        assertEquals(
                List.of("TW"),
                codes(TAGGER.tag("Pilots strike", body, List.of(keelung)).countries()));
    }

    @Test
    void aCountryNamedOnceInPassingIsDropped() {
        String body = "Japan's exports rose 8 percent in February, the finance ministry said on Monday, led by"
                + " cars and chips. Japanese carmakers shipped more to Asia, and Japan's trade surplus widened"
                + " for a third month. Economists expect Japan's central bank to hold rates. A delegation from"
                + " Brazil is due in the capital next week.";

        CountryTags tags = TAGGER.tag("Japan's exports rise for a third month", body);
        Map<String, Country> candidates = byCode(TAGGER.candidates("Japan's exports rise for a third month", body));

        assertEquals(List.of("JP"), codes(tags.countries()));
        assertTrue(candidates.get("BR").salience() < 0.5, candidates::toString);
        assertTrue(candidates.get("JP").salience() > 0.9, candidates::toString);
    }

    @Test
    void readsAHeadlineInCapitals() {
        CountryTags tags = TAGGER.tag("BRAZIL AND MEXICO SIGN COFFEE PACT", "The two producers agreed on quotas.");

        assertEquals(Set.of("BR", "MX"), Set.copyOf(codes(tags.countries())));
    }

    @Test
    void theBaselineListsOnlyTheCountriesNamed() {
        assertEquals(
                Set.of("JP"),
                TAGGER.namedCountries(null, "TOKYO, March 3 - The yen rose as Japan's exporters sold dollars."));
    }

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::code).toList();
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
