package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The id of an entity: its type and a slug of its name, e.g. {@code person:john-miller}. The same
 * name gives the same id in every article, so that the query side can gather an entity's articles
 * without a registry of entities.
 */
public final class EntityId {

    /** Accents on Latin letters only: in other scripts (Devanagari vowel signs) marks are spelling. */
    private static final Pattern LATIN_ACCENTS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");

    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private EntityId() {}

    public static String of(EntityType type, String name) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
    }

    /** Lower case, Latin accents dropped, apostrophes dropped, every other run of non-letters a dash. */
    static String slug(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String unaccented =
                Normalizer.normalize(LATIN_ACCENTS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
        String lower = APOSTROPHES.matcher(unaccented).replaceAll("").toLowerCase(Locale.ROOT);
        String dashed = NOT_LETTER_OR_DIGIT.matcher(lower).replaceAll("-");
        int start = dashed.startsWith("-") ? 1 : 0;
        int end = dashed.endsWith("-") && dashed.length() > start ? dashed.length() - 1 : dashed.length();
        return dashed.substring(start, Math.max(start, end));
    }
}
