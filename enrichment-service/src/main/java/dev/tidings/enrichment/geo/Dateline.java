package dev.tidings.enrichment.geo;

import dev.tidings.enrichment.geo.CountryMention.Via;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with, "TOKYO, March 3 (Reuters) -" or "OMAHA, Neb., Feb 26 -", and
 * the country of its place: the place a reporter files from is, more often than any other clue, a
 * country the story is about.
 *
 * <p>A place in capitals needs only the dash after it; a place written like any name ("Tokyo, March
 * 3 -") also needs the date or the agency, so that an opening such as "Toyota - the carmaker" is no
 * dateline. US states and Canadian provinces written the wire way ("Neb.", "Calif.", "Ont.") settle
 * the country of a town too small for the city table.
 */
final class Dateline {

    private static final String DATE = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}";
    private static final String AGENCY = "\\([^()\\n]{2,24}\\)";
    private static final String DASH = "\\s*(?:-{1,2}|–|—)";
    private static final String QUALIFIER = "(?:,\\s*(?<qualifier>[\\p{L}.]+(?: [\\p{L}.]+)?))?";

    private static final Pattern CAPITALS =
            Pattern.compile("^\\s*(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{0,30}\\p{Lu}\\.?)" + QUALIFIER + "(?:,?\\s*"
                    + DATE + ")?\\s*(?:" + AGENCY + ")?" + DASH);
    private static final Pattern NAME =
            Pattern.compile("^\\s*(?<place>\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2})" + QUALIFIER
                    + "(?:,?\\s*" + DATE + "\\s*(?:" + AGENCY + ")?|\\s*" + AGENCY + ")" + DASH);

    /** US states and Canadian provinces as datelines abbreviate them (AP style). */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("Ala.", "US"),
            Map.entry("Ariz.", "US"),
            Map.entry("Ark.", "US"),
            Map.entry("Calif.", "US"),
            Map.entry("Colo.", "US"),
            Map.entry("Conn.", "US"),
            Map.entry("Del.", "US"),
            Map.entry("D.C.", "US"),
            Map.entry("Fla.", "US"),
            Map.entry("Ga.", "US"),
            Map.entry("Ill.", "US"),
            Map.entry("Ind.", "US"),
            Map.entry("Kan.", "US"),
            Map.entry("Kans.", "US"),
            Map.entry("Ky.", "US"),
            Map.entry("La.", "US"),
            Map.entry("Md.", "US"),
            Map.entry("Mass.", "US"),
            Map.entry("Mich.", "US"),
            Map.entry("Minn.", "US"),
            Map.entry("Miss.", "US"),
            Map.entry("Mo.", "US"),
            Map.entry("Mont.", "US"),
            Map.entry("Neb.", "US"),
            Map.entry("Nev.", "US"),
            Map.entry("N.H.", "US"),
            Map.entry("N.J.", "US"),
            Map.entry("N.M.", "US"),
            Map.entry("N.Y.", "US"),
            Map.entry("N.C.", "US"),
            Map.entry("N.D.", "US"),
            Map.entry("Okla.", "US"),
            Map.entry("Ore.", "US"),
            Map.entry("Pa.", "US"),
            Map.entry("R.I.", "US"),
            Map.entry("S.C.", "US"),
            Map.entry("S.D.", "US"),
            Map.entry("Tenn.", "US"),
            Map.entry("Tex.", "US"),
            Map.entry("Vt.", "US"),
            Map.entry("Va.", "US"),
            Map.entry("Wash.", "US"),
            Map.entry("W.Va.", "US"),
            Map.entry("Wis.", "US"),
            Map.entry("Wyo.", "US"),
            Map.entry("Ont.", "CA"),
            Map.entry("Que.", "CA"),
            Map.entry("B.C.", "CA"),
            Map.entry("Alta.", "CA"),
            Map.entry("Man.", "CA"),
            Map.entry("Sask.", "CA"),
            Map.entry("N.S.", "CA"),
            Map.entry("N.B.", "CA"));

    private final PlaceResolver places;

    Dateline(PlaceResolver places) {
        this.places = places;
    }

    /** The dateline's country, as a mention over the dateline's place; empty when there is none. */
    Optional<CountryMention> find(String body) {
        if (body == null || body.isEmpty()) {
            return Optional.empty();
        }
        String opening = body.substring(0, Math.min(body.length(), 120));
        Matcher matcher = CAPITALS.matcher(opening);
        if (!matcher.find()) {
            matcher = NAME.matcher(opening);
            if (!matcher.find()) {
                return Optional.empty();
            }
        }
        String place = matcher.group("place").strip();
        String qualifier = matcher.group("qualifier");
        Optional<String> code = Optional.empty();
        if (qualifier != null) {
            // "PORTLAND, Maine" is the qualifier's: a state or a country settles the town's country.
            code = Optional.ofNullable(STATES.get(qualifier)).or(() -> countryOf(qualifier));
        }
        if (code.isEmpty()) {
            code = countryOf(place);
        }
        int start = matcher.start("place");
        return code.map(country -> new CountryMention(country, start, start + place.length(), place, Via.DATELINE));
    }

    private Optional<String> countryOf(String name) {
        return places.resolve(name).map(Place::countryCode);
    }
}
