package dev.tidings.enrichment.geo;

import dev.tidings.enrichment.geo.CountryMention.Via;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every way news names a country: ISO 3166-1 names from the JDK, the short forms and demonyms of
 * {@code geo/country-aliases.tsv}, and national capitals from the {@link CityTable}; in English also
 * the clues that point to one without naming it: large cities and regions ({@code geo/regions.tsv}),
 * institutions, companies and currencies ({@code geo/country-clues.tsv}).
 *
 * <p>Text is matched case-sensitively ("US" is the country, "us" the pronoun), at word boundaries,
 * longest form first ("North Korean" never also counts as "Korean"). Matching walks a character
 * trie from each word start, so it is linear in the text for the short forms it holds.
 *
 * <p>Loaded once in the constructor and immutable after that, so one instance serves all threads.
 */
public final class CountryGazetteer {

    private static final String ALIASES = "geo/country-aliases.tsv";
    private static final String CLUES = "geo/country-clues.tsv";
    private static final String REGIONS = "geo/regions.tsv";
    private static final String NOT_A_COUNTRY = "-";

    /**
     * Capitals left out of text matching: their names are also common names of other places or
     * people ("Kingston", "Georgetown") or words ("Male").
     */
    private static final Set<String> AMBIGUOUS_CAPITALS =
            Set.of("Kingston", "Georgetown", "Hamilton", "Victoria", "Male", "Saint-Denis", "Sucre", "Nassau");

    /** Below this many people a capital is too rarely in the news to be worth the false matches. */
    private static final long MIN_CAPITAL_POPULATION = 100_000;

    /**
     * Other cities count from this size: a large city is what a story names to say where it happens
     * ("a strike in Hamburg"); among smaller ones too many names are also people's or words'.
     */
    private static final long MIN_CITY_POPULATION = 500_000;

    /**
     * Large cities left out of text matching: names of people ("Austin", "Columbus"), words ("Sale"),
     * or shared by cities of several countries ("Valencia", "Alexandria", "Memphis", "Birmingham").
     */
    private static final Set<String> AMBIGUOUS_CITIES = Set.of(("Sale|Salem|Natal|Teni|Guli|Takeo|Aba|Oyo|Jos"
                    + "|Kota|Perm|Hamilton|Valencia|Córdoba|Guadalupe|Trujillo|Mérida|Salvador|Columbus|Austin"
                    + "|Charlotte|Medina|Memphis|Odessa|Alexandria|Cartagena|Scarborough|Queens|Phoenix"
                    + "|Birmingham|Portland|Guadalajara|León de los Aldama|Santiago de Cuba|Victoria de Durango"
                    + "|Hyderabad|Tonghua|Taizhou|Suzhou|Fuzhou|Anyang|Kalininskiy|Malingao|Budta|Honchō")
            .split("\\|"));

    /** Capitalised words that open a sentence before a place without being part of a name. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(("In To From And But Or The With For On At Of By As"
                    + " Near Across Inside Outside Like Unlike After Before Since While When Where Both Then Meanwhile"
                    + " Also So Yet Including Between Against Towards Toward Via Only Even Neither Either Around"
                    + " Within Beyond")
            .split(" "));

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private enum Kind {
        NAME,
        DEMONYM,
        AMBIGUOUS,
        CONTEXT,
        CAPITAL,
        CITY,
        ORGANIZATION,
        CURRENCY,
        BLOCK
    }

    /** What a matched form means. {@code requires}: for CONTEXT forms, codes one of which must be named too. */
    private record Form(String code, Kind kind, Set<String> requires) {}

    private static final class Node {
        private final Map<Character, Node> children = new HashMap<>(4);
        private Form form;
    }

    /** The forms of the language matched in text (English, or the one given). */
    private Node root = new Node();

    private final Map<String, String> names;
    private final Map<String, String> codeByName;
    /** Chinese: no spaces between words, so a name may start and end anywhere. */
    private final boolean spaceless;

    /** The English gazetteer. */
    public CountryGazetteer(CityTable cities) {
        this(cities, "en");
    }

