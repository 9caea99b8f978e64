package dev.tidings.enrichment.geo;

import dev.tidings.enrichment.geo.CountryMention.Via;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the article: puts the country (and, for a city, the coordinates) on each LOCATION entity,
 * and lists the countries the main story names, by name, short form, demonym or capital, with the
 * focus country. In English, German, French, Spanish and Chinese, each with its own names and
 * demonyms ({@link CountryGazetteer}); other languages get no countries, and {@code
 * coverage.countries} says so.
 */
public final class PlaceTagger implements Tagger {

    /** The languages whose country names it knows. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "zh");

    private final Map<String, PlaceResolver> places;
    private final Map<String, CountryTagger> countries;

    public PlaceTagger() {
        CityTable cities = new CityTable();
        Map<String, PlaceResolver> resolvers = new HashMap<>();
        Map<String, CountryTagger> taggers = new HashMap<>();
        for (String language : LANGUAGES) {
            CountryGazetteer gazetteer = new CountryGazetteer(cities, language);
            PlaceResolver resolver = new PlaceResolver(gazetteer, cities);
            resolvers.put(language, resolver);
            taggers.put(language, new CountryTagger(gazetteer, resolver));
        }
        this.places = Map.copyOf(resolvers);
        this.countries = Map.copyOf(taggers);
    }

    @Override
    public String name() {
        return "place";
    }

    @Override
    public void tag(ArticleDocument document) {
        String language = document.language().code();
        CountryTagger countryTagger = countries.get(language);
        if (countryTagger == null) {
            return;
        }
        List<CountryMention> placesFound = new ArrayList<>();
        if (document.covers(ArticleDocument.Part.ENTITIES)) {
            PlaceResolver resolver = places.get(language);
            document.setEntities(document.entities().stream()
                    .map(entity -> placed(entity, resolver, placesFound))
                    .toList());
        }
        CountryTags tags = countryTagger.tag(document.title(), document.body(), placesFound);
        document.setCountries(tags.countries(), tags.focusCountry());
    }

    /** The entity with its place; a city or region also adds its mentions to {@code found}. */
    private static Entity placed(Entity entity, PlaceResolver places, List<CountryMention> found) {
        if (entity.type() != EntityType.LOCATION) {
            return entity;
        }
        // A linked place is the page's place ("Washington, D.C."), whatever name the text used.
        Optional<Place> place =
                places.resolve(entity.link() != null ? entity.link().title() : entity.name());
        if (place.isEmpty()) {
            return entity;
        }
        if (place.get().kind() != Place.Kind.COUNTRY) {
            for (Mention mention : entity.mentions()) {
                found.add(new CountryMention(
                        place.get().countryCode(), mention.start(), mention.end(), mention.text(), Via.CITY));
            }
        }
        return entity.withPlace(place.get().countryCode(), place.get().point());
    }
}
