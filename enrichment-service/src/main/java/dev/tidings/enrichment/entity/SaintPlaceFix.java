package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "St Peter’s Basilica", "St. Mark's Square": the CRF tags "St Peter" and stops at the possessive,
 * or takes the saint for a person. The whole name of the church or square is one LOCATION.
 */
final class SaintPlaceFix implements MentionFix {

    private static final Pattern SAINT_PLACE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])St\\.? \\p{Lu}\\p{Ll}+(?:['’]s)? (?:Basilica|Square|Cathedral|Church|Chapel|Abbey)"
                    + "(?![\\p{L}\\p{N}])");

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        if (!text.contains("St")) {
            return mentions;
        }
        List<EntityMention> result = mentions;
        Matcher matcher = SAINT_PLACE.matcher(text);
        while (matcher.find()) {
            result = MentionSpans.replaceOverlapping(
                    result, EntityMention.of(text, EntityType.LOCATION, matcher.start(), matcher.end()));
        }
        return result;
    }
}