    /**
     * The gazetteer of {@code language} (en, de, fr, es or zh): text is matched against that
     * language's forms ({@link LocalCountryForms}). {@link #nameOf} stays English, the name the
     * API gives every country, and {@link #codeOf} knows the names of both languages.
     */
    public CountryGazetteer(CityTable cities, String language) {
        this.spaceless = language.equals("zh");
        Set<String> isoCodes = Set.of(Locale.getISOCountries());
        Map<String, String> displayNames = new TreeMap<>();
        Map<String, String> nameLookup = new HashMap<>();
        for (String code : isoCodes) {
            String jdkName = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            displayNames.put(code, jdkName.replace(" & ", " and "));
            // "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China" are not how text names them;
            // the alias table gives those countries their forms.
            if (!jdkName.contains("(") && !jdkName.contains(" - ") && !jdkName.contains("SAR")) {
                for (String form : spellings(jdkName)) {
                    add(form, new Form(code, Kind.NAME, Set.of()));
                    nameLookup.put(TableResource.key(form), code);
                }
            }
        }
        for (String[] row : TableResource.rows(ALIASES)) {
            String code = row[0];
            Kind kind = kindOf(row[1]);
            if (!NOT_A_COUNTRY.equals(code) && !isoCodes.contains(code)) {
                throw new IllegalStateException("country-aliases.tsv: unknown country code " + code);
            }
            String[] forms = row[2].split("\\|");
            if ("name".equals(row[1])) {
                displayNames.put(code, forms[0]);
            }
            Set<String> requires = row.length > 3 && !row[3].isBlank() ? Set.of(row[3].split("\\|")) : Set.of();
            for (String written : forms) {
                for (String form : kind == Kind.DEMONYM ? withPlural(written) : List.of(written)) {
                    for (String spelling : spellings(form)) {
                        add(spelling, new Form(code, kind, requires));
                        if (kind == Kind.NAME || kind == Kind.AMBIGUOUS) {
                            nameLookup.put(TableResource.key(spelling), code);
                        }
                    }
                }
            }
        }
        addCapitals(cities, isoCodes);
        addClues(cities, isoCodes);
        if (!language.equals("en")) {
            root = new Node();
            for (LocalCountryForms.Form form : LocalCountryForms.of(language, cities, isoCodes)) {
                Kind kind = switch (form.kind()) {
                    case NAME -> Kind.NAME;
                    case DEMONYM -> Kind.DEMONYM;
                    case AMBIGUOUS -> Kind.AMBIGUOUS;
                    case CAPITAL -> Kind.CAPITAL;
                    case BLOCK -> Kind.BLOCK;
                };
                if (kind == Kind.CAPITAL) {
                    addIfAbsent(form.text(), new Form(form.code(), kind, Set.of()));
                } else {
                    add(form.text(), new Form(form.code(), kind, Set.of()));
                }
                if (kind == Kind.NAME || kind == Kind.AMBIGUOUS) {
                    nameLookup.put(TableResource.key(form.text()), form.code());
                }
            }
        }
        this.names = Map.copyOf(displayNames);
        this.codeByName = Map.copyOf(nameLookup);
    }

    private void addCapitals(CityTable cities, Set<String> isoCodes) {
        List<Map.Entry<String, CityTable.City>> capitals = new ArrayList<>();
        for (CityTable.City city : cities.capitals()) {
            if (city.population() >= MIN_CAPITAL_POPULATION && !AMBIGUOUS_CAPITALS.contains(city.name())) {
                capitals.add(Map.entry(city.name(), city));
            }
        }
        capitals.addAll(cities.capitalAliases().entrySet());
        for (Map.Entry<String, CityTable.City> capital : capitals) {
            if (!isoCodes.contains(capital.getValue().countryCode())) {
                continue;
            }
            Set<String> spellings = new HashSet<>(spellings(capital.getKey()));
            spellings.add(withoutAccents(capital.getKey()));
            for (String spelling : spellings) {
                // A country form of the same words (Singapore, Hong Kong) stays a name.
                addIfAbsent(spelling, new Form(capital.getValue().countryCode(), Kind.CAPITAL, Set.of()));
            }
        }
    }

