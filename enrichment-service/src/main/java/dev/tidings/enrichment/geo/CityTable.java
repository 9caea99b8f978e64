package dev.tidings.enrichment.geo;

import dev.tidings.events.GeoPoint;
import java.util.ArrayList;
import java.util.Collection;
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
    private static final String LOCAL_NAMES = "geo/city-names.tsv";

    private final Map<String, City> byKey;
    private final Map<String, City> aliases;
    private final List<City> capitals;
    private final Map<String, City> capitalAliases;
    /** By language: the cities' names in German, French, Spanish and Chinese, where they differ. */
    private final Map<String, Map<String, City>> localNames;
    /** Those names for lookup, all languages together (ignoring case and accents). */
    private final Map<String, City> localKeys;

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
        Map<String, Map<String, City>> local = new HashMap<>();
        Map<String, City> localKeyMap = new HashMap<>();
        for (String[] row : TableResource.rows(LOCAL_NAMES)) {
            City city = byNameAndCountry.get(row[2] + '\t' + row[3]);
            if (city == null) {
                throw new IllegalStateException("city-names.tsv names a city missing from cities.tsv: " + row[2]);
            }
            local.computeIfAbsent(row[0], language -> new HashMap<>()).put(row[1], city);
            localKeyMap.putIfAbsent(TableResource.key(row[1]), city);
        }
        local.replaceAll((language, names) -> Map.copyOf(names));
        this.localNames = Map.copyOf(local);
        this.localKeys = Map.copyOf(localKeyMap);
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
        if (alias != null) {
            return Optional.of(alias);
        }
        City city = byKey.get(key);
        // "Wien", "Vienne", "维也纳": a city's name in another language, where no city of the table has it.
        return Optional.ofNullable(city != null ? city : localKeys.get(key));
    }

    /** For each name, the city news most likely means by it. */
    public Collection<City> all() {
        return byKey.values();
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

    /** The cities' names in {@code language} (de, fr, es, zh) where they differ from the table's. */
    public Map<String, City> localNames(String language) {
        return localNames.getOrDefault(language, Map.of());
    }

    public int size() {
        return byKey.size();
    }
}
