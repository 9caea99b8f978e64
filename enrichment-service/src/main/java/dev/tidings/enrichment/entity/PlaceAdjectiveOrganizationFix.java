package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Wiener Linien", "Berliner Verkehrsbetriebe", "Münchner Philharmoniker": German names an
 * organisation by a place adjective and a noun that says what kind of organisation it is. The German
 * CRF tags the adjective as MISC (as it tags "Wiener Schnitzel") and leaves the noun out. When an
 * adjective in "-er" that the CRF tagged MISC is followed by such a noun, the two are one
 * organisation.
 *
 * <p>Only nouns that are nearly always part of a name: "eine Schweizer Bank" or "der Schweizer
 * Versicherung" is a Swiss bank or insurer, not a name; "Wiener Schnitzel" and "Berliner Mauer"
 * stay what the CRF made of them. Nor after an indefinite article ("eine Wiener Zeitung").
 */
final class PlaceAdjectiveOrganizationFix implements MentionFix {

    /** Nouns that make "place adjective + noun" an organisation's name. */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "Linien",
            "Verkehrsbetriebe",
            "Verkehrsgesellschaft",
            "Verkehrsverbund",
            "Stadtwerke",
            "Philharmoniker",
            "Symphoniker",
            "Sinfoniker",
            "Sängerknaben",
            "Staatsoper",
            "Volksoper",
            "Festspiele",
            "Rundschau",
            "Allgemeine",
            "Sparkasse",
            "Volksbank");

    private static final Set<String> INDEFINITE_ARTICLES = Set.of("ein", "eine", "einer", "einem", "einen", "eines");

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<EntityMention> result = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention adjective = mentions.get(i);
            if (adjective.type() != EntityType.MISC
                    || !isPlaceAdjective(adjective.text())
                    || INDEFINITE_ARTICLES.contains(wordBefore(text, adjective.start()))) {
                continue;
            }
            int nounStart = skipSpaces(text, adjective.end());
            if (nounStart == adjective.end() || nounStart >= text.length()) {
                continue;
            }
            int nounEnd = wordEnd(text, nounStart);
            EntityMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (!ORGANIZATION_NOUNS.contains(text.substring(nounStart, nounEnd))
                    || (next != null && next.start() < nounEnd)) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(mentions);
            }
            EntityMention organization = EntityMention.of(text, EntityType.ORGANIZATION, adjective.start(), nounEnd);
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

    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(java.util.Locale.ROOT);
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
