package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Wiener Linien", "Berliner Verkehrsbetriebe", "Münchner Philharmoniker": German names an
 * organisation by a place adjective and a noun that says what kind of organisation it is. The German
 * CRF tags the adjective as MISC (as it tags "Wiener Schnitzel") and leaves the noun out, or tags
 * the noun as an organisation of its own. When an adjective in "-er" that the CRF tagged MISC is
 * followed by such a noun, or by an organisation it found, the two are one organisation.
 *
 * <p>Only the nouns below: "Wiener Schnitzel" and "Berliner Mauer" stay what the CRF made of them.
 */
final class PlaceAdjectiveOrganizationFix implements MentionFix {

    /** Nouns that make "place adjective + noun" an organisation's name. */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "Linien",
            "Verkehrsbetriebe",
            "Verkehrsgesellschaft",
            "Verkehrsverbund",
            "Stadtwerke",
            "Werke",
            "Philharmoniker",
            "Symphoniker",
            "Sängerknaben",
            "Staatsoper",
            "Volksoper",
            "Festspiele",
            "Zeitung",
            "Rundschau",
            "Nachrichten",
            "Allgemeine",
            "Bank",
            "Sparkasse",
            "Volksbank",
            "Börse",
            "Versicherung",
            "Universität",
            "Hochschule",
            "Messe",
            "Flughafen",
            "Staatsanwaltschaft",
            "Landesregierung",
            "Stadtregierung",
            "Kammer");

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<EntityMention> result = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention adjective = mentions.get(i);
            if (adjective.type() != EntityType.MISC || !isPlaceAdjective(adjective.text())) {
                continue;
            }
            int nounStart = skipSpaces(text, adjective.end());
            if (nounStart == adjective.end() || nounStart >= text.length()) {
                continue;
            }
            EntityMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            int end;
            if (next != null && next.start() == nounStart && next.type() == EntityType.ORGANIZATION) {
                end = next.end();
            } else {
                int nounEnd = wordEnd(text, nounStart);
                if (!ORGANIZATION_NOUNS.contains(text.substring(nounStart, nounEnd))
                        || (next != null && next.start() < nounEnd)) {
                    continue;
                }
                end = nounEnd;
            }
            if (result == null) {
                result = new ArrayList<>(mentions);
            }
            EntityMention organization = EntityMention.of(text, EntityType.ORGANIZATION, adjective.start(), end);
            result = MentionSpans.replaceOverlapping(result, organization);
        }
        return result == null ? mentions : result;
    }

    /** One capitalised word in "-er": "Wiener", "Münchner", "Frankfurter". */
    private static boolean isPlaceAdjective(String text) {
        return text.length() > 3
                && text.endsWith("er")
                && Character.isUpperCase(text.charAt(0))
                && text.chars().allMatch(Character::isLetter);
    }

    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
