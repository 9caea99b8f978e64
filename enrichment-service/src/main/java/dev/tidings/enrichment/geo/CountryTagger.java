package dev.tidings.enrichment.geo;

import dev.tidings.enrichment.geo.CountryMention.Via;
import dev.tidings.events.Country;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags an article with the countries it is about, as an editor would file it, and with the country
 * most about.
 *
 * <p>Every country the text points to is a candidate: named ("Japan", "the US"), by its people
 * ("Japanese"), its capital ("Tokyo"), a large city or region ("Osaka", "Texas"), an institution or
 * company ("the Bank of Japan", "Toyota"), its currency ("the yen"), a place "X-based", or the
 * dateline the story opens with ("TOKYO, March 3 -"). Each candidate gets a salience, the chance
 * that an editor would file the story under it, from a logistic score of a few signals an editor
 * reads, with weights set by hand:
 *
 * <ul>
 *   <li>the dateline's country ({@value #DATELINE_WEIGHT}): where the reporter files from;
 *   <li>named in the title ({@value #TITLE_WEIGHT}) or in the first sentence ({@value #LEAD_WEIGHT});
 *   <li>its share of all country mentions ({@value #SHARE_WEIGHT}) and how often it is mentioned
 *       ({@value #COUNT_WEIGHT} × ln(1 + mentions)), a capital, city, institution or currency counting
 *       half a name ({@link CountryMention#weight()});
 *   <li>named before any other country in the body ({@value #NAMED_FIRST_WEIGHT}): news names the
 *       place its story is about first ("Hundreds of workers from Laos are stranded in Thailand");
 *   <li>a bias of {@value #BIAS}, so that a country named once in passing stays well below one half.
 * </ul>
 *
 * <p>The countries at or above {@link #DEFAULT_KEEP_AT} are kept, and the most salient one always (a
 * story that points to any country is filed under one); a country named once in passing is dropped.
 * Measured against the countries Reuters editors filed 1987 wire stories under by {@code --only
 * countries} of the evaluation tool; the weights are not fitted to that data (it is research-only).
 *
 * <p>Stateless apart from its immutable tables; one instance serves all threads.
 */
public final class CountryTagger {

    static final double BIAS = -3.0;
    static final double DATELINE_WEIGHT = 3.5;
    static final double TITLE_WEIGHT = 2.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double SHARE_WEIGHT = 2.0;
    static final double COUNT_WEIGHT = 1.0;
    static final double NAMED_FIRST_WEIGHT = 0.75;

    /** The salience from which a country is kept; below it only the most salient country is. */
    public static final double DEFAULT_KEEP_AT = 0.5;

    /** The first sentence ends at most this far in; a long one is cut there. */
    private static final int MAX_LEAD = 300;

    /** A sentence end: a full stop after a small letter, digit or bracket, before a capital or quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\p{Ll}\\d)][.!?]['\"”’]?\\s+[\\p{Lu}\"“]");

    /** Up to three capitalised words before "-based"; the shortest tail that resolves is used. */
    private static final Pattern PLACE_BASED =
            Pattern.compile("((?:\\p{Lu}[\\p{L}\\p{M}.'’]*[ -]){0,2}\\p{Lu}[\\p{L}\\p{M}.'’]*)-based\\b");

    private final CountryGazetteer gazetteer;
    private final PlaceResolver places;
    private final Dateline dateline;

    public CountryTagger(CountryGazetteer gazetteer, PlaceResolver places) {
        this.gazetteer = gazetteer;
        this.places = places;
        this.dateline = new Dateline(places);
    }

    /** Countries of an article, most salient first; mentions are counted in the title and body. */
    public CountryTags tag(String title, String body) {
        return tag(title, body, List.of());
    }

    /**
     * Countries of an article, counting also {@code places} the entity tagger found in the body
     * (a town too small for the gazetteer: "Keelung"); where one overlaps a mention the gazetteer
     * found, the gazetteer's counts.
     */
    public CountryTags tag(String title, String body, List<CountryMention> places) {
        return kept(candidates(title, body, places), DEFAULT_KEEP_AT);
    }

    /** Of candidates most salient first, those an editor would file the story under. */
    public static CountryTags kept(List<Country> candidates, double keepAt) {
        if (candidates.isEmpty()) {
            return CountryTags.NONE;
        }
        List<Country> kept = new ArrayList<>();
        for (Country country : candidates) {
            if (kept.isEmpty() || country.salience() >= keepAt) {
                kept.add(country);
            }
        }
        return new CountryTags(kept, kept.get(0).code());
    }

    /** Every country the article points to, with its salience, most salient first; none dropped. */
    public List<Country> candidates(String title, String body) {
        return candidates(title, body, List.of());
    }

    private List<Country> candidates(String title, String body, List<CountryMention> places) {
        String text = body == null ? "" : body;
        List<CountryMention> bodyMentions = new ArrayList<>(mentions(text));
        for (CountryMention place : places) {
            if (bodyMentions.stream().noneMatch(m -> m.start() < place.end() && place.start() < m.end())) {
                bodyMentions.add(place);
            }
        }
        bodyMentions.sort(Comparator.comparingInt(CountryMention::start));
        Optional<CountryMention> filedFrom = dateline.find(text);
        filedFrom.ifPresent(place -> {
            bodyMentions.removeIf(mention -> mention.start() < place.end());
            bodyMentions.add(0, place);
        });
        List<CountryMention> titleMentions = titleMentions(title);
        if (bodyMentions.isEmpty() && titleMentions.isEmpty()) {
            return List.of();
        }
        int leadStart = filedFrom.map(CountryMention::end).orElse(0);
        int leadEnd = leadEnd(text, leadStart);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        bodyMentions.stream()
                .filter(mention -> mention.via() != Via.DATELINE)
                .findFirst()
                .ifPresent(first -> tallies.computeIfAbsent(first.code(), code -> new Tally()).namedFirst = true);
        for (CountryMention mention : bodyMentions) {
            Tally tally = tallies.computeIfAbsent(mention.code(), code -> new Tally());
            tally.add(mention);
            if (mention.via() == Via.DATELINE) {
                tally.dateline = true;
            } else if (mention.start() < leadEnd) {
                tally.inLead = true;
            }
        }
        for (CountryMention mention : titleMentions) {
            Tally tally = tallies.computeIfAbsent(mention.code(), code -> new Tally());
            tally.add(mention);
            tally.inTitle = true;
        }
        double totalWeight =
                tallies.values().stream().mapToDouble(tally -> tally.weight).sum();
        List<Country> countries = new ArrayList<>();
        tallies.forEach((code, tally) ->
                countries.add(new Country(code, gazetteer.nameOf(code), tally.mentions, tally.salience(totalWeight))));
        countries.sort(Comparator.comparingDouble(Country::salience)
                .reversed()
                .thenComparing(Comparator.comparingInt(Country::mentions).reversed())
                .thenComparing(Country::code));
        return countries;
    }

    /**
     * The countries the text names by name, demonym, capital or "X-based", title as written: what
     * this tagger listed before it weighed clues and dropped passing mentions (the evaluation's
     * baseline).
     */
    public Set<String> namedCountries(String title, String body) {
        Set<String> codes = new LinkedHashSet<>();
        for (String text : new String[] {body, title}) {
            if (text != null && !text.isBlank()) {
                mentions(text).stream().filter(CountryMention::names).forEach(mention -> codes.add(mention.code()));
            }
        }
        return codes;
    }

    /** A headline in capitals ("JAPAN CUTS RATES") is also read with its words capitalised as in text. */
    private List<CountryMention> titleMentions(String title) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        List<CountryMention> found = new ArrayList<>(mentions(title));
        if (title.chars().noneMatch(Character::isLowerCase)) {
            Set<String> codes = new HashSet<>();
            found.forEach(mention -> codes.add(mention.code()));
            for (CountryMention mention : mentions(capitalised(title))) {
                if (codes.add(mention.code())) {
                    found.add(mention);
                }
            }
        }
        return found;
    }

    /** "JAPAN'S YEN RISES" as "Japan's Yen Rises"; words with dots ("U.S.") stay as they are. */
    private static String capitalised(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (String word : title.split("(?<=\\s)|(?=\\s)")) {
            if (word.isBlank() || word.indexOf('.') >= 0) {
                out.append(word);
                continue;
            }
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static int leadEnd(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text);
        int limit = Math.min(text.length(), from + MAX_LEAD);
        if (end.find(Math.min(from + 20, text.length())) && end.start() < limit) {
            return end.start() + 1;
        }
        return limit;
    }

    /** Country mentions in one text: the gazetteer's, plus "X-based" places it does not cover. */
    List<CountryMention> mentions(String text) {
        List<CountryMention> mentions = new ArrayList<>(gazetteer.find(text));
        Matcher based = PLACE_BASED.matcher(text);
        while (based.find()) {
            int end = based.end(1);
            if (covered(mentions, end - 1)) {
                continue;
            }
            placeBefore(text, based.start(1), end).ifPresent(place -> {
                // "Shanghai-based": the place is the one "X-based" found, not also a city mention.
                mentions.removeIf(mention -> mention.start() < place.end() && place.start() < mention.end());
                mentions.add(place);
            });
        }
        mentions.sort(Comparator.comparingInt(CountryMention::start));
        return mentions;
    }

    /** The shortest run of words ending at {@code end} that names a place: "Shanghai" in "The Shanghai-based". */
    private Optional<CountryMention> placeBefore(String text, int start, int end) {
        int wordStart = end;
        while (wordStart > start) {
            wordStart--;
            while (wordStart > start && text.charAt(wordStart - 1) != ' ' && text.charAt(wordStart - 1) != '-') {
                wordStart--;
            }
            String name = text.substring(wordStart, end);
            Optional<Place> place = places.resolve(name);
            if (place.isPresent()) {
                int from = wordStart;
                return Optional.of(new CountryMention(place.get().countryCode(), from, end, name, Via.PLACE));
            }
            wordStart--;
        }
        return Optional.empty();
    }

    /** Covered by a name: a city or other clue under "X-based" gives way to the place resolved. */
    private static boolean covered(List<CountryMention> mentions, int offset) {
        for (CountryMention mention : mentions) {
            if (mention.names() && mention.start() <= offset && offset < mention.end()) {
                return true;
            }
        }
        return false;
    }

    /** What one country gathered over an article; used on one thread within one call. */
    private static final class Tally {
        private int mentions;
        private double weight;
        private boolean dateline;
        private boolean inTitle;
        private boolean inLead;
        private boolean namedFirst;

        void add(CountryMention mention) {
            mentions++;
            weight += mention.weight();
        }

        double salience(double totalWeight) {
            double share = totalWeight > 0 ? weight / totalWeight : 0;
            double score = BIAS
                    + (dateline ? DATELINE_WEIGHT : 0)
                    + (inTitle ? TITLE_WEIGHT : 0)
                    + (inLead ? LEAD_WEIGHT : 0)
                    + (namedFirst ? NAMED_FIRST_WEIGHT : 0)
                    + SHARE_WEIGHT * share
                    + COUNT_WEIGHT * Math.log1p(weight);
            return Math.round(1000 / (1 + Math.exp(-score))) / 1000.0;
        }
    }
}