    /** Large cities, regions, institutions and currencies: English only, after every name and capital. */
    private void addClues(CityTable cities, Set<String> isoCodes) {
        for (String[] row : TableResource.rows(CLUES)) {
            String code = row[0];
            if (!isoCodes.contains(code)) {
                throw new IllegalStateException("country-clues.tsv: unknown country code " + code);
            }
            Kind kind = switch (row[1]) {
                case "organization" -> Kind.ORGANIZATION;
                case "currency" -> Kind.CURRENCY;
                default -> throw new IllegalStateException("country-clues.tsv: unknown kind " + row[1]);
            };
            for (String form : row[2].split("\\|")) {
                for (String spelling : spellings(form)) {
                    addIfAbsent(spelling, new Form(code, kind, Set.of()));
                    if (kind == Kind.CURRENCY && Character.isLowerCase(spelling.charAt(0))) {
                        // At the start of a sentence or in a headline: "Yen rises".
                        addIfAbsent(
                                Character.toUpperCase(spelling.charAt(0)) + spelling.substring(1),
                                new Form(code, kind, Set.of()));
                    }
                }
            }
        }
        for (String[] row : TableResource.rows(REGIONS)) {
            if (isoCodes.contains(row[1])) {
                // "New Mexico" is blocked as a name of Mexico; as a region it is the United States'.
                addUnlessNamed(row[0], new Form(row[1], Kind.CITY, Set.of()));
            }
        }
        for (CityTable.City city : cities.all()) {
            if (!city.capital()
                    && city.population() >= MIN_CITY_POPULATION
                    && !AMBIGUOUS_CITIES.contains(city.name())
                    && isoCodes.contains(city.countryCode())) {
                for (String spelling : new HashSet<>(List.of(city.name(), withoutAccents(city.name())))) {
                    addIfAbsent(spelling, new Form(city.countryCode(), Kind.CITY, Set.of()));
                }
            }
        }
    }

    private static Kind kindOf(String kind) {
        return switch (kind) {
            case "name", "alias" -> Kind.NAME;
            case "demonym" -> Kind.DEMONYM;
            case "ambiguous" -> Kind.AMBIGUOUS;
            case "context" -> Kind.CONTEXT;
            case "block" -> Kind.BLOCK;
            default -> throw new IllegalStateException("country-aliases.tsv: unknown kind " + kind);
        };
    }

    /** The English name of a country, e.g. "North Korea" for {@code KP}; null for an unknown code. */
    public String nameOf(String code) {
        return names.get(code);
    }

    /**
     * The country a place name is, e.g. "Taiwan", "the Philippines" or "U.K."; ignores case and
     * accents since the name is already known to be a place. Demonyms are not place names.
     */
    public Optional<String> codeOf(String placeName) {
        if (placeName == null || placeName.isBlank()) {
            return Optional.empty();
        }
        String key = TableResource.key(placeName);
        String code = codeByName.get(key);
        if (code == null && key.startsWith("the ")) {
            code = codeByName.get(key.substring(4));
        }
        return Optional.ofNullable(code);
    }

