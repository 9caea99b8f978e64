package dev.tidings.enrichment.geo;

import dev.tidings.events.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cities of the world with at least about 50,000 people, and every national capital, from GeoNames
 * (CC BY 4.0) through {@code tools/generate-city-table.sh}.
 *
 * <p>A name shared by several cities resolves to the one that matters most to news: population
 * counts, and a capital counts ten times, so "London" is the British capital and not the Canadian
 * city, while a big city still beats a tiny capital of the same name. Names news uses for a city
 * under another name ("Kiev", "Washington", "Bombay") come from {@code geo/place-aliases.tsv}.
 *
 * <p>Loaded once in the constructor and immutable after that, so one instance serves all threads.
 */
public final class CityTable {

    /** One city of the table. */
    public record City(String name, String countryCode, GeoPoint point, long population, boolean capital) {
        long newsWeight() {
            return capital ? population * 10 : population;
        }
    }

    private static final String CITIES = "geo/cities.tsv";
    private static final String ALIASES = "geo/place-aliases.tsv";

    private final Map<String, City> byKey;
    private final Map<String, City> aliases;
    private final List<City> capitals;
    private final Map<String, City> capitalAliases;

    public CityTable() {
        Map<String, City> best = new HashMap<>();
        Map<String, City> byNameAndCountry = new HashMap<>();
        List<City> capitalList = new ArrayList<>();
        for (String[] row : TableResource.rows(CITIES)) {
            City city = new City(
                    row[0],
                    row[1],
                    new GeoPoint(Double.parseDouble(row[2]), Double.parseDouble(row[3])),
                    Long.parseLong(row[4]),
                    "1".equals(row[5]));
            best.merge(TableResource.key(city.name()), city, CityTable::moreNewsworthy);
            byNameAndCountry.merge(city.name() + '\t' + city.countryCode(), city, CityTable::moreNewsworthy);
            if (city.capital()) {
                capitalList.add(city);
            }
        }
        Map<String, City> aliasMap = new HashMap<>();
        Map<String, City> capitalAliasMap = new HashMap<>();
        for (String[] row : TableResource.rows(ALIASES)) {
            City city = byNameAndCountry.get(row[1] + '\t' + row[2]);
            if (city == null) {
                throw new IllegalStateException("place-aliases.tsv names a city missing from cities.tsv: " + row[1]);
            }
            aliasMap.put(TableResource.key(row[0]), city);
            if (city.capital()) {
                capitalAliasMap.put(row[0], city);
            }
        }
        this.byKey = Map.copyOf(best);
        this.aliases = Map.copyOf(aliasMap);
        this.capitals = List.copyOf(capitalList);
        this.capitalAliases = Map.copyOf(capitalAliasMap);
    }

    private static City moreNewsworthy(City a, City b) {
        return b.newsWeight() > a.newsWeight() ? b : a;
    }

    /** The city news most likely means by this name, ignoring case and accents. */
    public Optional<City> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = TableResource.key(name);
        City alias = aliases.get(key);
        return Optional.ofNullable(alias != null ? alias : byKey.get(key));
    }

    /** Every national capital in the table. */
    public List<City> capitals() {
        return capitals;
    }

    /**
     * The other names news gives a capital ("Washington", "Kiev"), as written in the alias table, so
     * that text matching can count them too.
     */
    public Map<String, City> capitalAliases() {
        return capitalAliases;
    }

    public int size() {
        return byKey.size();
    }
}
