package dev.tidings.enrichment.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceResolverTests {

    private static final CityTable CITIES = new CityTable();
    private static final PlaceResolver PLACES = new PlaceResolver(new CountryGazetteer(CITIES), CITIES);

    @Test
    void resolvesCitiesToTheirCountryAndCoordinates() {
        Place seoul = PLACES.resolve("Seoul").orElseThrow();

        assertEquals("KR", seoul.countryCode());
        assertEquals(Place.Kind.CITY, seoul.kind());
        assertEquals(37.57, seoul.point().latitude(), 0.05);
        assertEquals(126.98, seoul.point().longitude(), 0.05);
    }

    @Test
    void prefersCapitalsAndBigCitiesAmongHomonyms() {
        assertEquals("GB", PLACES.resolve("London").orElseThrow().countryCode());
        assertEquals(
                "US", PLACES.resolve("Washington").orElseThrow().countryCode(), "the capital, not the English town");
        assertEquals("UA", PLACES.resolve("Kiev").orElseThrow().countryCode());
        assertEquals("Bogotá", PLACES.resolve("Bogota").orElseThrow().name(), "accents are optional");
    }

    @Test
    void resolvesCountriesAndRegions() {
        Place taiwan = PLACES.resolve("Taiwan").orElseThrow();
        assertEquals("TW", taiwan.countryCode());
        assertEquals(Place.Kind.COUNTRY, taiwan.kind());
        assertNull(taiwan.point());
        assertEquals("PH", PLACES.resolve("the Philippines").orElseThrow().countryCode());
        assertEquals("GB", PLACES.resolve("U.K.").orElseThrow().countryCode());
        assertEquals("HK", PLACES.resolve("Hong Kong").orElseThrow().countryCode());
        assertTrue(PLACES.resolve("Hong Kong").orElseThrow().point() != null, "a city-state has coordinates");
        assertEquals(Place.Kind.REGION, PLACES.resolve("Xinjiang").orElseThrow().kind());
        assertEquals("US", PLACES.resolve("California").orElseThrow().countryCode());
    }

    @Test
    void leavesUnknownAndSharedPlacesUnresolved() {
        assertEquals(Optional.empty(), PLACES.resolve("Mekong Delta"));
        assertEquals(Optional.empty(), PLACES.resolve("Luzon Strait"));
        assertEquals(Optional.empty(), PLACES.resolve(" "));
    }

    @Test
    void keepsTheCityTableCompact() {
        assertTrue(CITIES.size() > 8000, "cities of 50,000 people or more");
        assertTrue(CITIES.capitals().size() > 200);
    }
}