    /** Every country mention in the text, in text order. */
    public List<CountryMention> find(String text) {
        List<CountryMention> found = new ArrayList<>();
        List<Match> contextual = new ArrayList<>();
        Set<String> namedCodes = new HashSet<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!(spaceless ? isHan(text.charAt(i)) || isWordStart(text, i) : isWordStart(text, i))) {
                i++;
                continue;
            }
            Match match = longestMatch(text, i);
            if (match == null || !fitsItsNeighbours(text, match)) {
                i = spaceless && isHan(text.charAt(i)) ? i + 1 : nextWordStart(text, i);
                continue;
            }
            Form form = match.form();
            switch (form.kind()) {
                case BLOCK -> {}
                case CONTEXT -> contextual.add(match);
                default -> {
                    found.add(mention(text, match));
                    namedCodes.add(form.code());
                }
            }
            i = match.end();
        }
        if (!contextual.isEmpty()) {
            for (Match match : contextual) {
                if (match.form().requires().stream().anyMatch(namedCodes::contains)) {
                    found.add(mention(text, match));
                }
            }
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return found;
    }

    private static CountryMention mention(String text, Match match) {
        Via via = switch (match.form().kind()) {
            case DEMONYM -> Via.DEMONYM;
            case CONTEXT -> Via.CONTEXT;
            case CAPITAL -> Via.CAPITAL;
            case CITY -> Via.CITY;
            case ORGANIZATION -> Via.ORGANIZATION;
            case CURRENCY -> Via.CURRENCY;
            default -> Via.NAME;
        };
        return new CountryMention(
                match.form().code(), match.start(), match.end(), text.substring(match.start(), match.end()), via);
    }

    private record Match(Form form, int start, int end) {}

    private Match longestMatch(String text, int start) {
        Node node = root;
        Match best = null;
        for (int i = start; i < text.length(); i++) {
            node = node.children.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.form != null && (isWordEnd(text, i + 1) || (spaceless && isHan(text.charAt(i))))) {
                best = new Match(node.form, start, i + 1);
            }
        }
        return best;
    }

    /**
     * Rejects matches that are part of a longer proper name. "Jordan" and "Chad" are also people's
     * names ("Michael Jordan", "Chad Smith"); "the North" of "the North Sea" is not North Korea; a
     * capital right after a capitalised word is likelier a surname ("Denzel Washington").
     */
    private boolean fitsItsNeighbours(String text, Match match) {
        if (spaceless) {
            // "加纳" (Ghana) in "增加纳税": a short name that is also part of common words counts only
            // after a character that ends a word before a place ("在加纳", "，加纳").
            return match.form().kind() != Kind.AMBIGUOUS
                    || match.start() == 0
                    || !isHan(text.charAt(match.start() - 1))
                    || WORD_BEFORE_PLACE.indexOf(text.charAt(match.start() - 1)) >= 0;
        }
        return switch (match.form().kind()) {
            case AMBIGUOUS -> !capitalisedWordBefore(text, match.start()) && !capitalisedWordAfter(text, match.end());
            case CONTEXT -> !capitalisedWordAfter(text, match.end());
            case CAPITAL, CITY -> !capitalisedWordBefore(text, match.start());
            default -> true;
        };
    }

    /** A capitalised word right before, that does not itself start a sentence. */
    private static boolean capitalisedWordBefore(String text, int start) {
        int i = start - 1;
        if (i < 0 || text.charAt(i) != ' ') {
            return false;
        }
        int wordEnd = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i == wordEnd || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean sentenceStart = before < 0 || ".!?\n\"“:".indexOf(text.charAt(before)) >= 0;
        // At a sentence start a capitalised function word ("In Jordan") is no name; anything else is.
        return !sentenceStart || !SENTENCE_OPENERS.contains(text.substring(i, wordEnd));
    }

    private static boolean capitalisedWordAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    /** Chinese characters after which a place name begins: prepositions, conjunctions, "的", "是". */
    private static final String WORD_BEFORE_PLACE = "在对与和同向从及的是到赴访自至为由让给被把于跟往、";

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isWordStart(String text, int i) {
        return Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    private static boolean isWordEnd(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        // "U.S." ends with a dot, so the dot cannot be what ends the word; a letter or digit can't either.
        return !Character.isLetterOrDigit(next);
    }

    private static int nextWordStart(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private void add(String form, Form meaning) {
        Node node = root;
        for (int i = 0; i < form.length(); i++) {
            node = node.children.computeIfAbsent(form.charAt(i), c -> new Node());
        }
        // The alias table is read after the JDK names and may refine them (e.g. mark as ambiguous).
        node.form = meaning;
    }

    private void addUnlessNamed(String form, Form meaning) {
        Node node = root;
        for (int i = 0; i < form.length(); i++) {
            node = node.children.computeIfAbsent(form.charAt(i), c -> new Node());
        }
        if (node.form == null || node.form.kind() == Kind.BLOCK) {
            node.form = meaning;
        }
    }

    private void addIfAbsent(String form, Form meaning) {
        Node node = root;
        for (int i = 0; i < form.length(); i++) {
            node = node.children.computeIfAbsent(form.charAt(i), c -> new Node());
        }
        if (node.form == null) {
            node.form = meaning;
        }
    }

    /** The form as written, with a curly apostrophe for a straight one and "St"/"Saint" for "St.". */
    private static List<String> spellings(String form) {
        Set<String> spellings = new HashSet<>();
        spellings.add(form);
        if (form.startsWith("St. ")) {
            spellings.add("St " + form.substring(4));
            spellings.add("Saint " + form.substring(4));
        }
        for (String spelling : List.copyOf(spellings)) {
            if (spelling.indexOf('\'') >= 0) {
                spellings.add(spelling.replace('\'', '’'));
            }
            if (spelling.indexOf('’') >= 0) {
                spellings.add(spelling.replace('’', '\''));
            }
        }
        return List.copyOf(spellings);
    }

    /** "Chinese", "Swiss", "Polish" have no plural of their own; most others add "s" ("Iraqis"). */
    private static List<String> withPlural(String demonym) {
        String lower = demonym.toLowerCase(Locale.ROOT);
        boolean noPlural = lower.endsWith("s")
                || lower.endsWith("sh")
                || lower.endsWith("ch")
                || lower.endsWith("ese")
                || lower.endsWith("x")
                || lower.endsWith("z")
                || lower.endsWith("man")
                || lower.endsWith("men");
        return noPlural ? List.of(demonym) : List.of(demonym, demonym + "s");
    }

    private static String withoutAccents(String name) {
        return COMBINING_MARKS
                .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("");
    }
}
