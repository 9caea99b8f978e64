package dev.tidings.enrichment.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves a place name, such as the name of a LOCATION entity, to its country and, for cities, its
 * coordinates.
 *
 * <p>A country name wins over everything ("Georgia" is the country), then a region whose country is
 * not in doubt ({@code geo/regions.tsv}: "California", "Xinjiang", "Crimea"), then a city from the
 * {@link CityTable}. Anything else is unknown: seas, straits and regions shared by countries
 * ("Mekong Delta", "Luzon Strait") resolve to nothing rather than to a guess.
 *
 * <p>Immutable after construction; one instance serves all threads.
 */
public final class PlaceResolver {

    private static final String REGIONS = "geo/regions.tsv";
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

    private final CountryGazetteer countries;
    private final CityTable cities;
    private final Map<String, String[]> regions;

    public PlaceResolver(CountryGazetteer countries, CityTable cities) {
        this.countries = countries;
        this.cities = cities;
        Map<String, String[]> regionMap = new HashMap<>();
        for (String[] row : TableResource.rows(REGIONS)) {
            regionMap.putIfAbsent(TableResource.key(row[0]), row);
        }
        this.regions = Map.copyOf(regionMap);
    }

    /** The place a name points to, or empty when it is not a known country, region or city. */
    public Optional<Place> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String cleaned = POSSESSIVE.matcher(name.strip()).replaceAll("");
        Optional<String> country = countries.codeOf(cleaned);
        if (country.isPresent()) {
            String code = country.get();
            // City-states are also cities: "Singapore" and "Hong Kong" get coordinates.
            Optional<CityTable.City> sameNamedCapital = cities.find(cleaned)
                    .filter(city -> city.capital() && city.countryCode().equals(code));
            return Optional.of(new Place(
                    countries.nameOf(code),
                    code,
                    sameNamedCapital.map(CityTable.City::point).orElse(null),
                    Place.Kind.COUNTRY));
        }
        String withoutThe = LEADING_THE.matcher(cleaned).replaceFirst("");
        String[] region = regions.get(TableResource.key(withoutThe));
        if (region != null) {
            return Optional.of(new Place(region[0], region[1], null, Place.Kind.REGION));
        }
        return cities.find(withoutThe)
                .map(city -> new Place(city.name(), city.countryCode(), city.point(), Place.Kind.CITY));
    }
}
