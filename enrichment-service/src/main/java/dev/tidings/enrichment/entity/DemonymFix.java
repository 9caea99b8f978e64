package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Hong Kongers", "Taiwanese", "Philippine": the people or the adjective of a place, which the CRF
 * now and then tags as an organisation or a place. They are not the place itself, so they become
 * MISC (as in the CoNLL guidelines), which keeps them out of the places of the article.
 *
 * <p>A name is taken for a demonym only when it is a known place plus a demonym ending: a place
 * named as a LOCATION in the same article, or a country by its English name. That keeps "Rangers"
 * or "Lakers" (no place "Range" or "Lake" in sight) the teams they are.
 */
final class DemonymFix implements MentionFix {

    /** Longest first, so that "ians" is tried before "ns" and "s". */
    private static final List<String> SUFFIXES =
            List.of("ians", "ites", "ans", "ers", "ese", "ian", "ite", "an", "er", "is", "ns", "i", "n", "s");

    /** Endings a place drops before a suffix: Chin(a)ese, Canad(a)ians, Ukrain(e)ians. */
    private static final List<String> DROPPED_ENDINGS = List.of("", "a", "e", "y", "o");
    /** A bare plural "s" only after a dropped "y" (German(y)s): "Americas" is a place, not its people. */
    private static final List<String> DROPPED_BEFORE_S = List.of("y");

    /** Countries by their English name, the places an article names without tagging them. */
    private static final Set<String> COUNTRIES = countries();

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        Set<String> places = null;
        List<EntityMention> result = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention mention = mentions.get(i);
            if (mention.type() != EntityType.LOCATION && mention.type() != EntityType.ORGANIZATION) {
                continue;
            }
            if (places == null) {
                places = new HashSet<>();
                for (EntityMention other : mentions) {
                    if (other.type() == EntityType.LOCATION) {
                        places.add(other.text());
                    }
                }
            }
            if (isDemonym(mention.text(), places)) {
                if (result == null) {
                    result = new ArrayList<>(mentions);
                }
                result.set(i, mention.withType(EntityType.MISC));
            }
        }
        return result == null ? mentions : result;
    }

    /** Whether {@code name} is a known place with a demonym ending. */
    static boolean isDemonym(String name, Set<String> places) {
        for (String suffix : SUFFIXES) {
            if (name.length() > suffix.length() + 2 && name.endsWith(suffix)) {
                String stem = name.substring(0, name.length() - suffix.length());
                for (String ending : suffix.equals("s") ? DROPPED_BEFORE_S : DROPPED_ENDINGS) {
                    String place = stem + ending;
                    if (isPlace(place, places)) {
                        return true;
                    }
                }
            }
        }
        // The adjective without a suffix: Philippine(s), German(y).
        return isPlace(name + "s", places) || isPlace(name + "y", places);
    }

    private static boolean isPlace(String name, Set<String> places) {
        return places.contains(name) || COUNTRIES.contains(name);
    }

    private static Set<String> countries() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        return Set.copyOf(names);
    }
}
