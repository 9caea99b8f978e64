package dev.tidings.enrichment.geo;

import dev.tidings.events.Country;
import java.util.List;

/**
 * The countries of one article.
 *
 * @param countries most salient first
 * @param focusCountry the code of the most salient country, or null when none is named
 */
public record CountryTags(List<Country> countries, String focusCountry) {
    public static final CountryTags NONE = new CountryTags(List.of(), null);

    public CountryTags {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }
}
