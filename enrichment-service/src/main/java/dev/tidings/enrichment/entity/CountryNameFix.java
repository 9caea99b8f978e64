package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Argentina", "Corea del Norte", "Francia" tagged as organisations: the Spanish CRF learnt from
 * AnCora, which tags a country that acts ("Francia votó …") as an organisation, and gives many
 * country names that type wherever they stand. A mention that is exactly a country's name in the
 * article's language (the JDK's CLDR names) is a place, as CoNLL and news readers take it.
 */
final class CountryNameFix implements MentionFix {

    private final Set<String> countries;

    CountryNameFix(NerLanguage language) {
        Locale locale = Locale.forLanguageTag(language.code());
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(locale));
        }
        this.countries = Set.copyOf(names);
    }

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<EntityMention> result = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention mention = mentions.get(i);
            if (mention.type() == EntityType.ORGANIZATION && countries.contains(mention.text())) {
                if (result == null) {
                    result = new ArrayList<>(mentions);
                }
                result.set(i, mention.withType(EntityType.LOCATION));
            }
        }
        return result == null ? mentions : result;
    }
}
