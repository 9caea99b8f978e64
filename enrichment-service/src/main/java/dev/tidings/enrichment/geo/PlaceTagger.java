package dev.tidings.enrichment.geo;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import java.util.Optional;

/**
 * Places the article: puts the country (and, for a city, the coordinates) on each LOCATION entity,
 * and lists the countries the main story names, by name, short form, demonym or capital, with the
 * focus country. English only, like the names and demonyms it matches.
 */
public final class PlaceTagger implements Tagger {
    private static final String ENGLISH = "en";

    private final PlaceResolver places;
    private final CountryTagger countries;

    public PlaceTagger() {
        CityTable cities = new CityTable();
        CountryGazetteer gazetteer = new CountryGazetteer(cities);
        this.places = new PlaceResolver(gazetteer, cities);
        this.countries = new CountryTagger(gazetteer, places);
    }

    @Override
    public String name() {
        return "place";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (!document.isInLanguage(ENGLISH)) {
            return;
        }
        document.setEntities(document.entities().stream().map(this::placed).toList());
        CountryTags tags = countries.tag(document.title(), document.body());
        document.setCountries(tags.countries(), tags.focusCountry());
    }

    private Entity placed(Entity entity) {
        if (entity.type() != EntityType.LOCATION) {
            return entity;
        }
        // A linked place is the page's place ("Washington, D.C."), whatever name the text used.
        Optional<Place> place =
                places.resolve(entity.link() != null ? entity.link().title() : entity.name());
        if (place.isEmpty()) {
            return entity;
        }
        return entity.withPlace(place.get().countryCode(), place.get().point());
    }
}
